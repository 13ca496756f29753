import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MIN_ABANDONED,
  MIN_HANDLE_SAMPLES,
  estimateWait,
  fitHandleTime,
  fitPatience,
  gammaBand,
  waitMoments,
  type QueueSnapshot,
} from './wait-estimate.js';

// A phone queue: 20 advisers, all busy, 5-minute calls, 3-minute patience.
const phone: QueueSnapshot = { ahead: 0, servers: 20, idle: 0, meanHandleSeconds: 300, meanPatienceSeconds: 180 };
const withAhead = (ahead: number, over: Partial<QueueSnapshot> = {}): QueueSnapshot => ({ ...phone, ahead, ...over });
const mean = (s: QueueSnapshot) => waitMoments(s)?.mean ?? NaN;

describe('waitMoments / estimateWait: known values', () => {
  it('all busy and nobody ahead: one service completion away, 1/(sμ)', () => {
    expect(mean(phone)).toBeCloseTo(300 / 20, 10);
    expect(estimateWait(phone)?.seconds).toBe(15);
  });

  it('nobody gives up: n + 1 completions away, (n+1)/(sμ)', () => {
    const s = withAhead(9, { meanPatienceSeconds: Infinity });
    expect(mean(s)).toBeCloseTo((10 * 300) / 20, 10);
    // The variance of n+1 equal exponential phases: (n+1)/(sμ)².
    expect(waitMoments(s)?.variance).toBeCloseTo(10 * 15 * 15, 8);
    expect(estimateWait(s)?.seconds).toBe(150);
  });

  it('with abandonment: the sum of 1/(sμ + iθ) over i = 0…n', () => {
    const sMu = 20 / 300;
    const theta = 1 / 180;
    const expected = 1 / sMu + 1 / (sMu + theta) + 1 / (sMu + 2 * theta);
    expect(mean(withAhead(2))).toBeCloseTo(expected, 10);
    expect(waitMoments(withAhead(2))?.variance).toBeCloseTo(1 / sMu ** 2 + 1 / (sMu + theta) ** 2 + 1 / (sMu + 2 * theta) ** 2, 8);
  });

  it('abandonment shortens the wait, more so the more impatient', () => {
    const patient = mean(withAhead(30, { meanPatienceSeconds: Infinity }));
    const threeMinutes = mean(withAhead(30));
    const oneMinute = mean(withAhead(30, { meanPatienceSeconds: 60 }));
    expect(threeMinutes).toBeLessThan(patient);
    expect(oneMinute).toBeLessThan(threeMinutes);
  });

  it('grows with the number ahead and shrinks with more advisers', () => {
    expect(mean(withAhead(5))).toBeGreaterThan(mean(withAhead(4)));
    expect(mean(withAhead(5, { servers: 25 }))).toBeLessThan(mean(withAhead(5)));
  });

  it('an idle adviser and nobody ahead: no wait', () => {
    expect(estimateWait({ ...phone, idle: 1 })).toEqual({ seconds: 0, low: 0, high: 0 });
  });

  it('idle advisers about to pick up people ahead: only those left over count', () => {
    expect(estimateWait(withAhead(3, { idle: 4 }))).toEqual({ seconds: 0, low: 0, high: 0 });
    // As many idle as ahead: they take all of them, and the arrival is first in line with everyone busy.
    expect(estimateWait(withAhead(3, { idle: 3 }))).toEqual(estimateWait(phone));
    expect(mean(withAhead(5, { idle: 2 }))).toBeCloseTo(mean(withAhead(3)), 10);
  });

  it('nobody staffed: unknown (null), not infinity', () => {
    expect(estimateWait({ ...phone, servers: 0, ahead: 4 })).toBeNull();
    expect(waitMoments({ ...phone, servers: 0 })).toBeNull();
  });
});

describe('the band', () => {
  it('contains the estimate and starts at 0 or above', () => {
    for (const ahead of [0, 1, 5, 40, 400]) {
      const e = estimateWait(withAhead(ahead));
      expect(e).not.toBeNull();
      if (!e) continue;
      expect(e.low).toBeGreaterThanOrEqual(0);
      expect(e.low).toBeLessThan(e.seconds);
      expect(e.high).toBeGreaterThan(e.seconds);
    }
  });

  it('for a single exponential phase, is close to its exact 10th and 90th percentiles', () => {
    // n = 0: the wait is exponential with mean 15 s.
    const band = gammaBand({ mean: 15, variance: 225 });
    expect(band.low).toBeGreaterThan(0.9 * -15 * Math.log(0.9));
    expect(band.low).toBeLessThan(1.1 * -15 * Math.log(0.9));
    expect(band.high).toBeGreaterThan(0.97 * -15 * Math.log(0.1));
    expect(band.high).toBeLessThan(1.03 * -15 * Math.log(0.1));
  });

  it('narrows relative to the mean as the queue grows (more phases average out)', () => {
    const relativeWidth = (ahead: number) => {
      const e = estimateWait(withAhead(ahead, { meanPatienceSeconds: Infinity }));
      return e ? (e.high - e.low) / e.seconds : NaN;
    };
    expect(relativeWidth(50)).toBeLessThan(relativeWidth(5));
    expect(relativeWidth(5)).toBeLessThan(relativeWidth(0));
  });
});

