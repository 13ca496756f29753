// The cue for each new offer: a ring (unless muted), an announcement for
// screen readers (also shown in the status line), and in browser mode a web
// notification — the Electron app's main process shows a native one itself.
// Renders nothing.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useAppInfo } from '../session/session-hooks';
import { useAlertSettings } from './alert-settings';
import { useLastOffer } from './live-hooks';
import { playRing } from './offer-ring';
import { showOfferNotification } from './web-notification';

export function OfferAlert() {
  const { t } = useTranslation();
  const last = useLastOffer();
  const muted = useAlertSettings((s) => s.muted);
  const mode = useAppInfo().data?.mode;
  const announce = useUiStore((s) => s.announce);
  // Only offers that arrive while this is mounted ring: not one seen before a remount.
  const seen = useRef(last?.seq ?? 0);

  useEffect(() => {
    if (!last || last.seq <= seen.current) return;
    seen.current = last.seq;
    const offer = last.interaction;
    const channel = t(`channel.${offer.channel}`);
    const language = t(`language.${offer.language}`);
    if (!muted) playRing();
    announce(t('inbox.offerAnnouncement', { channel, language, keys: mode === 'electron' ? 'Ctrl+Alt+A' : 'Alt+A' }));
    if (mode === 'browser') showOfferNotification(t('inbox.notificationTitle', { channel, language }), offer.subject ?? t('inbox.notificationBody'), offer.id);
  }, [last, muted, mode, t, announce]);

  return null;
}
