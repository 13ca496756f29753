// A partner's opening hours: a weekly pattern in Stockholm wall time plus dated
// exceptions (holidays, special days), each replacing that date's weekly hours.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { addDays, instantsAt, isoDate, localTimeOf, parseIsoDate, weekdayOf, type LocalDate } from './stockholm-time.js';

const Time = Type.String({ pattern: '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$', description: 'HH:MM, Stockholm local time; 24:00 ends at midnight' });
// A plain two-item array typed as a pair: Type.Tuple emits the draft-07 `items: [...]`
// form, which is not valid in the OpenAPI 3.1 (JSON Schema 2020-12) document.
const Interval = Type.Unsafe<[string, string]>(Type.Array(Time, { minItems: 2, maxItems: 2, description: '[opens, closes), closes after opens' }));
const DayHours = Type.Array(Interval, { maxItems: 12, description: 'Ascending, non-overlapping; empty = closed' });

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const OpeningHoursSchema = Type.Object(
  {
    weekly: Type.Object(
      {
        mon: DayHours,
        tue: DayHours,
        wed: DayHours,
        thu: DayHours,
        fri: DayHours,
        sat: DayHours,
        sun: DayHours,
      },
      { additionalProperties: false },
    ),
    exceptions: Type.Array(
      Type.Object(
        {
          date: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD in Stockholm' }),
          hours: DayHours,
          note: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 400 },
    ),
  },
  { $id: 'OpeningHours', additionalProperties: false, description: 'Times are Europe/Stockholm wall time' },
);

export type OpeningHours = Static<typeof OpeningHoursSchema>;
type DayHoursValue = Static<typeof DayHours>;

/** Always closed: what a card shows when its stored hours cannot be read. */
export const ALWAYS_CLOSED: OpeningHours = {
  weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  exceptions: [],
};

export interface HoursIssue {
  path: string;
  message: string;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function dayIssues(hours: DayHoursValue, path: string): HoursIssue[] {
  const issues: HoursIssue[] = [];
  let previousEnd = -1;
  hours.forEach(([from, to], i) => {
    const start = toMinutes(from);
    const end = toMinutes(to);
    if (end <= start) issues.push({ path: `${path}/${i}`, message: 'must close after it opens' });
    if (start < previousEnd) issues.push({ path: `${path}/${i}`, message: 'must start after the previous period ends' });
    previousEnd = Math.max(previousEnd, end);
  });
  return issues;
}

/** What the schema cannot say: periods in order, real and unique exception dates. */
export function openingHoursIssues(hours: OpeningHours): HoursIssue[] {
  const issues: HoursIssue[] = [];
  for (const day of WEEKDAYS) issues.push(...dayIssues(hours.weekly[day], `/weekly/${day}`));
  const seen = new Set<string>();
  hours.exceptions.forEach((e, i) => {
    if (!parseIsoDate(e.date)) issues.push({ path: `/exceptions/${i}/date`, message: 'is not a calendar date' });
    if (seen.has(e.date)) issues.push({ path: `/exceptions/${i}/date`, message: 'appears more than once' });
    seen.add(e.date);
    issues.push(...dayIssues(e.hours, `/exceptions/${i}/hours`));
  });
  return issues;
}

/** Reads stored JSON; null when it is not well-formed opening hours. */
export function parseOpeningHours(text: string): OpeningHours | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Value.Check(OpeningHoursSchema, value)) return null;
  return openingHoursIssues(value).length === 0 ? value : null;
}

/** The periods of one date, as minutes past midnight: an exception wins over the weekly pattern. */
export function periodsOn(hours: OpeningHours, date: LocalDate): Array<[number, number]> {
  const key = isoDate(date);
  const exception = hours.exceptions.find((e) => e.date === key);
  const day = exception ? exception.hours : hours.weekly[WEEKDAYS[weekdayOf(date)] ?? 'sun'];
  return day.map(([from, to]) => [toMinutes(from), toMinutes(to)]);
}

export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  const local = localTimeOf(at);
  return periodsOn(hours, local).some(([start, end]) => start <= local.minutes && local.minutes < end);
}

/**
 * Starts of opening periods on a date, leaving out a start that merely
 * continues a period without a break (right after another one, or at 00:00
 * after a day open until 24:00).
 */
function startsOn(hours: OpeningHours, date: LocalDate): number[] {
  const periods = periodsOn(hours, date);
  const openUntilMidnight = periodsOn(hours, addDays(date, -1)).some(([, end]) => end === 24 * 60);
  let previousEnd = openUntilMidnight ? 0 : -1;
  const starts: number[] = [];
  for (const [start, end] of periods) {
    if (start !== previousEnd) starts.push(start);
    previousEnd = end;
  }
  return starts;
}

/**
 * When the partner next opens after `at`: the start of the first opening period
 * later than `at` (while open, the start of the period after this one). Null when
 * the hours never open again.
 */
export function nextOpening(hours: OpeningHours, at: Date): Date | null {
  const today: LocalDate = localTimeOf(at);
  const after = at.getTime();
  const firstAfter = (date: LocalDate) => {
    for (const start of startsOn(hours, date)) {
      const instant = instantsAt(date, start).find((t) => t > after);
      if (instant !== undefined) return new Date(instant);
    }
    return null;
  };
  // The weekly pattern repeats within a week; every exception can push that by a day.
  const days = 8 + hours.exceptions.length;
  for (let i = 0; i < days; i++) {
    const found = firstAfter(addDays(today, i));
    if (found) return found;
  }
  // With no weekly hours, only a later exception day can open.
  const horizon = isoDate(addDays(today, days));
  const later = hours.exceptions
    .filter((e) => e.date >= horizon && e.hours.length > 0)
    .map((e) => parseIsoDate(e.date))
    .filter((d): d is LocalDate => d !== null)
    .sort((a, b) => isoDate(a).localeCompare(isoDate(b)));
  for (const date of later) {
    const found = firstAfter(date);
    if (found) return found;
  }
  return null;
}
