// How long things take, in simulated seconds: how long a consumer waits
// before giving up, how long an adviser rings, talks or writes, wraps up, and
// how long a break lasts. Real durations are these divided by --speed.
import { chance, exponential, lognormal, uniform, weighted, type Rng } from './random.js';
import type { Channel } from './profile.js';

/**
 * Mean patience while waiting. Callers hang up after a few minutes; a chat
 * window stays open longer (the consumer does other things meanwhile). Written
 * contacts and callback requests do not give up: nobody is holding the line.
 */
export const PATIENCE_MEAN_SECONDS: Readonly<Record<Channel, number | null>> = {
  phone: 180,
  chat: 420,
  callback: null,
  email: null,
  forum: null,
  social: null,
};

/** Mean handling time (talking, chatting, writing the answer). */
export const HANDLE_MEAN_SECONDS: Readonly<Record<Channel, number>> = {
  phone: 360,
  callback: 330,
  chat: 480,
  email: 600,
  forum: 540,
  social: 300,
};

/** Spread of handling times: σ of the underlying normal; 0.6 puts the 90th percentile near twice the median. */
export const HANDLE_SIGMA = 0.6;

/** After-contact work; the queues allow 60 s (phone) or 30 s (written) before the backend ends it itself. */
export const WRAP_UP_MEAN_SECONDS: Readonly<Record<Channel, number>> = {
  phone: 40,
  callback: 40,
  chat: 20,
  email: 20,
  forum: 20,
  social: 15,
};

/** How long an offer rings before the adviser takes it (well inside the queues' 20–60 s offer timeout). */
export const RING_SECONDS: readonly [number, number] = [2, 8];

/** After a finished contact, the chance that the adviser takes a pause. */
export const BREAK_CHANCE = 0.06;

export type BreakReason = 'break' | 'admin' | 'meeting' | 'training';

const BREAK_REASONS: Readonly<Record<BreakReason, number>> = { break: 0.7, admin: 0.2, meeting: 0.05, training: 0.05 };
const BREAK_MEAN_SECONDS: Readonly<Record<BreakReason, number>> = { break: 600, admin: 420, meeting: 1200, training: 1800 };

/** Seconds the consumer waits before leaving, or null when they do not leave. */
export function drawPatience(rng: Rng, channel: Channel): number | null {
  const mean = PATIENCE_MEAN_SECONDS[channel];
  return mean === null ? null : exponential(rng, mean);
}

export const drawHandle = (rng: Rng, channel: Channel): number => lognormal(rng, HANDLE_MEAN_SECONDS[channel], HANDLE_SIGMA);

export const drawWrapUp = (rng: Rng, channel: Channel): number => lognormal(rng, WRAP_UP_MEAN_SECONDS[channel], 0.4);

export const drawRing = (rng: Rng): number => uniform(rng, RING_SECONDS[0], RING_SECONDS[1]);

/** A pause after a contact, or null (most of the time). */
export function drawBreak(rng: Rng): { reason: BreakReason; seconds: number } | null {
  if (!chance(rng, BREAK_CHANCE)) return null;
  const reason = weighted(rng, BREAK_REASONS);
  return { reason, seconds: lognormal(rng, BREAK_MEAN_SECONDS[reason], 0.3) };
}

/** Simulated seconds → real milliseconds at this speed. */
export const realMs = (simSeconds: number, speed: number): number => (simSeconds * 1000) / speed;
