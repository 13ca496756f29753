// Credentials are renewed before they expire (never in a burst), and a lost
// platform is retried with growing, jittered delays.
import { describe, expect, it } from 'vitest';
import { renewDelayMs, retryDelayMs } from './line-timing';

const now = Date.parse('2026-11-30T10:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('renewDelayMs', () => {
  it('renews long-lived credentials a minute before they expire', () => {
    expect(renewDelayMs(at(3_600_000), now)).toBe(3_540_000);
  });
  it('renews short-lived credentials at two thirds of their life', () => {
    expect(renewDelayMs(at(90_000), now)).toBe(60_000);
  });
  it('waits at least five seconds, even for credentials already expired or unreadable', () => {
    expect(renewDelayMs(at(-10_000), now)).toBe(5_000);
    expect(renewDelayMs('not a date', now)).toBe(5_000);
  });
});

describe('retryDelayMs', () => {
  it('doubles from one second to at most thirty', () => {
    const top = (attempt: number) => retryDelayMs(attempt, 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 10].map(top)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
  it('spreads workstations over half to all of the delay', () => {
    expect(retryDelayMs(3, 0)).toBe(2_000);
    expect(retryDelayMs(3, 0.5)).toBe(3_000);
  });
});
