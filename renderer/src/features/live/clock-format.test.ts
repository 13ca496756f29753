import { describe, expect, it } from 'vitest';
import { formatClock, secondsSince, timeLeft, urgencyOf } from './clock-format';
import { secondsUntil } from './live-hooks';

describe('formatClock', () => {
  it.each<[number, string]>([
    [0, '00:00'],
    [7, '00:07'],
    [59, '00:59'],
    [60, '01:00'],
    [192, '03:12'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3 * 3600 + 61, '3:01:01'],
    [12.9, '00:12'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  it('shows nonsense as zero rather than "NaN:NaN" or a negative time', () => {
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(Number.NaN)).toBe('00:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('00:00');
  });
});

describe('secondsSince and secondsUntil on the server clock', () => {
  const now = Date.parse('2026-11-25T09:00:30Z');

  it('counts whole seconds since a moment', () => {
    expect(secondsSince('2026-11-25T09:00:00Z', now)).toBe(30);
    expect(secondsSince('2026-11-25T09:00:29.400Z', now)).toBe(0);
  });

  it('never goes negative when the moment is still ahead (clock skew)', () => {
    expect(secondsSince('2026-11-25T09:01:00Z', now)).toBe(0);
  });

  it('treats a missing or unreadable time as zero', () => {
    expect(secondsSince(null, now)).toBe(0);
    expect(secondsSince('not a time', now)).toBe(0);
  });

  it('rounds the time left up, so "1 s left" shows until the very end', () => {
    expect(secondsUntil('2026-11-25T09:00:50Z', now)).toBe(20);
    expect(secondsUntil('2026-11-25T09:00:30.200Z', now)).toBe(1);
    expect(secondsUntil('2026-11-25T09:00:00Z', now)).toBe(0);
    expect(secondsUntil(null, now)).toBe(0);
  });
});

describe('urgencyOf', () => {
  it('is calm, then soon in the last ten seconds, then now in the last five', () => {
    expect(urgencyOf(30)).toBe('calm');
    expect(urgencyOf(11)).toBe('calm');
    expect(urgencyOf(10)).toBe('soon');
    expect(urgencyOf(6)).toBe('soon');
    expect(urgencyOf(5)).toBe('now');
    expect(urgencyOf(0)).toBe('now');
  });
});

describe('timeLeft', () => {
  const start = '2026-11-25T09:00:00.000Z';
  const end = '2026-11-25T09:02:00.000Z';

  it('counts down from the full length to zero', () => {
    expect(timeLeft(start, end, Date.parse(start))).toEqual({ left: 120, total: 120 });
    expect(timeLeft(start, end, Date.parse('2026-11-25T09:01:30.000Z'))).toEqual({ left: 30, total: 120 });
    expect(timeLeft(start, end, Date.parse('2026-11-25T09:03:00.000Z'))).toEqual({ left: 0, total: 120 });
  });

  it('never shows more than the full length when the workstation’s idea of server time lags behind', () => {
    expect(timeLeft(start, end, Date.parse('2026-11-25T08:59:59.200Z'))).toEqual({ left: 120, total: 120 });
  });

  it('uses the time left as the length when the start is unknown, and zero without an end', () => {
    expect(timeLeft(null, end, Date.parse('2026-11-25T09:01:00.000Z'))).toEqual({ left: 60, total: 60 });
    expect(timeLeft(start, null, Date.parse(start))).toEqual({ left: 0, total: 0 });
  });
});
