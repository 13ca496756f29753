// The presence badge: state in words with a shape per state (colour only
// repeats what the words say), the not-ready reason, and the time in state.
// Only the words are a live region, so a screen reader hears a change of
// state, not the seconds ticking.
import { useTranslation } from 'react-i18next';
import { formatClock, secondsSince } from './clock-format';
import { useServerNow } from './live-hooks';
import type { PresenceLook } from './presence-look';

export function PresenceBadge({ look }: { look: PresenceLook }) {
  const { t } = useTranslation();
  const now = useServerNow();
  if (look.kind === 'disconnected') {
    return (
      <span className="presence-badge presence-disconnected">
        <span className="presence-shape" aria-hidden="true" />
        <span role="status" aria-label={t('live.region')}>
          {t('live.disconnected')}
        </span>
      </span>
    );
  }
  const state = t(`live.state.${look.state}`);
  const label = look.reason ? t('live.stateWithReason', { state, reason: t(`live.reason.${look.reason}`) }) : state;
  const then = look.then
    ? look.then.reason
      ? t('live.stateWithReason', { state: t(`live.state.${look.then.intent}`), reason: t(`live.reason.${look.then.reason}`) })
      : t(`live.state.${look.then.intent}`)
    : null;
  return (
    <span className={`presence-badge presence-${look.state}`}>
      <span className="presence-shape" aria-hidden="true" />
      <span role="status" aria-label={t('live.region')}>
        {label}
        {then && <span className="presence-then"> · {t('live.then', { state: then })}</span>}
      </span>
      <span className="presence-time">
        <span className="visually-hidden">{t('live.timeInState')} </span>
        {formatClock(secondsSince(look.since, now))}
      </span>
    </span>
  );
}
