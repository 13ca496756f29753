import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay } from './backoff.js';

describe('backoff', () => {
  it('doubles from one second, with jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 0.999999))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceeds the cap and never retries at once', () => {
    for (const n of [6, 10, 100, 10_000]) {
      expect(backoffDelay(n, 0.999999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
      expect(backoffDelay(n, 0)).toBe(BACKOFF_CAP_MS / 2);
    }
    expect(backoffDelay(0, 0)).toBeGreaterThan(0);
  });
});
