// The bookable windows and the window check, without a database: opening
// periods with a lunch break, a half day before a holiday, a closed holiday,
// the current hour, a short tail at closing time, a clock switched to summer
// time, and the queue switched off. Times are Stockholm wall time.
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../partners/opening-hours.js';
import { bookableDays, checkWindow, firstWindow, type QueueHours } from './window.js';

const week = (day: Array<[string, string]>): OpeningHours['weekly'] => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] });
const queue = (day: Array<[string, string]>, extra: Partial<QueueHours> = {}): QueueHours => ({ hours: { weekly: week(day), exceptions: [] }, observesHolidays: true, active: true, ...extra });
/** A Stockholm wall time in winter (UTC+1) or summer (UTC+2). */
const winter = (local: string) => new Date(`${local}+01:00`);
const summer = (local: string) => new Date(`${local}+02:00`);
const iso = (d: Date) => d.toISOString();

describe('bookable windows', () => {
  it('offers hour-long slots through each opening period, the current one from now, a short tail joined to the slot before', () => {
    const days = bookableDays(queue([['09:00', '12:00'], ['13:00', '16:20']]), winter('2026-11-25T10:20'));
    expect(days[0]!.date).toBe('2026-11-25');
    expect(days[0]!.slots).toEqual([
      { start: iso(winter('2026-11-25T10:20')), end: iso(winter('2026-11-25T11:00')) },
      { start: iso(winter('2026-11-25T11:00')), end: iso(winter('2026-11-25T12:00')) },
      { start: iso(winter('2026-11-25T13:00')), end: iso(winter('2026-11-25T14:00')) },
      { start: iso(winter('2026-11-25T14:00')), end: iso(winter('2026-11-25T15:00')) },
      { start: iso(winter('2026-11-25T15:00')), end: iso(winter('2026-11-25T16:20')) },
    ]);
    // Weekends are not bookable; the horizon is two weeks.
    expect(days.map((d) => d.date)).not.toContain('2026-11-28');
    expect(days.at(-1)!.date <= '2026-12-09').toBe(true);
  });

  it('leaves out the current hour when less than half an hour of it is left', () => {
    const days = bookableDays(queue([['09:00', '16:00']]), winter('2026-11-25T10:40'));
    expect(days[0]!.slots[0]).toEqual({ start: iso(winter('2026-11-25T11:00')), end: iso(winter('2026-11-25T12:00')) });
  });

  it('ends a half day before a holiday at noon and skips the holiday itself', () => {
    const days = bookableDays(queue([['09:00', '16:00']]), winter('2027-01-04T08:00'));
    const eve = days.find((d) => d.date === '2027-01-05')!;
    expect(eve.slots.at(-1)!.end).toBe(iso(winter('2027-01-05T12:00')));
    expect(days.map((d) => d.date)).not.toContain('2027-01-06');
  });

  it('keeps the wall-clock hours across the change to summer time', () => {
    const days = bookableDays(queue([['09:00', '16:00']]), winter('2027-03-26T08:00'));
    // Summer time from Sunday 28 March (Easter Day); Easter Monday is closed, Tuesday opens at 09:00 summer time.
    expect(days.map((d) => d.date)).not.toContain('2027-03-29');
    const tuesday = days.find((d) => d.date === '2027-03-30')!;
    expect(tuesday.slots[0]!.start).toBe(iso(summer('2027-03-30T09:00')));
  });

  it('offers nothing while the queue is switched off', () => {
    expect(bookableDays(queue([['09:00', '16:00']], { active: false }), winter('2026-11-25T10:00'))).toEqual([]);
  });
});

describe('the window check', () => {
  const hours = queue([['09:00', '12:00'], ['13:00', '16:00']]);
  const now = winter('2026-11-25T10:00');
  const check = (from: string, to: string) => checkWindow(hours, winter(from), winter(to), now);

  it('accepts a window inside one opening period', () => {
    expect(check('2026-11-25T10:00', '2026-11-25T11:00')).toEqual({ ok: true });
    expect(check('2026-11-26T13:00', '2026-11-26T16:00')).toEqual({ ok: true });
  });

  it('refuses one across the lunch break, with the next opening after its start', () => {
    expect(check('2026-11-25T11:30', '2026-11-25T13:30')).toEqual({ ok: false, kind: 'closed', nextOpening: winter('2026-11-25T13:00') });
  });

  it('names the field of a malformed window', () => {
    expect(check('2026-11-25T11:00', '2026-11-25T10:30')).toMatchObject({ kind: 'invalid', field: 'windowEnd' });
    expect(check('2026-11-25T09:00', '2026-11-25T09:50')).toMatchObject({ kind: 'invalid', field: 'windowStart' });
    // A minute late by the page's clock is still now.
    expect(check('2026-11-25T09:59', '2026-11-25T11:00')).toEqual({ ok: true });
  });

  it('refuses every window while the queue is switched off, with no next opening', () => {
    expect(checkWindow(queue([['09:00', '16:00']], { active: false }), winter('2026-11-25T10:00'), winter('2026-11-25T11:00'), now)).toEqual({ ok: false, kind: 'closed', nextOpening: null });
  });
});

describe('the first window to call back in', () => {
  it('is the rest of the current opening period, at most four hours', () => {
    expect(firstWindow(queue([['09:00', '12:00']]), winter('2026-11-25T10:20:30'))).toEqual({ start: winter('2026-11-25T10:21'), end: winter('2026-11-25T12:00') });
    expect(firstWindow(queue([['08:00', '20:00']]), winter('2026-11-25T09:00'))).toEqual({ start: winter('2026-11-25T09:00'), end: winter('2026-11-25T13:00') });
  });

  it('moves to the next period when less than half an hour of this one is left, and past a weekend', () => {
    const hours = queue([['09:00', '12:00'], ['13:00', '16:00']]);
    expect(firstWindow(hours, winter('2026-11-25T11:45'))).toEqual({ start: winter('2026-11-25T13:00'), end: winter('2026-11-25T16:00') });
    expect(firstWindow(hours, winter('2026-11-27T15:50'))).toEqual({ start: winter('2026-11-30T09:00'), end: winter('2026-11-30T12:00') });
  });

  it('is none while the queue is switched off or never opens', () => {
    expect(firstWindow(queue([['09:00', '16:00']], { active: false }), winter('2026-11-25T10:00'))).toBeNull();
    expect(firstWindow(queue([]), winter('2026-11-25T10:00'))).toBeNull();
  });
});
