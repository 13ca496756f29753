// When a consumer may be called back: a window inside one opening period of the
// callback queue (public holidays included, see queues/hours.ts), in the
// future, long enough to be worth booking and not too far ahead. Pure: the
// queue's hours and "now" in, a verdict or the bookable slots out.
import { periodsOn, type OpeningHours } from '../partners/opening-hours.js';
import { addDays, instantsAt, isoDate, localTimeOf, type LocalDate } from '../partners/stockholm-time.js';
import { MINUTE, DAY } from '../shared/clock.js';
import type { QueueRow } from '../db/schema.js';
import { queueNextOpening, withHolidays } from '../queues/hours.js';
import { hoursOf } from '../queues/service.js';

/** A window shorter than this gives an adviser no real chance of a second attempt. */
export const MIN_WINDOW_MS = 30 * MINUTE;
/** A window longer than this is not a preference the queue can plan by. */
export const MAX_WINDOW_MS = 4 * 60 * MINUTE;
/** How far ahead a callback may be booked. */
export const BOOKING_HORIZON_DAYS = 14;
/** The page's own clock may run a little behind: a window starting this little before now still counts as now. */
const CLOCK_GRACE_MS = 2 * MINUTE;
/** The slots the page offers: an hour each, from the start of each opening period. */
const SLOT_MS = 60 * MINUTE;

export interface QueueHours {
  hours: OpeningHours;
  observesHolidays: boolean;
  active: boolean;
}

/** The callback queue's row as the window rules read it. */
export const queueHoursOf = (row: Pick<QueueRow, 'hours' | 'observes_holidays' | 'active'>): QueueHours => ({
  hours: hoursOf(row),
  observesHolidays: row.observes_holidays === 1,
  active: row.active === 1,
});

export type WindowVerdict =
  | { ok: true }
  | { ok: false; kind: 'invalid'; field: 'windowStart' | 'windowEnd'; message: string }
  | { ok: false; kind: 'closed'; nextOpening: Date | null };

/** The opening periods of a Stockholm date, as [start, end) instants. */
function periodsOf(q: QueueHours, date: LocalDate, at: Date): Array<[number, number]> {
  const hours = withHolidays(q.hours, q.observesHolidays, at);
  return periodsOn(hours, date).map(([from, to]) => [instantsAt(date, from)[0]!, to === 24 * 60 ? instantsAt(addDays(date, 1), 0)[0]! : instantsAt(date, to)[0]!]);
}

export function checkWindow(q: QueueHours, start: Date, end: Date, now: Date): WindowVerdict {
  const s = start.getTime();
  const e = end.getTime();
  const t = now.getTime();
  if (e <= s) return { ok: false, kind: 'invalid', field: 'windowEnd', message: 'must end after the window starts' };
  if (e - s < MIN_WINDOW_MS) return { ok: false, kind: 'invalid', field: 'windowEnd', message: 'the window must be at least 30 minutes' };
  if (e - s > MAX_WINDOW_MS) return { ok: false, kind: 'invalid', field: 'windowEnd', message: 'the window may be at most 4 hours' };
  if (s < t - CLOCK_GRACE_MS) return { ok: false, kind: 'invalid', field: 'windowStart', message: 'lies in the past' };
  if (e - Math.max(s, t) < MIN_WINDOW_MS) return { ok: false, kind: 'invalid', field: 'windowEnd', message: 'less than 30 minutes of the window are left' };
  if (s > t + BOOKING_HORIZON_DAYS * DAY) return { ok: false, kind: 'invalid', field: 'windowStart', message: `may lie at most ${BOOKING_HORIZON_DAYS} days ahead` };
  const inside = q.active && periodsOf(q, localTimeOf(start), now).some(([from, to]) => from <= s && e <= to);
  if (!inside) return { ok: false, kind: 'closed', nextOpening: q.active ? queueNextOpening(q.hours, q.observesHolidays, start) : null };
  return { ok: true };
}

export interface BookableDay {
  date: string;
  slots: Array<{ start: string; end: string }>;
}

/**
 * The windows the consumer's page offers, day by day: hour-long slots through
 * each opening period (a short tail joins the slot before it), the current one
 * starting now when enough of it is left.
 */
export function bookableDays(q: QueueHours, now: Date): BookableDay[] {
  if (!q.active) return [];
  const t = now.getTime();
  const today = localTimeOf(now);
  const days: BookableDay[] = [];
  for (let i = 0; i <= BOOKING_HORIZON_DAYS; i++) {
    const date = addDays(today, i);
    const slots: Array<{ start: number; end: number }> = [];
    for (const [from, to] of periodsOf(q, date, now)) {
      for (let s = from; s < to; s += SLOT_MS) {
        const end = to - (s + SLOT_MS) < MIN_WINDOW_MS ? to : s + SLOT_MS;
        // Start now rather than in the past; whole minutes read better.
        const start = Math.max(s, Math.ceil(t / MINUTE) * MINUTE);
        if (end - start >= MIN_WINDOW_MS && start - t <= BOOKING_HORIZON_DAYS * DAY) slots.push({ start, end });
        if (end === to) break;
      }
    }
    if (slots.length > 0) {
      days.push({ date: isoDate(date), slots: slots.map((x) => ({ start: new Date(x.start).toISOString(), end: new Date(x.end).toISOString() })) });
    }
  }
  return days;
}

/**
 * The first window to call someone back in from now: the rest of the current
 * opening period (or the next one, if less than MIN_WINDOW_MS is left of this
 * one), at most MAX_WINDOW_MS long. Null when the queue opens no more within
 * the booking horizon (or is switched off).
 */
export function firstWindow(q: QueueHours, now: Date): { start: Date; end: Date } | null {
  if (!q.active) return null;
  const t = Math.ceil(now.getTime() / MINUTE) * MINUTE;
  const today = localTimeOf(now);
  for (let i = 0; i <= BOOKING_HORIZON_DAYS; i++) {
    for (const [from, to] of periodsOf(q, addDays(today, i), now)) {
      const start = Math.max(from, t);
      if (to - start >= MIN_WINDOW_MS) return { start: new Date(start), end: new Date(Math.min(to, start + MAX_WINDOW_MS)) };
    }
  }
  return null;
}
