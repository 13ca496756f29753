// The wrap-up countdown to wrapUpUntil (server time) with +30 s / +60 s.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import type { Interaction } from '../../lib/bridge-types';
import { formatClock, timeLeft, urgencyOf } from '../live/clock-format';
import { liveErrorText } from '../live/live-errors';
import { useExtendWrapUp, useServerNow } from '../live/live-hooks';

const EXTENSIONS = [30, 60] as const;

export function WrapUpTimer({ contact }: { contact: Interaction }) {
  const { t } = useTranslation();
  const now = useServerNow(500);
  const extend = useExtendWrapUp();
  const announce = useUiStore((s) => s.announce);
  const { left } = timeLeft(contact.wrapUpAt, contact.wrapUpUntil, now);
  return (
    <div className={`wrap-up-timer urgency-${urgencyOf(left)}`}>
      <p className="countdown">
        <span className="visually-hidden">{t('inbox.wrapUp.timeLeft')}: </span>
        {left > 0 ? t('inbox.timeLeft', { time: formatClock(left) }) : t('inbox.wrapUp.timeUp')}
      </p>
      <div className="extend-buttons">
        {EXTENSIONS.map((seconds) => (
          <button
            key={seconds}
            type="button"
            className="small-button"
            disabled={extend.isPending}
            onClick={() => extend.mutate({ id: contact.id, seconds }, { onSuccess: () => announce(t('inbox.wrapUp.extended')) })}
          >
            {t('inbox.wrapUp.extend', { seconds })}
            <span className="visually-hidden"> {t('inbox.wrapUp.extendWhat')}</span>
          </button>
        ))}
      </div>
      {extend.isError && (
        <p className="form-error small" role="alert">
          {t('inbox.stepFailed', { message: liveErrorText(extend.error) })}
        </p>
      )}
    </div>
  );
}
