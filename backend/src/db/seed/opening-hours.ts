// Opening-hour templates for contact cards, with the Swedish public holidays
// (shared/swedish-holidays.ts) as exceptions, so the seed always carries
// exceptions for the months after the clock's today.
import { swedishHolidays } from '../../shared/swedish-holidays.js';

export { swedishHolidays };

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Span = [string, string];
export type Weekly = Record<Day, Span[]>;

export interface OpeningHours {
  weekly: Weekly;
  exceptions: { date: string; hours: Span[]; note: string }[];
}

export type HoursTemplate =
  | 'authority'
  | 'bureau'
  | 'always'
  | 'guidance-full'
  | 'guidance-split'
  | 'guidance-small'
  | 'debt-mornings'
  | 'debt-split'
  | 'energy';

const closed: Span[] = [];
const week = (mon: Span[], tue: Span[], wed: Span[], thu: Span[], fri: Span[], sat: Span[] = closed, sun: Span[] = closed): Weekly =>
  ({ mon, tue, wed, thu, fri, sat, sun });

const TEMPLATES: Record<HoursTemplate, Weekly> = {
  authority: week([['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '16:30']], [['08:00', '15:00']]),
  bureau: week(
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00'], ['13:00', '15:00']],
    [['09:00', '12:00']],
  ),
  always: week([['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']], [['00:00', '24:00']]),
  'guidance-full': week(
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '16:30']],
    [['08:00', '12:00'], ['13:00', '15:00']],
  ),
  'guidance-split': week(
    [['09:00', '12:00']],
    [['13:00', '16:00']],
    [['09:00', '12:00']],
    [['09:00', '12:00'], ['13:00', '18:00']],
    [['09:00', '12:00']],
  ),
  'guidance-small': week(closed, [['09:00', '12:00']], closed, [['09:00', '12:00'], ['13:00', '15:00']], closed),
  'debt-mornings': week([['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '12:00']], [['08:30', '11:30']]),
  'debt-split': week(
    [['09:00', '11:30'], ['13:00', '15:30']],
    closed,
    [['09:00', '11:30'], ['13:00', '15:30']],
    [['09:00', '11:30'], ['13:00', '15:30']],
    [['09:00', '11:30']],
  ),
  energy: week([['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '16:00']], [['08:00', '14:00']]),
};

const DAY_MS = 86_400_000;
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

const DAYS: readonly Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Clips a day's spans to end by noon: the usual "halvdag" before a holiday. */
function untilNoon(spans: readonly Span[]): Span[] {
  return spans.filter(([from]) => from < '12:00').map(([from, to]): Span => [from, to < '12:00' ? to : '12:00']);
}

/**
 * A template's weekly hours plus exceptions for every holiday in the window
 * starting at `today` that falls on a day the office would otherwise be open.
 */
export function openingHours(template: HoursTemplate, today: Date, days = 150): OpeningHours {
  const weekly = TEMPLATES[template];
  const copy = Object.fromEntries(Object.entries(weekly).map(([d, spans]) => [d, spans.map((s): Span => [s[0], s[1]])])) as Weekly;
  if (template === 'always') return { weekly: copy, exceptions: [] };
  const start = ymd(today);
  const end = ymd(plusDays(today, days));
  const year = today.getUTCFullYear();
  const exceptions = [...swedishHolidays(year), ...swedishHolidays(year + 1)]
    .filter((h) => h.date >= start && h.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((h) => {
      const regular = weekly[DAYS[new Date(`${h.date}T00:00:00Z`).getUTCDay()] ?? 'sun'];
      if (regular.length === 0) return [];
      const hours = h.halfDay ? untilNoon(regular) : [];
      if (h.halfDay && hours.length === regular.length && hours.every((s, i) => s[1] === regular[i]?.[1])) return [];
      return [{ date: h.date, hours, note: h.note }];
    });
  return { weekly: copy, exceptions };
}
