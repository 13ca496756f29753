// How a queue and a colleague read where a contact or a call is transferred:
// the queue's name in the UI language (and when it is closed, so the adviser
// knows the consumer will wait for it to open), a colleague with their state.
import { useTranslation } from 'react-i18next';
import type { components } from '../../../../api-client/src/index';

type Queue = Pick<components['schemas']['Queue'], 'nameSv' | 'nameEn' | 'openNow'>;
type Colleague = { displayName: string; state: components['schemas']['PresenceState'] };

export function useTransferLabels(): { queue(q: Queue): string; colleague(p: Colleague): string } {
  const { t, i18n } = useTranslation();
  return {
    queue(q) {
      const name = i18n.language === 'en' ? q.nameEn : q.nameSv;
      return q.openNow ? name : t('inbox.transferDialog.closedQueue', { name });
    },
    colleague: (p) => t('inbox.transferDialog.colleagueState', { name: p.displayName, state: t(`live.state.${p.state}`) }),
  };
}