describe('input validation', () => {
  const bad: Array<[string, Partial<QueueSnapshot>, RegExp]> = [
    ['negative ahead', { ahead: -1 }, /ahead must be a whole number ≥ 0, got -1/],
    ['fractional ahead', { ahead: 1.5 }, /ahead must be a whole number/],
    ['NaN servers', { servers: NaN }, /servers must be a whole number ≥ 0, got NaN/],
    ['negative idle', { idle: -2 }, /idle must be a whole number/],
    ['more idle than staffed', { idle: 21 }, /idle \(21\) cannot exceed servers \(20\)/],
    ['zero handling time', { meanHandleSeconds: 0 }, /meanHandleSeconds must be a finite number > 0, got 0/],
    ['negative handling time', { meanHandleSeconds: -300 }, /meanHandleSeconds must be a finite number > 0/],
    ['infinite handling time', { meanHandleSeconds: Infinity }, /meanHandleSeconds must be a finite number > 0/],
    ['NaN patience', { meanPatienceSeconds: NaN }, /meanPatienceSeconds must be a number > 0, got NaN/],
    ['negative patience', { meanPatienceSeconds: -1 }, /meanPatienceSeconds must be a number > 0/],
  ];
  it.each(bad)('%s throws a RangeError', (_why, change, message) => {
    expect(() => estimateWait({ ...phone, ...change })).toThrow(RangeError);
    expect(() => estimateWait({ ...phone, ...change })).toThrow(message);
  });

  it('validates even when nobody is staffed (a bad count is a bug, not an unknown wait)', () => {
    expect(() => estimateWait({ ...phone, servers: 0, ahead: -1 })).toThrow(RangeError);
  });

  it('infinite patience is valid (nobody gives up)', () => {
    expect(estimateWait({ ...phone, meanPatienceSeconds: Infinity })?.seconds).toBe(15);
  });
});

