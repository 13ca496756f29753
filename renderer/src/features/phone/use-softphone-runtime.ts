// Mounted once by the workspace (so only while someone is signed in): picks
// where the softphone runs and connects the store to it. In the desktop app
// the hidden phone window runs it and this page only talks to it, so a
// reload here leaves the call alone. In browser mode this page is the phone:
// it registers on mount and unregisters on sign-out, and a reload ends a call.
import { useEffect } from 'react';
import { desk } from '../../lib/desk';
import { fetchPhoneCredentials } from './credentials';
import { hostedPhoneClient, localPhoneClient, type PhoneClient } from './phone-client';
import { usePhoneStore } from './phone-store';
import { createPageSoftphone, type PageSoftphone } from './page-softphone';

export function useSoftphoneRuntime(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let unsubscribe: (() => void) | null = null;
    let page: PageSoftphone | null = null;
    const hangUpOnLeave = () => void page?.dispose();
    const store = usePhoneStore.getState();
    desk()
      .appInfo()
      .then((info) => {
        if (cancelled) return;
        let client: PhoneClient;
        if (info.mode === 'electron') {
          client = hostedPhoneClient(desk());
        } else {
          page = createPageSoftphone(fetchPhoneCredentials);
          client = localPhoneClient(page.engine);
          void page.engine.start();
          // A reload or a closed tab ends the call: hang up properly (BYE) so the
          // caller hears it end instead of silence, and leave the registration.
          window.addEventListener('pagehide', hangUpOnLeave);
        }
        store.setClient(client);
        unsubscribe = client.subscribe((state) => usePhoneStore.getState().setState(state));
      })
      .catch((error: unknown) => console.error('the softphone could not start', error));
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', hangUpOnLeave);
      unsubscribe?.();
      void page?.dispose();
      usePhoneStore.getState().setClient(null);
    };
  }, [enabled]);
}

