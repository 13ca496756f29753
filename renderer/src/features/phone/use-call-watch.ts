// Acts on call-watch.ts's decisions: opens the case of a routed call answered
// here, and rings (on the ring's output, unless the adviser muted rings)
// while a direct call rings.
import { useEffect } from 'react';
import { useAlertSettings } from '../live/alert-settings';
import { playRing } from '../live/offer-ring';
import { rememberAnsweredCall } from './answered-call-case';
import { answeredInteractions, directCallRinging } from './call-watch';
import { usePhoneStore } from './phone-store';

/** A ring lasts under a second; again every three while the call rings. */
const RING_EVERY_MS = 3_000;

export function useCallWatch(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | null = null;
    const ring = () => {
      if (!useAlertSettings.getState().muted) playRing();
    };
    const unsubscribe = usePhoneStore.subscribe((now, before) => {
      for (const id of answeredInteractions(before.state, now.state)) rememberAnsweredCall(id);
      const ringing = directCallRinging(now.state);
      if (ringing && !timer) {
        ring();
        timer = setInterval(ring, RING_EVERY_MS);
      } else if (!ringing && timer) {
        clearInterval(timer);
        timer = null;
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearInterval(timer);
    };
  }, []);
}
