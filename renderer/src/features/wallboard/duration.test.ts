import { describe, expect, it } from 'vitest';
import { formatDuration, thresholdParts } from './duration';

describe('formatDuration', () => {
  it.each<[number, string]>([
    [0, '0:00'],
    [5, '0:05'],
    [59.9, '0:59'],
    [60, '1:00'],
    [725, '12:05'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36_000 + 61, '10:01:01'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('never shows a negative or broken time', () => {
    expect(formatDuration(-3)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('0:00');
  });
});

describe('thresholdParts', () => {
  it('uses the largest whole unit', () => {
    expect(thresholdParts(60)).toEqual({ value: 1, unit: 'minutes' });
    expect(thresholdParts(120)).toEqual({ value: 2, unit: 'minutes' });
    expect(thresholdParts(900)).toEqual({ value: 15, unit: 'minutes' });
    expect(thresholdParts(86_400)).toEqual({ value: 1, unit: 'days' });
    expect(thresholdParts(172_800)).toEqual({ value: 2, unit: 'days' });
    expect(thresholdParts(7200)).toEqual({ value: 2, unit: 'hours' });
  });

  it('keeps seconds when no larger unit divides evenly', () => {
    expect(thresholdParts(45)).toEqual({ value: 45, unit: 'seconds' });
    expect(thresholdParts(90)).toEqual({ value: 90, unit: 'seconds' });
    expect(thresholdParts(0)).toEqual({ value: 0, unit: 'seconds' });
  });
});
