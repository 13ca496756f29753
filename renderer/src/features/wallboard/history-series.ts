// Turns GET /v1/wallboard/history (per queue, in buckets) into the series the
// charts draw and the table lists, for one queue, one channel (its languages
// summed) or all queues.
import type { Channel } from '../../lib/bridge-types';
import { serviceLevelOf } from './service-level';
import type { HistoryBucket, QueueHistory } from './types';

export type HistorySelection = { kind: 'all' } | { kind: 'channel'; channel: Channel } | { kind: 'queue'; queueId: string };

/** The selection as a <select> value: "all", "channel:phone", "queue:phone-sv". */
export function selectionValue(s: HistorySelection): string {
  return s.kind === 'all' ? 'all' : s.kind === 'channel' ? `channel:${s.channel}` : `queue:${s.queueId}`;
}

export function parseSelection(value: string): HistorySelection {
  if (value.startsWith('channel:')) return { kind: 'channel', channel: value.slice('channel:'.length) as Channel };
  if (value.startsWith('queue:')) return { kind: 'queue', queueId: value.slice('queue:'.length) };
  return { kind: 'all' };
}

export interface HistorySeries {
  bucketMinutes: number;
  /** Bucket starts, epoch ms. */
  starts: number[];
  arrived: number[];
  answered: number[];
  abandoned: number[];
  /** Most contacts waiting at once in the bucket; summed over queues, an upper bound (their peaks need not coincide). */
  maxWaiting: number[];
  /** Percent per bucket, null where no contact counted towards it. */
  serviceLevel: Array<number | null>;
  /** The target the service level is held to; with several queues, the strictest of them. Null when unknown. */
  targetPercent: number | null;
  totals: { arrived: number; answered: number; abandoned: number; serviceLevel: number | null };
  /** The highest queue length in the period and the bucket it was in; null when nobody waited. */
  peakWaiting: { value: number; start: number } | null;
  /** How many queues the series sums. */
  queueCount: number;
}

type QueueBuckets = QueueHistory['queues'][number];

function included(q: QueueBuckets, s: HistorySelection): boolean {
  if (s.kind === 'all') return true;
  if (s.kind === 'channel') return q.channel === s.channel;
  return q.queueId === s.queueId;
}

const ZERO: Omit<HistoryBucket, 'start'> = {
  arrived: 0, answered: 0, abandoned: 0, answeredWithinSla: 0, abandonedAfterSla: 0, meanWaitSeconds: null, maxWaiting: 0,
};

/**
 * The series for a selection. `targets` maps queue id → service-level target
 * (percent). Buckets are matched by their start time, not their position, so
 * queues whose lists differ in length still add up correctly.
 */
export function historySeries(history: QueueHistory, selection: HistorySelection, targets: ReadonlyMap<string, number>): HistorySeries {
  const queues = history.queues.filter((q) => included(q, selection));
  const byStart = new Map<number, Omit<HistoryBucket, 'start'>>();
  for (const q of queues) {
    for (const b of q.buckets) {
      const start = Date.parse(b.start);
      if (Number.isNaN(start)) continue;
      const sum = byStart.get(start) ?? { ...ZERO };
      sum.arrived += b.arrived;
      sum.answered += b.answered;
      sum.abandoned += b.abandoned;
      sum.answeredWithinSla += b.answeredWithinSla;
      sum.abandonedAfterSla += b.abandonedAfterSla;
      sum.maxWaiting += b.maxWaiting;
      byStart.set(start, sum);
    }
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const rows = starts.map((s) => byStart.get(s) ?? ZERO);
  const sum = (pick: (b: Omit<HistoryBucket, 'start'>) => number) => rows.reduce((n, b) => n + pick(b), 0);

  let peak = -1;
  for (let i = 0; i < rows.length; i++) if ((rows[i]?.maxWaiting ?? 0) > (rows[peak]?.maxWaiting ?? 0)) peak = i;
  const peakWaiting = peak >= 0 ? { value: rows[peak]?.maxWaiting ?? 0, start: starts[peak] ?? 0 } : null;
  const queueTargets = queues.map((q) => targets.get(q.queueId)).filter((t): t is number => t !== undefined);

  return {
    bucketMinutes: history.bucketMinutes,
    starts,
    arrived: rows.map((b) => b.arrived),
    answered: rows.map((b) => b.answered),
    abandoned: rows.map((b) => b.abandoned),
    maxWaiting: rows.map((b) => b.maxWaiting),
    serviceLevel: rows.map((b) => serviceLevelOf(b)),
    targetPercent: queueTargets.length > 0 ? Math.max(...queueTargets) : null,
    totals: {
      arrived: sum((b) => b.arrived),
      answered: sum((b) => b.answered),
      abandoned: sum((b) => b.abandoned),
      serviceLevel: serviceLevelOf({ answered: sum((b) => b.answered), answeredWithinSla: sum((b) => b.answeredWithinSla), abandonedAfterSla: sum((b) => b.abandonedAfterSla) }),
    },
    peakWaiting,
    queueCount: queues.length,
  };
}

/** The chart ranges a lead can pick, each with a bucket size that gives 16–32 bars. */
export const HISTORY_RANGES = [
  { hours: 2, bucketMinutes: 5 },
  { hours: 4, bucketMinutes: 10 },
  { hours: 8, bucketMinutes: 15 },
] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const DEFAULT_RANGE: HistoryRange = HISTORY_RANGES[1];
