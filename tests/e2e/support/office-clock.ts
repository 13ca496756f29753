// A server clock for live-work tests: it runs in real time (so waits and
// times in state grow while the test watches) but reads as a weekday within
// the phone queues' opening hours, whatever day and hour the test runs.
// `advance` moves it ahead, to let simulated minutes pass in milliseconds.
import { queueOpenAt } from '../../../backend/src/queues/hours.js';
import type { Clock } from '../../../backend/src/shared/clock.js';

export class OfficeClock implements Clock {
  private offsetMs: number;

  constructor(at: Date) {
    this.offsetMs = at.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

const ZONE = 'Europe/Stockholm';
const DAY_MS = 86_400_000;

/**
 * The phone queues' default hours (migration 0003-live-work): weekdays
 * 09:00–16:00 Stockholm time, closed on public holidays. The test checks the
 * running backend agrees (GET /v1/queues says phone-sv is open).
 */
const PHONE_HOURS = (() => {
  const day: Array<[string, string]> = [['09:00', '16:00']];
  return { weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] }, exceptions: [] };
})();

/** The instant a Stockholm wall-clock time ("YYYY-MM-DD", "HH:MM") falls on (CET or CEST). */
export function stockholmTime(ymd: string, hhmm: string): Date {
  const [y, mo, d] = ymd.split('-').map(Number) as [number, number, number];
  const [h, mi] = hhmm.split(':').map(Number) as [number, number];
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, mo - 1, d, h - offsetHours, mi));
    if (format.format(candidate) === hhmm) return candidate;
  }
  throw new Error(`${ymd} ${hhmm} does not exist in Stockholm`);
}

const stockholmDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/**
 * The most recent past weekday (not a holiday) whose phone hours cover
 * `from`–`until` (Stockholm times) entirely, as the instant of `from` on it.
 */
export function lastOpenDay(now: Date, from: string, until: string): Date {
  for (let back = 0; back < 21; back++) {
    const ymd = stockholmDate(new Date(now.getTime() - back * DAY_MS));
    const start = stockholmTime(ymd, from);
    const end = stockholmTime(ymd, until);
    if (end.getTime() >= now.getTime()) continue;
    if (queueOpenAt(PHONE_HOURS, true, start) && queueOpenAt(PHONE_HOURS, true, end)) return start;
  }
  throw new Error('no open weekday in the last three weeks');
}
