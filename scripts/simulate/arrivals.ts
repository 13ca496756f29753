// When contacts arrive: a non-homogeneous Poisson process over simulated
// time. Consumers call independently of each other, so gaps are exponential;
// the rate follows the hour of the day. Drawn by thinning: candidates come at
// the day's peak rate and each is kept with probability rate(now) / peak, which
// gives the exact time-varying process without integrating the rate.
import { chance, exponential, weighted, type Rng } from './random.js';
import { CHANNELS, ENGLISH_SHARE, peakRate, ratesAt, totalRate, type Channel, type Language } from './profile.js';

export interface Arrival {
  /** Simulated ms since the simulation started. */
  atSimMs: number;
  channel: Channel;
  language: Language;
}

export interface ArrivalSchedule {
  /** The next arrival strictly after `afterSimMs`. */
  next(afterSimMs: number): Arrival;
}

const HOUR_MS = 3_600_000;

/**
 * @param minuteOfDay maps simulated elapsed ms to the minute of the simulated day
 * @param flatPerHour a steady rate instead of the national profile (--rate)
 */
export function createArrivalSchedule(rng: Rng, minuteOfDay: (simMs: number) => number, flatPerHour?: number): ArrivalSchedule {
  const peak = peakRate(flatPerHour);
  if (!(peak > 0)) throw new Error('the arrival rate must be positive');
  return {
    next(afterSimMs) {
      let t = afterSimMs;
      for (;;) {
        t += exponential(rng, HOUR_MS / peak);
        const rates = ratesAt(minuteOfDay(t), flatPerHour);
        const rate = totalRate(rates);
        if (!chance(rng, rate / peak)) continue;
        const weights: Partial<Record<Channel, number>> = {};
        for (const c of CHANNELS) weights[c] = rates[c];
        const channel = weighted(rng, weights);
        const language: Language = chance(rng, ENGLISH_SHARE) ? 'en' : 'sv';
        return { atSimMs: t, channel, language };
      }
    },
  };
}
