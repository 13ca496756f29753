// The ring for a new offer, made with the Web Audio API: the CSP allows no
// media from anywhere but the app, and a generated tone needs no file. Two
// rising chime pairs, under a second, soft attack so it does not click in a
// headset. Browsers keep audio suspended until the page has had a user
// gesture, so `unlockAudio` is called from one (signing in, going ready).

export interface Tone {
  /** Seconds after the start. */
  at: number;
  frequency: number;
  duration: number;
}

/** The ring's notes. */
export const RING: readonly Tone[] = [
  { at: 0, frequency: 784, duration: 0.16 },
  { at: 0.17, frequency: 1047, duration: 0.22 },
  { at: 0.55, frequency: 784, duration: 0.16 },
  { at: 0.72, frequency: 1047, duration: 0.22 },
];

/** Peak loudness (0–1): noticeable in a headset without startling. */
const PEAK = 0.2;

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  if (typeof AudioContext === 'undefined') return null;
  try {
    context = new AudioContext();
  } catch {
    return null;
  }
  return context;
}

/** Call from a user gesture: creates or resumes the audio context so later rings are heard. */
export function unlockAudio(): void {
  const ctx = audio();
  if (ctx?.state === 'suspended') void ctx.resume().catch(() => undefined);
}

/** Plays the ring once; silently does nothing where audio is unavailable. */
export function playRing(): void {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const start = ctx.currentTime + 0.02;
  for (const tone of RING) {
    const at = start + tone.at;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(tone.frequency, at);
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(PEAK, at + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + tone.duration);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + tone.duration + 0.02);
  }
}

/**
 * Plays the ring on this output device (the speakers, so the adviser hears
 * it with the headset off), where the browser can: AudioContext.setSinkId is
 * Chromium's. null is the system default.
 */
export function setRingOutput(deviceId: string | null): void {
  const ctx = audio() as (AudioContext & { setSinkId?(id: string): Promise<void> }) | null;
  if (typeof ctx?.setSinkId !== 'function') return;
  ctx.setSinkId(deviceId ?? '').catch((error: unknown) => console.warn('ring output not available', error));
}
