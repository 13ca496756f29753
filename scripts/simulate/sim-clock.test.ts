// Simulated time: speed, the working day replayed day after day, and where
// a run starts by default (Stockholm wall time, summer and winter).
import { describe, expect, it } from 'vitest';
import { defaultStartMinute, formatMinute, parseMinute, SimClock, stockholmDate, stockholmMinute } from './sim-clock.js';

const MIN = 60_000;

describe('the simulated clock', () => {
  it('runs `speed` times faster than real time', () => {
    const clock = new SimClock(1_000_000, 30, 9 * 60);
    expect(clock.simElapsedMs(1_000_000 + 1000)).toBe(30_000);
    expect(clock.realAt(30_000)).toBe(1_001_000);
    expect(clock.simElapsedMs(999_000)).toBe(0);
    expect(clock.label(clock.simElapsedMs(1_000_000 + 2 * MIN))).toBe('10:00');
  });

  it('starts the next working day at 08:00 when the simulated one reaches 17:00', () => {
    const clock = new SimClock(0, 1, 16 * 60 + 30);
    expect(clock.label(0)).toBe('16:30');
    expect(clock.dayNumber(0)).toBe(0);
    expect(clock.label(29 * MIN)).toBe('16:59');
    expect(clock.label(30 * MIN)).toBe('08:00');
    expect(clock.dayNumber(30 * MIN)).toBe(1);
    expect(clock.label((30 + 9 * 60) * MIN)).toBe('08:00');
    expect(clock.dayNumber((30 + 9 * 60) * MIN)).toBe(2);
  });

  it('refuses a speed that is not positive', () => {
    expect(() => new SimClock(0, 0, 540)).toThrow();
    expect(() => new SimClock(0, -2, 540)).toThrow();
  });

  it('starts at the Stockholm time inside the working day, otherwise at 09:00', () => {
    expect(defaultStartMinute(new Date('2026-11-25T09:30:00Z'))).toBe(10 * 60 + 30); // winter, UTC+1
    expect(defaultStartMinute(new Date('2026-06-10T08:30:00Z'))).toBe(10 * 60 + 30); // summer, UTC+2
    expect(defaultStartMinute(new Date('2026-11-25T19:00:00Z'))).toBe(9 * 60);
    expect(defaultStartMinute(new Date('2026-11-25T06:59:00Z'))).toBe(9 * 60);
    expect(defaultStartMinute(new Date('2026-11-25T07:00:00Z'))).toBe(8 * 60);
  });

  it('knows the Stockholm date across midnight UTC', () => {
    expect(stockholmDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(stockholmDate(new Date('2026-11-30T22:30:00Z'))).toBe('2026-11-30');
    expect(stockholmMinute(new Date('2026-11-30T23:30:00Z'))).toBe(30);
  });

  it('reads and writes HH:MM', () => {
    expect(parseMinute('09:05')).toBe(545);
    expect(parseMinute('9:05')).toBe(545);
    for (const bad of ['24:00', '12:60', 'noon', '', '12']) expect(parseMinute(bad)).toBeNull();
    expect(formatMinute(545.9)).toBe('09:05');
  });
});
