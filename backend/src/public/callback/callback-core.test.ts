import { describe, expect, it } from 'vitest';
import { clock, dayLabel, failureOf } from './callback-core.js';

describe('the callback page\'s reading of a refused booking', () => {
  it('points at the field the server named', () => {
    expect(failureOf(400, { code: 'validation_failed', errors: [{ path: '/phone' }] })).toBe('phone');
    expect(failureOf(400, { code: 'validation_failed', errors: [{ path: '/windowStart' }] })).toBe('time');
    expect(failureOf(409, { code: 'queue_closed' })).toBe('time');
    expect(failureOf(409, { code: 'conflict' })).toBe('conflict');
    expect(failureOf(429, {})).toBe('rate');
  });

  it('calls anything else a failure, whatever the body', () => {
    expect(failureOf(500, null)).toBe('other');
    expect(failureOf(400, 'nonsense')).toBe('other');
    expect(failureOf(400, { errors: 'x' })).toBe('other');
  });
});

describe('days and times on the callback page', () => {
  it('reads in Stockholm time in the page\'s language', () => {
    expect(dayLabel('2026-11-25T10:00:00.000Z', 'sv')).toBe('onsdag 25 november');
    expect(dayLabel('2026-11-25T10:00:00.000Z', 'en')).toBe('Wednesday 25 November');
    expect(clock('2026-11-25T10:00:00.000Z', 'sv')).toBe('11:00');
  });
});
