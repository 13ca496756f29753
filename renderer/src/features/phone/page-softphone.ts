// A softphone running in this page: the engine with the SIP.js adapter, an
// audio element for the far end routed to the chosen headset, and the
// chosen microphone. Used by the browser-mode workspace and by the desktop
// app's hidden phone window alike.
import { DEFAULT_AUDIO, onAudioSettings, readAudioSettings, routeAudio, type AudioSettings } from './audio-settings';
import type { CredentialsAnswer } from './credentials';
import { newCallId } from './phone-ids';
import { createSipAdapter } from './sip-adapter';
import { createSoftphoneEngine, type SoftphoneEngine } from './softphone-engine';

export interface PageSoftphone {
  engine: SoftphoneEngine;
  dispose(): Promise<void>;
}

/**
 * `audio`: where the far end plays; a detached element unless the caller brings one (the test harness measures it).
 * `carriesOutTransfers`: only for a stand-in for a line on the telephone network (see SipAdapterOptions).
 */
export function createPageSoftphone(fetchCredentials: () => Promise<CredentialsAnswer>, audio: HTMLAudioElement = new Audio(), carriesOutTransfers = false): PageSoftphone {
  audio.autoplay = true;
  let settings: AudioSettings = DEFAULT_AUDIO;
  const use = (next: AudioSettings) => {
    settings = next;
    void routeAudio(audio, next.callOutputId);
  };
  use(readAudioSettings());
  const stopListening = onAudioSettings(use);
  const engine = createSoftphoneEngine({
    createAdapter: (onEvent) => createSipAdapter({ onEvent, newId: newCallId, audioElement: audio, microphoneId: () => settings.microphoneId, carriesOutTransfers }),
    fetchCredentials,
    newId: newCallId,
  });
  return {
    engine,
    async dispose() {
      stopListening();
      await engine.stop();
      audio.srcObject = null;
    },
  };
}
