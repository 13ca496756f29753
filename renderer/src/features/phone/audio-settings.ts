// The adviser's audio devices for the phone: the microphone, where the call
// is heard (the headset) and where the ring is heard (the speakers, so a ring
// reaches an adviser who has put the headset down). Kept in localStorage,
// which the hidden phone window shares with the workspace (same origin), so
// a choice made in the workspace reaches the phone without a message.
const KEY = 'halla.phone.audio';

export interface AudioSettings {
  /** Device ids; null is the system default. */
  microphoneId: string | null;
  callOutputId: string | null;
  ringOutputId: string | null;
}

export const DEFAULT_AUDIO: AudioSettings = { microphoneId: null, callOutputId: null, ringOutputId: null };

const idOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

export function parseAudioSettings(raw: string | null): AudioSettings {
  if (!raw) return DEFAULT_AUDIO;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    return { microphoneId: idOrNull(v.microphoneId), callOutputId: idOrNull(v.callOutputId), ringOutputId: idOrNull(v.ringOutputId) };
  } catch {
    return DEFAULT_AUDIO;
  }
}

export function readAudioSettings(): AudioSettings {
  try {
    return parseAudioSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_AUDIO;
  }
}

export function writeAudioSettings(settings: AudioSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled: the choice lasts for this page only.
  }
  for (const l of [...listeners]) l(settings);
}

const listeners = new Set<(s: AudioSettings) => void>();

/** Changes from this window, and (through the storage event) from the other window. */
export function onAudioSettings(listener: (s: AudioSettings) => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener(parseAudioSettings(e.newValue));
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Plays `element` on the chosen output where the browser can (setSinkId is Chromium's). */
export async function routeAudio(element: HTMLMediaElement, deviceId: string | null): Promise<void> {
  const withSink = element as HTMLMediaElement & { setSinkId?(id: string): Promise<void> };
  if (typeof withSink.setSinkId !== 'function') return;
  await withSink.setSinkId(deviceId ?? '').catch((error: unknown) => console.warn('audio output not available', error));
}
