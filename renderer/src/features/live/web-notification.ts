// The browser-mode desktop notification for a new offer. In the Electron app
// the main process shows a native one for every offer, so the page shows
// none there (the caller checks the mode). Permission is asked on a user
// gesture (going ready), as browsers require; the page never nags again
// after a refusal. Like the native one it is silent (the page rings) and
// names no caller: notifications show on screens others can see.

const supported = (): boolean => typeof window !== 'undefined' && 'Notification' in window;

export function askNotificationPermission(): void {
  if (!supported() || Notification.permission !== 'default') return;
  void Notification.requestPermission().catch(() => undefined);
}

/** Shown only while the workspace is not in front: an adviser looking at it sees the offer and hears the ring. */
export function showOfferNotification(title: string, body: string, tag: string): void {
  if (!supported() || Notification.permission !== 'granted' || document.hasFocus()) return;
  try {
    const n = new Notification(title, { body, tag, silent: true });
    n.onclick = () => {
      window.focus();
      n.close();
    };
  } catch {
    // Some platforms allow notifications only from a service worker; the ring and the card remain.
  }
}
