// Simulated time. The simulator replays working days: simulated time runs
// `speed` times faster than real time, and when the simulated day reaches
// 17:00 the next simulated day starts at 08:00 (nights and weekends carry no
// traffic worth watching). The backend keeps real time; only the traffic
// shape and the durations drawn by the simulator follow this clock.
import { DAY_END_MINUTE, DAY_START_MINUTE } from './profile.js';

const DAY_LENGTH_MINUTES = DAY_END_MINUTE - DAY_START_MINUTE;

export class SimClock {
  constructor(
    /** Real time (ms) at which the simulation started. */
    readonly realStartMs: number,
    readonly speed: number,
    /** Minute of the simulated day at the start. */
    readonly startMinute: number,
  ) {
    if (!(speed > 0)) throw new Error('speed must be positive');
  }

  /** Simulated milliseconds since the start. */
  simElapsedMs(realMs: number): number {
    return Math.max(0, realMs - this.realStartMs) * this.speed;
  }

  /** The real moment at which this much simulated time has passed. */
  realAt(simElapsedMs: number): number {
    return this.realStartMs + simElapsedMs / this.speed;
  }

  /** Minute of the simulated working day (fractional), wrapping to the next day's start. */
  minuteOfDay(simElapsedMs: number): number {
    const offset = this.startMinute - DAY_START_MINUTE + simElapsedMs / 60_000;
    return DAY_START_MINUTE + (((offset % DAY_LENGTH_MINUTES) + DAY_LENGTH_MINUTES) % DAY_LENGTH_MINUTES);
  }

  /** Which simulated day (0 = the first) this moment falls on. */
  dayNumber(simElapsedMs: number): number {
    return Math.floor((this.startMinute - DAY_START_MINUTE + simElapsedMs / 60_000) / DAY_LENGTH_MINUTES);
  }

  label(simElapsedMs: number): string {
    return formatMinute(this.minuteOfDay(simElapsedMs));
  }
}

export const formatMinute = (minute: number): string => {
  const m = Math.floor(minute);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** "HH:MM" → minute of the day, or null when it is not a time. */
export function parseMinute(text: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

const stockholmParts = (at: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;

/** The date in Stockholm (YYYY-MM-DD): the day a queue exception applies to. */
export function stockholmDate(at: Date): string {
  const p = stockholmParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

export function stockholmMinute(at: Date): number {
  const p = stockholmParts(at);
  return Number(p.hour) * 60 + Number(p.minute);
}

/**
 * Where the simulated day starts: at the real Stockholm time when that falls in
 * the working day (so a demo at 10:30 looks like 10:30), otherwise at 09:00,
 * when the lines open.
 */
export function defaultStartMinute(now: Date): number {
  const m = stockholmMinute(now);
  return m >= DAY_START_MINUTE && m < DAY_END_MINUTE ? m : 9 * 60;
}
