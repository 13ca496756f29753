// The national traffic profile the simulator reproduces. Hallå konsument
// had about 72,000 contacts in a year, about 300 per working day. The channel
// mix and the English share are rough public figures; the hour-by-hour shape
// is the usual one for a Swedish consumer line: a rush after the lines open,
// the peak mid-morning, a dip at lunch and a quiet last hour.
import type { components } from '../../api-client/src/index.js';

export type Channel = components['schemas']['Channel'];
export type Language = components['schemas']['Language'];

export const CHANNELS: readonly Channel[] = ['phone', 'email', 'chat', 'callback', 'forum', 'social'];

export const CONTACTS_PER_WORKING_DAY = 300;

export const CHANNEL_SHARE: Readonly<Record<Channel, number>> = {
  phone: 0.55,
  email: 0.2,
  chat: 0.15,
  callback: 0.05,
  forum: 0.03,
  social: 0.02,
};

export const ENGLISH_SHARE = 0.08;

/** Channels where the consumer is on the line now: they only arrive while the queue is open. */
export const LIVE_CHANNELS: ReadonlySet<Channel> = new Set(['phone', 'chat']);

/**
 * The simulated working day, in minutes after midnight. Calls, chats and
 * callback requests come 09:00–16:00 (the phone hours); written contacts are
 * spread over 08:00–17:00 — e-mails sent in the evening are simply counted
 * as arriving in the morning, which is when an adviser first sees them.
 */
export const DAY_START_MINUTE = 8 * 60;
export const DAY_END_MINUTE = 17 * 60;

/** Relative arrivals per clock hour (index 0 = 08:00–09:00 … 8 = 16:00–17:00). */
const VOICE_SHAPE = [0, 1.3, 1.5, 1.3, 0.85, 1.0, 0.9, 0.65, 0] as const;
const WRITTEN_SHAPE = [0.9, 1.2, 1.3, 1.2, 0.9, 1.0, 1.0, 0.9, 0.6] as const;

const shapeOf = (channel: Channel): readonly number[] => (channel === 'phone' || channel === 'chat' || channel === 'callback' ? VOICE_SHAPE : WRITTEN_SHAPE);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Contacts per hour, by channel. */
export type Rates = Readonly<Record<Channel, number>>;

/**
 * Arrival rates at a minute of the simulated day. The national profile by
 * default; with `flatPerHour` a steady rate with the same channel mix all day
 * (for load: predictable, no quiet hours).
 */
export function ratesAt(minuteOfDay: number, flatPerHour?: number): Rates {
  const out = {} as Record<Channel, number>;
  for (const channel of CHANNELS) {
    if (flatPerHour !== undefined) {
      out[channel] = flatPerHour * CHANNEL_SHARE[channel];
      continue;
    }
    const shape = shapeOf(channel);
    const hour = Math.floor((minuteOfDay - DAY_START_MINUTE) / 60);
    const weight = hour >= 0 && hour < shape.length ? shape[hour]! : 0;
    // The day's volume for the channel, spread over the hours by weight.
    out[channel] = (CONTACTS_PER_WORKING_DAY * CHANNEL_SHARE[channel] * weight) / sum(shape);
  }
  return out;
}

export const totalRate = (rates: Rates): number => CHANNELS.reduce((a, c) => a + rates[c], 0);

/** The highest total rate over the day: the envelope the arrival process thins from. */
export function peakRate(flatPerHour?: number): number {
  let peak = 0;
  for (let m = DAY_START_MINUTE; m < DAY_END_MINUTE; m += 60) peak = Math.max(peak, totalRate(ratesAt(m, flatPerHour)));
  return peak;
}
