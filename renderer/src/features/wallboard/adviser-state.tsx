// An adviser's state in words with an icon (never colour alone), the reason
// when not ready, and what follows when a lead's change waits for work in hand
// (the server keeps the intent; the state shows busy until the contact is done).
import { useTranslation } from 'react-i18next';
import type { Presence } from '../../lib/bridge-types';
import type { BoardFormat } from './board-format';

const ICON: Record<Presence['state'], string> = { ready: '●', busy: '☎', wrap_up: '✎', not_ready: '‖', offline: '○' };

export function AdviserState({ presence, format }: { presence: Presence; format: BoardFormat }) {
  const { t } = useTranslation();
  const working = presence.state === 'busy' || presence.state === 'wrap_up';
  const pending = working && presence.intent !== 'ready';
  return (
    <span className="adviser-state-cell">
      <span className={`state-pill state-${presence.state}`}>
        <span aria-hidden="true" className="state-icon">
          {ICON[presence.state]}
        </span>
        {format.state(presence.state)}
      </span>
      {presence.state === 'not_ready' && presence.reason && <span className="state-reason">{format.reason(presence.reason)}</span>}
      {pending && (
        <span className="state-reason">
          {t('wallboard.nextState', { state: presence.intent === 'not_ready' && presence.reason ? `${format.state('not_ready')} (${format.reason(presence.reason)})` : format.state(presence.intent) })}
        </span>
      )}
    </span>
  );
}
