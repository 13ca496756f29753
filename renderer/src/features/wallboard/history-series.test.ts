import { describe, expect, it } from 'vitest';
import { historySeries, parseSelection, selectionValue, type HistorySelection } from './history-series';
import type { HistoryBucket, QueueHistory } from './types';

const T0 = Date.parse('2026-11-25T09:00:00.000Z');
const MIN = 60_000;

function bucket(i: number, b: Partial<HistoryBucket> = {}): HistoryBucket {
  return {
    start: new Date(T0 + i * 15 * MIN).toISOString(),
    arrived: 0, answered: 0, abandoned: 0, answeredWithinSla: 0, abandonedAfterSla: 0, meanWaitSeconds: null, maxWaiting: 0,
    ...b,
  };
}

const history: QueueHistory = {
  from: new Date(T0).toISOString(),
  to: new Date(T0 + 45 * MIN).toISOString(),
  bucketMinutes: 15,
  queues: [
    {
      queueId: 'phone-sv', channel: 'phone', language: 'sv',
      buckets: [
        bucket(0, { arrived: 4, answered: 3, answeredWithinSla: 3, maxWaiting: 2 }),
        bucket(1, { arrived: 6, answered: 4, answeredWithinSla: 2, abandoned: 2, abandonedAfterSla: 1, maxWaiting: 5 }),
        bucket(2),
      ],
    },
    {
      queueId: 'phone-en', channel: 'phone', language: 'en',
      buckets: [bucket(0, { arrived: 1, answered: 1, answeredWithinSla: 0, maxWaiting: 1 }), bucket(1), bucket(2, { arrived: 2, maxWaiting: 2 })],
    },
    {
      queueId: 'chat-sv', channel: 'chat', language: 'sv',
      buckets: [bucket(0, { arrived: 9, answered: 9, answeredWithinSla: 9, maxWaiting: 3 }), bucket(1), bucket(2)],
    },
  ],
};
const targets = new Map([['phone-sv', 80], ['phone-en', 70], ['chat-sv', 90]]);

describe('historySeries', () => {
  it('gives one queue its own buckets, in time order', () => {
    const s = historySeries(history, { kind: 'queue', queueId: 'phone-sv' }, targets);
    expect(s.starts).toEqual([T0, T0 + 15 * MIN, T0 + 30 * MIN]);
    expect(s.arrived).toEqual([4, 6, 0]);
    expect(s.answered).toEqual([3, 4, 0]);
    expect(s.abandoned).toEqual([0, 2, 0]);
    expect(s.maxWaiting).toEqual([2, 5, 0]);
    expect(s.targetPercent).toBe(80);
    expect(s.queueCount).toBe(1);
  });

  it('computes service level per bucket, null where nothing counted', () => {
    const s = historySeries(history, { kind: 'queue', queueId: 'phone-sv' }, targets);
    // bucket 1: 2 of (4 answered + 1 abandoned after the threshold)
    expect(s.serviceLevel).toEqual([100, 40, null]);
    expect(s.totals).toEqual({ arrived: 10, answered: 7, abandoned: 2, serviceLevel: (100 * 5) / 8 });
  });

  it('sums a channel over its languages and holds it to the strictest target', () => {
    const s = historySeries(history, { kind: 'channel', channel: 'phone' }, targets);
    expect(s.arrived).toEqual([5, 6, 2]);
    expect(s.maxWaiting).toEqual([3, 5, 2]);
    expect(s.serviceLevel[0]).toBe(75);
    expect(s.targetPercent).toBe(80);
    expect(s.queueCount).toBe(2);
  });

  it('sums every queue for "all"', () => {
    const s = historySeries(history, { kind: 'all' }, targets);
    expect(s.arrived).toEqual([14, 6, 2]);
    expect(s.totals.arrived).toBe(22);
    expect(s.targetPercent).toBe(90);
    expect(s.peakWaiting).toEqual({ value: 6, start: T0 });
  });

  it('finds the peak queue length, or none when nobody waited', () => {
    expect(historySeries(history, { kind: 'queue', queueId: 'phone-sv' }, targets).peakWaiting).toEqual({ value: 5, start: T0 + 15 * MIN });
    const quiet: QueueHistory = { ...history, queues: [{ queueId: 'email-sv', channel: 'email', language: 'sv', buckets: [bucket(0), bucket(1)] }] };
    expect(historySeries(quiet, { kind: 'all' }, targets).peakWaiting).toBeNull();
  });

  it('matches buckets by start time when the lists differ', () => {
    const ragged: QueueHistory = {
      ...history,
      queues: [
        { queueId: 'a', channel: 'email', language: 'sv', buckets: [bucket(1, { arrived: 1 }), bucket(2, { arrived: 1 })] },
        { queueId: 'b', channel: 'email', language: 'en', buckets: [bucket(0, { arrived: 2 }), bucket(2, { arrived: 3 })] },
      ],
    };
    const s = historySeries(ragged, { kind: 'channel', channel: 'email' }, targets);
    expect(s.starts).toEqual([T0, T0 + 15 * MIN, T0 + 30 * MIN]);
    expect(s.arrived).toEqual([2, 1, 4]);
  });

  it('is empty for a selection no queue matches, with no target', () => {
    const s = historySeries(history, { kind: 'queue', queueId: 'social-en' }, targets);
    expect(s.starts).toEqual([]);
    expect(s.totals).toEqual({ arrived: 0, answered: 0, abandoned: 0, serviceLevel: null });
    expect(s.targetPercent).toBeNull();
    expect(s.queueCount).toBe(0);
  });
});

describe('selection values', () => {
  it.each<HistorySelection>([{ kind: 'all' }, { kind: 'channel', channel: 'chat' }, { kind: 'queue', queueId: 'phone-sv' }])('round-trips %j', (s) => {
    expect(parseSelection(selectionValue(s))).toEqual(s);
  });

  it('falls back to all queues for anything else', () => {
    expect(parseSelection('')).toEqual({ kind: 'all' });
  });
});
