// Patience, handling times, rings and breaks: the right means, the right
// channels, and real durations scaled by --speed.
import { describe, expect, it } from 'vitest';
import {
  BREAK_CHANCE, drawBreak, drawHandle, drawPatience, drawRing, drawWrapUp, HANDLE_MEAN_SECONDS, PATIENCE_MEAN_SECONDS, realMs, RING_SECONDS,
  WRAP_UP_MEAN_SECONDS,
} from './draws.js';
import { createRng } from './random.js';

const N = 40_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('draws', () => {
  it('gives callers and chatters exponential patience with the stated means, and written contacts none', () => {
    const rng = createRng('patience');
    for (const channel of ['phone', 'chat'] as const) {
      const xs = Array.from({ length: N }, () => drawPatience(rng, channel)!);
      expect(mean(xs) / PATIENCE_MEAN_SECONDS[channel]!).toBeCloseTo(1, 1);
      // Exponential: the median is ln 2 of the mean.
      expect(median(xs) / PATIENCE_MEAN_SECONDS[channel]!).toBeCloseTo(Math.LN2, 1);
      expect(xs.every((x) => x >= 0)).toBe(true);
    }
    expect(PATIENCE_MEAN_SECONDS.chat!).toBeGreaterThan(PATIENCE_MEAN_SECONDS.phone!);
    for (const channel of ['email', 'callback', 'forum', 'social'] as const) expect(drawPatience(rng, channel)).toBeNull();
  });

  it('draws skewed (lognormal) handling times with the stated means: phone ~6, chat ~8, e-mail ~10 minutes', () => {
    expect(HANDLE_MEAN_SECONDS.phone).toBe(360);
    expect(HANDLE_MEAN_SECONDS.chat).toBe(480);
    expect(HANDLE_MEAN_SECONDS.email).toBe(600);
    const rng = createRng('handle');
    for (const channel of ['phone', 'chat', 'email'] as const) {
      const xs = Array.from({ length: N }, () => drawHandle(rng, channel));
      expect(mean(xs) / HANDLE_MEAN_SECONDS[channel]).toBeGreaterThan(0.97);
      expect(mean(xs) / HANDLE_MEAN_SECONDS[channel]).toBeLessThan(1.03);
      expect(median(xs)).toBeLessThan(mean(xs)); // a long tail of long calls
      expect(Math.min(...xs)).toBeGreaterThan(0);
    }
    const wrap = Array.from({ length: N }, () => drawWrapUp(rng, 'phone'));
    expect(mean(wrap) / WRAP_UP_MEAN_SECONDS.phone).toBeCloseTo(1, 1);
  });

  it('rings within its bounds and breaks now and then', () => {
    const rng = createRng('ring');
    const rings = Array.from({ length: N }, () => drawRing(rng));
    expect(Math.min(...rings)).toBeGreaterThanOrEqual(RING_SECONDS[0]);
    expect(Math.max(...rings)).toBeLessThan(RING_SECONDS[1]);
    const breaks = Array.from({ length: N }, () => drawBreak(rng)).filter((b) => b !== null);
    expect(breaks.length / N).toBeGreaterThan(BREAK_CHANCE * 0.9);
    expect(breaks.length / N).toBeLessThan(BREAK_CHANCE * 1.1);
    expect(new Set(breaks.map((b) => b.reason))).toEqual(new Set(['break', 'admin', 'meeting', 'training']));
    expect(breaks.every((b) => b.seconds > 0)).toBe(true);
  });

  it('scales simulated seconds to real milliseconds by the speed', () => {
    expect(realMs(360, 1)).toBe(360_000);
    expect(realMs(360, 30)).toBe(12_000);
    expect(realMs(3, 0.5)).toBe(6_000);
  });

  it('repeats itself for the same seed', () => {
    const a = createRng('same');
    const b = createRng('same');
    const c = createRng('same', 'other stream');
    const draw = (r: typeof a) => [drawPatience(r, 'phone'), drawHandle(r, 'chat'), drawRing(r)];
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });
});
