import { describe, expect, it } from 'vitest';
import { displayPercent, serviceLevelOf, serviceLevelState } from './service-level';

describe('serviceLevelState', () => {
  it.each<[number | null, number, string]>([
    [80, 80, 'met'],
    [100, 80, 'met'],
    [79.9, 80, 'below'],
    [70, 80, 'below'],
    [69.9, 80, 'far_below'],
    [0, 80, 'far_below'],
    [null, 80, 'none'],
    [0, 0, 'met'],
  ])('%s %% against %s %% → %s', (level, target, state) => {
    expect(serviceLevelState(level, target)).toBe(state);
  });

  it('has no level to judge for a missing or broken value', () => {
    expect(serviceLevelState(undefined, 80)).toBe('none');
    expect(serviceLevelState(Number.NaN, 80)).toBe('none');
  });
});

describe('serviceLevelOf', () => {
  it('divides answered in time by answered plus abandoned after the threshold', () => {
    expect(serviceLevelOf({ answered: 10, answeredWithinSla: 8, abandonedAfterSla: 0 })).toBe(80);
    expect(serviceLevelOf({ answered: 3, answeredWithinSla: 3, abandonedAfterSla: 1 })).toBe(75);
    expect(serviceLevelOf({ answered: 0, answeredWithinSla: 0, abandonedAfterSla: 2 })).toBe(0);
  });

  it('is null when nothing counts (quick abandons do not)', () => {
    expect(serviceLevelOf({ answered: 0, answeredWithinSla: 0, abandonedAfterSla: 0 })).toBeNull();
  });

  it('shows whole percent rounded down, so a level under target never reads as the target', () => {
    expect(displayPercent(66.666)).toBe(66);
    expect(displayPercent(79.6)).toBe(79);
    expect(serviceLevelState(79.6, 80)).toBe('below');
    expect(displayPercent(80)).toBe(80);
    expect(displayPercent((100 * 7) / 7)).toBe(100);
  });
});
