// The adviser's presence in the top bar: a badge with the state in words (and
// a shape, never colour alone), the reason when not ready, the time in the
// state, and the controls to go ready, not ready with a reason, or offline.
// When the live connection is down it says so instead: no contacts are
// offered then, whatever was chosen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useAppInfo, useSession } from '../session/session-hooks';
import { useAlertSettings } from './alert-settings';
import { useLiveCommand } from './live-commands';
import { liveErrorText, liveProblemCode } from './live-errors';
import { useLiveWork, useSetPresence } from './live-hooks';
import { unlockAudio } from './offer-ring';
import { PresenceBadge } from './presence-badge';
import { presenceLook, toggledPresence, type PresenceChange } from './presence-look';
import { PresenceMenu } from './presence-menu';
import { askNotificationPermission } from './web-notification';

export function PresenceControl() {
  const { t } = useTranslation();
  const role = useSession()?.user?.role;
  const work = useLiveWork();
  const mode = useAppInfo().data?.mode;
  const lastReason = useAlertSettings((s) => s.lastReason);
  const setLastReason = useAlertSettings((s) => s.setLastReason);
  const announce = useUiStore((s) => s.announce);
  const setPresence = useSetPresence();
  const [error, setError] = useState<string | null>(null);

  const presence = work?.presence ?? null;
  const connected = work?.connected ?? false;
  const look = presenceLook(presence, connected);

  const describe = (change: PresenceChange) =>
    change.intent === 'not_ready'
      ? t('live.stateWithReason', { state: t('live.state.not_ready'), reason: t(`live.reason.${change.reason}`) })
      : t(`live.state.${change.intent}`);

  const change = (next: PresenceChange) => {
    setError(null);
    if (next.intent === 'not_ready') setLastReason(next.reason);
    if (next.intent === 'ready') {
      // A user gesture: the moment browsers allow sound and the notification question.
      unlockAudio();
      if (mode === 'browser') askNotificationPermission();
    }
    setPresence.mutate(next, {
      onSuccess: () => announce(t('live.changed', { state: describe(next) })),
      onError: (failure) => setError(t('live.changeFailed', { message: liveProblemCode(failure) === 'offline' ? t('live.offline') : liveErrorText(failure) })),
    });
  };

  useLiveCommand(['toggleReady'], () => {
    if (look.kind === 'disconnected') {
      announce(t('live.disconnected'));
      return;
    }
    change(toggledPresence(presence, lastReason));
  });

  // Admins take no contacts.
  if (!role || role === 'admin') return null;
  const intent = presence?.intent ?? 'offline';
  const disabled = look.kind === 'disconnected' || setPresence.isPending;

  return (
    <div className="presence-control">
      <PresenceBadge look={look} />
      {intent !== 'ready' && (
        <button type="button" className="primary presence-ready" onClick={() => change({ intent: 'ready' })} disabled={disabled} aria-keyshortcuts="Control+Alt+R Alt+R">
          {t('live.goReady')}
        </button>
      )}
      <PresenceMenu intent={intent} reason={presence?.reason ?? null} disabled={disabled} onChoose={change} />
      {error && (
        <span className="presence-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
