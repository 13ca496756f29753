// Wall-clock time in Europe/Stockholm. Intl carries the platform's time-zone
// database, so the DST rules (last Sunday of March and October) come from it
// rather than from code of ours that could drift.
export const ZONE = 'Europe/Stockholm';

/** A calendar date in Stockholm; month is 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A moment as read off a Stockholm wall clock. */
export interface LocalTime extends LocalDate {
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
  seconds: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // h23, not hour12: false, which some ICU versions render midnight as "24".
  hourCycle: 'h23',
});

export function localTimeOf(at: Date | number): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatter.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const num = (k: string) => parts[k] ?? 0;
  return {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    minutes: num('hour') * 60 + num('minute'),
    seconds: num('second'),
  };
}

/** The wall time as if it were UTC: lets wall times be compared and subtracted as numbers. */
const wallMs = (t: LocalTime) => Date.UTC(t.year, t.month - 1, t.day, 0, t.minutes, t.seconds);
const wallOf = (instant: number) => wallMs(localTimeOf(instant));
const offsetAt = (instant: number) => wallOf(instant) - Math.floor(instant / 1000) * 1000;

/**
 * The instants at which a Stockholm wall clock shows `minutes` past midnight on
 * `date`, earliest first. Usually one; two in the hour repeated when DST ends;
 * for a time skipped when DST starts, the first instant after the gap (when a
 * wall clock would first show a later time).
 */
export function instantsAt(date: LocalDate, minutes: number): number[] {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // Any instant showing `wall` lies within ±14 h of it; at most one DST change
  // happens in that window, so the offsets either side of it are all there are.
  const offsets = [...new Set([offsetAt(wall - 12 * HOUR_MS), offsetAt(wall), offsetAt(wall + 12 * HOUR_MS)])];
  const hits = [...new Set(offsets.map((o) => wall - o))].filter((t) => wallOf(t) === wall).sort((a, b) => a - b);
  if (hits.length > 0) return hits;
  // Spring gap: binary search, by the minute, for the first instant past it.
  let lo = wall - Math.max(...offsets); // shows a wall time before `wall`
  let hi = wall - Math.min(...offsets); // shows a wall time after `wall`
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallOf(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return [hi];
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export const weekdayOf = (date: LocalDate) => new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();

export const isoDate = (date: LocalDate) =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** Parses YYYY-MM-DD; null unless it names a real calendar day. */
export function parseIsoDate(text: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isoDate(addDays(date, 0)) === text ? date : null;
}