describe('fitPatience', () => {
  it('is total waiting time of everyone ÷ abandonments (the exponential MLE)', () => {
    expect(fitPatience({ abandoned: 10, totalWaitSeconds: 3600 })).toBe(360);
    expect(fitPatience({ abandoned: 10, totalWaitSeconds: 3600 }, 60)).toBe(360);
  });

  it('is Infinity when nobody abandoned and there is no prior', () => {
    expect(fitPatience({ abandoned: 0, totalWaitSeconds: 5000 })).toBe(Infinity);
    expect(fitPatience({ abandoned: 0, totalWaitSeconds: 0 })).toBe(Infinity);
  });

  it('tops a small sample up to MIN_ABANDONED with imaginary abandonments at the prior', () => {
    expect(MIN_ABANDONED).toBe(5);
    // 2 real (600 s of waiting) + 3 imaginary at 200 s each = 1200 s over 5.
    expect(fitPatience({ abandoned: 2, totalWaitSeconds: 600 }, 200)).toBe(240);
    // Nobody abandoned yet: the waiting seen so far still counts as exposure.
    expect(fitPatience({ abandoned: 0, totalWaitSeconds: 0 }, 200)).toBe(200);
    expect(fitPatience({ abandoned: 0, totalWaitSeconds: 1000 }, 200)).toBe(400);
  });

  it('an infinite prior (a queue where nobody is expected to give up) stays infinite until five have', () => {
    expect(fitPatience({ abandoned: 2, totalWaitSeconds: 600 }, Infinity)).toBe(Infinity);
    expect(fitPatience({ abandoned: 5, totalWaitSeconds: 600 }, Infinity)).toBe(120);
  });

  it('does not jump where the prior stops counting', () => {
    const justBelow = fitPatience({ abandoned: 4, totalWaitSeconds: 800 }, 200);
    const at = fitPatience({ abandoned: 5, totalWaitSeconds: 1000 }, 200);
    expect(justBelow).toBe(at);
  });

  it('is floored at one second (a zero would mean infinitely impatient)', () => {
    expect(fitPatience({ abandoned: 3, totalWaitSeconds: 0 })).toBe(1);
  });

  it.each<[string, () => number, RegExp]>([
    ['negative abandonments', () => fitPatience({ abandoned: -1, totalWaitSeconds: 10 }), /abandoned must be a whole number ≥ 0, got -1/],
    ['NaN abandonments', () => fitPatience({ abandoned: NaN, totalWaitSeconds: 10 }), /abandoned must be a whole number/],
    ['negative waiting time', () => fitPatience({ abandoned: 1, totalWaitSeconds: -5 }), /totalWaitSeconds must be a finite number ≥ 0, got -5/],
    ['NaN waiting time', () => fitPatience({ abandoned: 1, totalWaitSeconds: NaN }), /totalWaitSeconds must be a finite number ≥ 0, got NaN/],
    ['negative prior', () => fitPatience({ abandoned: 1, totalWaitSeconds: 5 }, -1), /priorSeconds must be a number > 0/],
  ])('%s throws a RangeError', (_why, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('fitHandleTime', () => {
  const many = (n: number, value: number) => Array.from({ length: n }, () => value);

  it('is the plain mean of a full window with no outliers', () => {
    const samples = [...many(10, 200), ...many(10, 400)];
    expect(fitHandleTime(samples, 9999)).toBe(300);
  });

  it('is the prior when the window is empty, and blends with it when samples are few', () => {
    expect(MIN_HANDLE_SAMPLES).toBe(10);
    expect(fitHandleTime([], 480)).toBe(480);
    // 2 samples of 300 + 8 imaginary at 480.
    expect(fitHandleTime([300, 300], 480)).toBeCloseTo((2 * 300 + 8 * 480) / 10, 10);
  });

  it('caps an outlier (a chat left open overnight) at ten medians instead of averaging it in', () => {
    const samples = [...many(19, 300), 12 * 3600];
    expect(fitHandleTime(samples, 300)).toBeCloseTo((19 * 300 + 3000) / 20, 10);
    // A long but plausible call is kept as it is.
    expect(fitHandleTime([...many(19, 300), 2400], 300)).toBeCloseTo((19 * 300 + 2400) / 20, 10);
  });

  it('does not depend on the order of the samples', () => {
    expect(fitHandleTime([100, 900, 300, 50, 5000, 250, 400, 120, 80, 60, 700], 300)).toBe(
      fitHandleTime([5000, 50, 60, 80, 100, 120, 250, 300, 400, 700, 900], 300),
    );
  });

  it.each<[string, () => number, RegExp]>([
    ['a negative sample', () => fitHandleTime([300, -1], 300), /samplesSeconds\[1\] must be a finite number ≥ 0, got -1/],
    ['a NaN sample', () => fitHandleTime([NaN], 300), /samplesSeconds\[0\] must be a finite number ≥ 0, got NaN/],
    ['an infinite sample', () => fitHandleTime([Infinity], 300), /samplesSeconds\[0\]/],
    ['a zero prior', () => fitHandleTime([300], 0), /priorSeconds must be a finite number > 0, got 0/],
    ['a NaN prior', () => fitHandleTime([300], NaN), /priorSeconds must be a finite number > 0, got NaN/],
  ])('%s throws a RangeError', (_why, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('properties over random queues', () => {
  const snapshot = fc.record({
    ahead: fc.integer({ min: 0, max: 500 }),
    servers: fc.integer({ min: 1, max: 200 }),
    meanHandleSeconds: fc.double({ min: 10, max: 3600, noNaN: true }),
    meanPatienceSeconds: fc.oneof(fc.constant(Infinity), fc.double({ min: 5, max: 7200, noNaN: true })),
  });
  const busy = (s: Omit<QueueSnapshot, 'idle'>): QueueSnapshot => ({ ...s, idle: 0 });

  it('one more contact ahead never shortens the wait', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(mean(busy({ ...s, ahead: s.ahead + 1 }))).toBeGreaterThan(mean(busy(s)));
      }),
    );
  });

  it('one more adviser never lengthens it', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(mean(busy({ ...s, servers: s.servers + 1 }))).toBeLessThan(mean(busy(s)));
      }),
    );
  });

  it('lies between the wait of a never-abandoning queue and that of a single phase', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const m = mean(busy(s));
        const onePhase = s.meanHandleSeconds / s.servers;
        expect(m).toBeGreaterThanOrEqual(onePhase * (1 - 1e-12));
        expect(m).toBeLessThanOrEqual((s.ahead + 1) * onePhase * (1 + 1e-12));
      }),
    );
  });

  it('the band holds the estimate, low ≥ 0, all whole seconds', () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const e = estimateWait(busy(s));
        expect(e).not.toBeNull();
        if (!e) return;
        for (const v of [e.seconds, e.low, e.high]) expect(Number.isInteger(v)).toBe(true);
        expect(e.low).toBeGreaterThanOrEqual(0);
        expect(e.low).toBeLessThanOrEqual(e.seconds);
        expect(e.seconds).toBeLessThanOrEqual(e.high);
      }),
    );
  });

  it('fitted patience lies between the prior and the data alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (abandoned, totalWaitSeconds, prior) => {
          const fitted = fitPatience({ abandoned, totalWaitSeconds }, prior);
          const dataAlone = Math.max(1, totalWaitSeconds / abandoned);
          expect(fitted).toBeGreaterThanOrEqual(Math.min(prior, dataAlone) * (1 - 1e-12));
          expect(fitted).toBeLessThanOrEqual(Math.max(prior, dataAlone) * (1 + 1e-12));
        },
      ),
    );
  });
});
