// Everything the workspace runs for the phone while someone is signed in:
// the softphone (or the link to the desktop app's phone window), the
// screen-reader announcements, the headset's buttons, the ring's output, the
// ring of direct calls, the case of a routed call answered here and the
// referral after a call handed over to a partner.
import { useEffect } from 'react';
import { setRingOutput } from '../live/offer-ring';
import { useOpenAnsweredCallCase } from './answered-call-case';
import { readAudioSettings } from './audio-settings';
import { disconnectHeadset, reconnectHeadset } from './headset-manager';
import { usePartnerTransferReferral } from './partner-transfer-referral';
import { usePhoneAnnouncer } from './use-phone-announcer';
import { useSession } from '../session/session-hooks';
import { takesCalls } from './takes-calls';
import { useCallWatch } from './use-call-watch';
import { useSoftphoneRuntime } from './use-softphone-runtime';

export function usePhoneWorkspace(): void {
  useSoftphoneRuntime(takesCalls(useSession()?.user));
  usePhoneAnnouncer();
  useOpenAnsweredCallCase();
  useCallWatch();
  usePartnerTransferReferral();
  useEffect(() => {
    setRingOutput(readAudioSettings().ringOutputId);
    void reconnectHeadset();
    return () => {
      void disconnectHeadset();
    };
  }, []);
}
