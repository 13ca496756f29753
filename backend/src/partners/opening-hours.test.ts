import { describe, expect, it } from 'vitest';
import { isOpenAt, nextOpening, openingHoursIssues, parseOpeningHours, type OpeningHours } from './opening-hours.js';
import { instantsAt } from './stockholm-time.js';

const office = [['08:00', '12:00'], ['13:00', '16:00']] as Array<[string, string]>;

// Weekdays with a lunch break, closed at weekends; Christmas Eve closed, New
// Year's Eve short, and two made-up night openings on the DST change Sundays.
const hours: OpeningHours = {
  weekly: { mon: office, tue: office, wed: office, thu: office, fri: [['08:00', '15:00']], sat: [], sun: [] },
  exceptions: [
    { date: '2026-12-24', hours: [], note: 'Julafton' },
    { date: '2026-12-31', hours: [['10:00', '13:00']], note: 'Nyårsafton' },
    { date: '2026-03-29', hours: [['02:30', '05:00']], note: 'DST starts 02:00 → 03:00' },
    { date: '2026-10-25', hours: [['02:30', '03:30']], note: 'DST ends 03:00 → 02:00' },
  ],
};

describe('isOpenAt (Europe/Stockholm)', () => {
  // [why, instant (UTC), open?]
  const cases: Array<[string, string, boolean]> = [
    ['Wednesday 10:00 CET', '2026-11-25T09:00:00Z', true],
    ['Wednesday 07:59 CET, before opening', '2026-11-25T06:59:00Z', false],
    ['Wednesday 08:00 CET, the opening minute', '2026-11-25T07:00:00Z', true],
    ['Wednesday 12:30 CET, lunch break', '2026-11-25T11:30:00Z', false],
    ['Wednesday 12:00 CET, closing is exclusive', '2026-11-25T11:00:00Z', false],
    ['Wednesday 13:00 CET, after lunch', '2026-11-25T12:00:00Z', true],
    ['Wednesday 16:00 CET, closed', '2026-11-25T15:00:00Z', false],
    ['Friday 14:30 CET, one long period', '2026-11-27T13:30:00Z', true],
    ['Saturday noon', '2026-11-28T11:00:00Z', false],
    ['Sunday noon', '2026-11-29T11:00:00Z', false],
    ['Christmas Eve (a Thursday) 10:00 CET, exception closed', '2026-12-24T09:00:00Z', false],
    ['New Year’s Eve 11:00 CET, exception hours', '2026-12-31T10:00:00Z', true],
    ['New Year’s Eve 14:00 CET, open on a normal Thursday but not today', '2026-12-31T13:00:00Z', false],
    ['Wednesday 10:00 CEST (summer, UTC+2)', '2026-06-17T08:00:00Z', true],
    ['Wednesday 07:30 CEST, before opening in summer time', '2026-06-17T05:30:00Z', false],
    ['Wednesday 08:30 CEST, open (would be 07:30 by winter offset)', '2026-06-17T06:30:00Z', true],
    ['Friday before spring DST, 07:30 CET', '2026-03-27T06:30:00Z', false],
    ['Monday after spring DST, 08:30 CEST', '2026-03-30T06:30:00Z', true],
    ['Spring DST Sunday 01:45 CET, before the gap', '2026-03-29T00:45:00Z', false],
    ['Spring DST Sunday 03:00 CEST, right after the gap', '2026-03-29T01:00:00Z', true],
    ['Friday before autumn DST, 08:30 CEST', '2026-10-23T06:30:00Z', true],
    ['Monday after autumn DST, 07:30 CET', '2026-10-26T06:30:00Z', false],
    ['Monday after autumn DST, 08:30 CET', '2026-10-26T07:30:00Z', true],
    ['Autumn DST Sunday 02:45 CEST, first pass', '2026-10-25T00:45:00Z', true],
    ['Autumn DST Sunday 02:15 CET, second pass', '2026-10-25T01:15:00Z', false],
    ['Autumn DST Sunday 02:45 CET, second pass', '2026-10-25T01:45:00Z', true],
    ['Autumn DST Sunday 03:15 CET, still inside the exception', '2026-10-25T02:15:00Z', true],
    ['Autumn DST Sunday 03:45 CET, after the exception', '2026-10-25T02:45:00Z', false],
  ];
  it.each(cases)('%s (%s) → %s', (_why, at, open) => {
    expect(isOpenAt(hours, new Date(at))).toBe(open);
  });
});

