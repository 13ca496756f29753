// A queue's opening hours: its weekly pattern and dated exceptions (the same
// shape as a partner's contact card), plus — unless switched off — the Swedish
// public holidays, closed all day or from noon on the usual half days. An
// explicit exception wins over a holiday, so a team lead can open on one.
import { isOpenAt, nextOpening, WEEKDAYS, type OpeningHours } from '../partners/opening-hours.js';
import { localTimeOf, parseIsoDate, weekdayOf } from '../partners/stockholm-time.js';
import { swedishHolidays } from '../shared/swedish-holidays.js';

type Interval = [string, string];

/** A day's periods cut off at noon: the "halvdag" before a holiday. */
function untilNoon(day: readonly Interval[]): Interval[] {
  return day.filter(([from]) => from < '12:00').map(([from, to]): Interval => [from, to < '12:00' ? to : '12:00']);
}

/** The hours with this year's and next year's holidays folded in as exceptions. */
export function withHolidays(hours: OpeningHours, observesHolidays: boolean, at: Date): OpeningHours {
  if (!observesHolidays) return hours;
  const explicit = new Set(hours.exceptions.map((e) => e.date));
  const year = localTimeOf(at).year;
  const holidays = [...swedishHolidays(year), ...swedishHolidays(year + 1)].filter((h) => !explicit.has(h.date));
  const extra = holidays.flatMap((h) => {
    const date = parseIsoDate(h.date);
    if (!date) return [];
    const regular = hours.weekly[WEEKDAYS[weekdayOf(date)] ?? 'sun'];
    return [{ date: h.date, hours: h.halfDay ? untilNoon(regular) : [], note: h.note }];
  });
  return { weekly: hours.weekly, exceptions: [...hours.exceptions, ...extra] };
}

export function queueOpenAt(hours: OpeningHours, observesHolidays: boolean, at: Date): boolean {
  return isOpenAt(withHolidays(hours, observesHolidays, at), at);
}

export function queueNextOpening(hours: OpeningHours, observesHolidays: boolean, at: Date): Date | null {
  return nextOpening(withHolidays(hours, observesHolidays, at), at);
}
