import { describe, expect, it } from 'vitest';
import { createClockOffset } from './clock-offset.js';

describe('the server clock offset', () => {
  it('takes the largest recent sample: a message is stamped before it travels', () => {
    const c = createClockOffset();
    const local = Date.parse('2026-11-25T09:00:10.000Z');
    // Server 2 s ahead; the messages took 300 ms and 20 ms to arrive.
    expect(c.sample('2026-11-25T09:00:11.700Z', local)).toBe(1700);
    expect(c.sample('2026-11-25T09:00:12.980Z', local + 1000)).toBe(1980);
    expect(c.sample('2026-11-25T09:00:13.500Z', local + 2000)).toBe(1980);
  });

  it('forgets samples older than five minutes, so a corrected clock is followed', () => {
    const c = createClockOffset();
    const local = Date.parse('2026-11-25T09:00:00.000Z');
    c.sample('2026-11-25T09:00:05.000Z', local);
    expect(c.sample('2026-11-25T09:06:00.000Z', local + 6 * 60_000)).toBe(0);
  });

  it('ignores a stamp it cannot read', () => {
    const c = createClockOffset();
    expect(c.sample('not a time', 0)).toBe(0);
  });
});