describe('nextOpening (Europe/Stockholm)', () => {
  // [why, from (UTC), next opening (UTC) or null]
  const cases: Array<[string, string, string | null]> = [
    ['early Wednesday → 08:00 CET', '2026-11-25T05:00:00Z', '2026-11-25T07:00:00Z'],
    ['during lunch → 13:00 CET', '2026-11-25T11:15:00Z', '2026-11-25T12:00:00Z'],
    ['while open in the morning → after lunch', '2026-11-25T09:00:00Z', '2026-11-25T12:00:00Z'],
    ['exactly at opening → the next period, not this one', '2026-11-25T07:00:00Z', '2026-11-25T12:00:00Z'],
    ['Friday evening → Monday 08:00 CET', '2026-11-27T17:00:00Z', '2026-11-30T07:00:00Z'],
    ['Sunday → Monday 08:00 CET', '2026-11-29T11:00:00Z', '2026-11-30T07:00:00Z'],
    ['Wednesday 23 Dec evening → skips closed Christmas Eve → Friday 25th', '2026-12-23T16:00:00Z', '2026-12-25T07:00:00Z'],
    ['Wednesday 30 Dec evening → New Year’s Eve 10:00 CET', '2026-12-30T16:00:00Z', '2026-12-31T09:00:00Z'],
    ['Saturday before spring DST → Sunday night opening after the gap (03:00 CEST)', '2026-03-28T12:00:00Z', '2026-03-29T01:00:00Z'],
    ['Spring DST Sunday afternoon → Monday 08:00 CEST (06:00 UTC)', '2026-03-29T12:00:00Z', '2026-03-30T06:00:00Z'],
    ['Saturday before autumn DST → first 02:30 (CEST)', '2026-10-24T12:00:00Z', '2026-10-25T00:30:00Z'],
    ['Autumn DST Sunday 02:05 CET (second pass) → second 02:30 (CET)', '2026-10-25T01:05:00Z', '2026-10-25T01:30:00Z'],
    ['Autumn DST Sunday afternoon → Monday 08:00 CET (07:00 UTC)', '2026-10-25T12:00:00Z', '2026-10-26T07:00:00Z'],
  ];
  it.each(cases)('%s', (_why, from, expected) => {
    const next = nextOpening(hours, new Date(from));
    expect(next?.toISOString() ?? null).toBe(expected === null ? null : new Date(expected).toISOString());
  });

  it('is null for hours that never open', () => {
    const closed: OpeningHours = { weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, exceptions: [] };
    expect(nextOpening(closed, new Date('2026-11-25T09:00:00Z'))).toBeNull();
  });

  it('finds a far exception day when no weekly hours exist', () => {
    const closed: OpeningHours = {
      weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      exceptions: [{ date: '2027-06-01', hours: [['09:00', '10:00']] }],
    };
    expect(nextOpening(closed, new Date('2026-11-25T09:00:00Z'))?.toISOString()).toBe('2027-06-01T07:00:00.000Z');
  });

  it('treats a period running to 24:00 and one from 00:00 the next day as one', () => {
    const allDay: [string, string][] = [['00:00', '24:00']];
    const always: OpeningHours = { weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: [] }, exceptions: [] };
    // Wednesday noon: open without a break until Saturday 24:00, next opening Monday 00:00.
    expect(isOpenAt(always, new Date('2026-11-25T11:00:00Z'))).toBe(true);
    expect(nextOpening(always, new Date('2026-11-25T11:00:00Z'))?.toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });
});

describe('instantsAt', () => {
  it('gives one instant on an ordinary day, two in the repeated hour, the gap end in the skipped hour', () => {
    expect(instantsAt({ year: 2026, month: 11, day: 25 }, 10 * 60).map((t) => new Date(t).toISOString())).toEqual(['2026-11-25T09:00:00.000Z']);
    expect(instantsAt({ year: 2026, month: 10, day: 25 }, 2 * 60 + 30).map((t) => new Date(t).toISOString())).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:30:00.000Z',
    ]);
    expect(instantsAt({ year: 2026, month: 3, day: 29 }, 2 * 60 + 30).map((t) => new Date(t).toISOString())).toEqual(['2026-03-29T01:00:00.000Z']);
  });
});

describe('validation', () => {
  it('accepts well-formed hours and round-trips them through JSON', () => {
    expect(openingHoursIssues(hours)).toEqual([]);
    expect(parseOpeningHours(JSON.stringify(hours))).toEqual(hours);
  });

  const bad: Array<[string, unknown]> = [
    ['not JSON', 'nope{'],
    ['a missing weekday', { weekly: { mon: [] }, exceptions: [] }],
    ['an unknown weekday', { weekly: { ...hours.weekly, hol: [] }, exceptions: [] }],
    ['a malformed time', { weekly: { ...hours.weekly, mon: [['8:00', '12:00']] }, exceptions: [] }],
    ['a period of three times', { weekly: { ...hours.weekly, mon: [['08:00', '12:00', '13:00']] }, exceptions: [] }],
    ['a period of one time', { weekly: { ...hours.weekly, mon: [['08:00']] }, exceptions: [] }],
    ['25:00', { weekly: { ...hours.weekly, mon: [['08:00', '25:00']] }, exceptions: [] }],
    ['closing before opening', { weekly: { ...hours.weekly, mon: [['12:00', '08:00']] }, exceptions: [] }],
    ['overlapping periods', { weekly: { ...hours.weekly, mon: [['08:00', '12:00'], ['11:00', '13:00']] }, exceptions: [] }],
    ['periods out of order', { weekly: { ...hours.weekly, mon: [['13:00', '16:00'], ['08:00', '12:00']] }, exceptions: [] }],
    ['a non-existent date', { weekly: hours.weekly, exceptions: [{ date: '2026-02-30', hours: [] }] }],
    ['a repeated date', { weekly: hours.weekly, exceptions: [{ date: '2026-12-24', hours: [] }, { date: '2026-12-24', hours: [] }] }],
  ];
  it.each(bad)('rejects %s', (_why, value) => {
    expect(parseOpeningHours(typeof value === 'string' ? value : JSON.stringify(value))).toBeNull();
  });

  it('names the offending path', () => {
    const issues = openingHoursIssues({ ...hours, weekly: { ...hours.weekly, tue: [['09:00', '09:00']] } });
    expect(issues).toEqual([{ path: '/weekly/tue/0', message: 'must close after it opens' }]);
  });
});
