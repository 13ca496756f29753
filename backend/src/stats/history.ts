// The last hours per queue in buckets, for the wallboard's charts: arrivals,
// answers, abandons, service level and how long the queue got.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { MINUTE, SECOND } from '../shared/clock.js';
import { queueRows } from '../queues/service.js';
import type { HistoryBucketSchema, QueueHistorySchema } from './schemas.js';
import { mergeRows, settledSince, waitStart } from './settled.js';

type Bucket = Static<typeof HistoryBucketSchema>;
export type QueueHistory = Static<typeof QueueHistorySchema>;

const ms = (t: string) => Date.parse(t);

export async function queueHistory(deps: Deps, hours: number, bucketMinutes: number): Promise<QueueHistory> {
  const now = deps.clock.now().getTime();
  const size = bucketMinutes * MINUTE;
  // Buckets on round clock times, the last one holding now.
  const end = Math.floor(now / size) * size + size;
  const count = Math.ceil((hours * 60) / bucketMinutes);
  const start = end - count * size;
  const queues = await queueRows(deps.db.kysely);
  const from = new Date(start).toISOString();
  const recent = await deps.db.kysely
    .selectFrom('interactions')
    .select(['id', 'queue_id', 'state', 'arrived_at', 'available_at', 'accepted_at', 'ended_at'])
    .where((eb) => eb.or([eb('arrived_at', '>=', from), eb('state', 'in', ['queued', 'offered'])]))
    .execute();
  // Answered or abandoned in the window after arriving before it: their answer and their wait count too.
  const rows = mergeRows(recent, await settledSince(deps.db.kysely, from, from));
  const slaOf = new Map(queues.map((q) => [q.id, q.sla_seconds * SECOND]));
  const empty = (i: number): Bucket => ({
    start: new Date(start + i * size).toISOString(),
    arrived: 0, answered: 0, abandoned: 0, answeredWithinSla: 0, abandonedAfterSla: 0, meanWaitSeconds: null, maxWaiting: 0,
  });
  const perQueue = new Map(queues.map((q) => [q.id, Array.from({ length: count }, (_, i) => empty(i))]));
  const waitSums = new Map<string, number[]>(queues.map((q) => [q.id, Array.from({ length: count }, () => 0)]));
  // Waiting intervals, swept per queue for the most waiting at once in each bucket.
  const edges = new Map<string, Array<[number, number]>>();
  const slot = (t: number) => Math.floor((t - start) / size);
  for (const r of rows) {
    const buckets = perQueue.get(r.queue_id);
    if (!buckets) continue;
    const sla = slaOf.get(r.queue_id) ?? 0;
    const arrived = ms(r.arrived_at);
    const began = waitStart(r);
    const a = slot(arrived);
    if (a >= 0 && a < count) buckets[a]!.arrived++;
    if (r.accepted_at) {
      const s = slot(ms(r.accepted_at));
      if (s >= 0 && s < count) {
        buckets[s]!.answered++;
        const wait = ms(r.accepted_at) - began;
        if (wait <= sla) buckets[s]!.answeredWithinSla++;
        waitSums.get(r.queue_id)![s]! += wait / SECOND;
      }
    }
    // Each contact once: one answered before a transfer and then abandoned counts as answered.
    if (r.state === 'abandoned' && !r.accepted_at && r.ended_at) {
      const s = slot(ms(r.ended_at));
      if (s >= 0 && s < count) {
        buckets[s]!.abandoned++;
        if (ms(r.ended_at) - began > sla) buckets[s]!.abandonedAfterSla++;
      }
    }
    // Expired (waited past the queue's limit): unanswered in time, so it counts against the service level.
    if (r.state === 'expired' && !r.accepted_at && r.ended_at) {
      const s = slot(ms(r.ended_at));
      if (s >= 0 && s < count && ms(r.ended_at) - began > sla) buckets[s]!.abandonedAfterSla++;
    }
    // Waiting from when the wait began (a booked callback waits from its time, not from booking).
    const left = r.accepted_at && ms(r.accepted_at) >= began ? ms(r.accepted_at) : r.ended_at ? ms(r.ended_at) : now;
    if (left > began) {
      const list = edges.get(r.queue_id) ?? edges.set(r.queue_id, []).get(r.queue_id)!;
      list.push([began, 1], [left, -1]);
    }
  }
  for (const [queueId, list] of edges) {
    const buckets = perQueue.get(queueId)!;
    list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let waiting = 0;
    let i = 0;
    for (let b = 0; b < count; b++) {
      const bucketStart = start + b * size;
      // Whatever arrived or left before the bucket sets how many wait as it begins
      // (for the first bucket: contacts that arrived before the window).
      while (i < list.length && list[i]![0] < bucketStart) waiting += list[i++]![1];
      let peak = waiting;
      while (i < list.length && list[i]![0] < bucketStart + size) {
        waiting += list[i]![1];
        peak = Math.max(peak, waiting);
        i++;
      }
      buckets[b]!.maxWaiting = Math.max(peak, 0);
    }
  }
  for (const [queueId, buckets] of perQueue) {
    const sums = waitSums.get(queueId)!;
    buckets.forEach((b, i) => {
      b.meanWaitSeconds = b.answered > 0 ? Math.round((sums[i]! / b.answered) * 10) / 10 : null;
    });
  }
  return {
    from: new Date(start).toISOString(),
    to: new Date(end).toISOString(),
    bucketMinutes,
    queues: queues.map((q) => ({ queueId: q.id, channel: q.channel, language: q.language, buckets: perQueue.get(q.id)! })),
  };
}
