// Queue statistics as the wallboard, the inbox and the public wait-time show
// them: computed from the interactions themselves (no counters to drift), for
// the Stockholm day so far and the live queue now.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import type { Channel, InteractionState, QueueRow } from '../db/schema.js';
import { HOUR, SECOND } from '../shared/clock.js';
import { isQueueOpen, queueRows } from '../queues/service.js';
import { toProfile } from '../presence/service.js';
import { loadWork, noWork } from '../presence/work.js';
import { canTake } from '../routing/plan.js';
import { LIVE_WINDOW_MS } from '../routing/engine.js';
import { estimateWait, fitHandleTime, fitPatience, type QueueSnapshot } from '../routing/wait-estimate.js';
import { startOfStockholmDay } from './day.js';
import { mergeRows, settledSince, waitStart } from './settled.js';
import type { QueueStatsSchema } from './schemas.js';

export type QueueStats = Static<typeof QueueStatsSchema>;

/** Handling time assumed for a queue with little history yet (talk or writing plus wrap-up). */
const HANDLE_PRIOR_SECONDS: Record<Channel, number> = { phone: 420, callback: 420, chat: 600, email: 900, forum: 900, social: 600 };
/** Patience is fitted over contacts that arrived this recently. */
const PATIENCE_WINDOW_MS = 2 * HOUR;
/** Handling times: the latest this many per queue. */
const HANDLE_SAMPLES = 100;

interface Row {
  id: string;
  queue_id: string;
  state: InteractionState;
  arrived_at: string;
  available_at: string;
  accepted_at: string | null;
  ended_at: string | null;
}

const ms = (t: string) => Date.parse(t);

/** What the wait estimate of a queue rests on, for a contact at any place in line. */
export type QueueModel = Omit<QueueSnapshot, 'ahead'>;

export async function computeQueueStats(deps: Deps, only?: ReadonlySet<string>): Promise<QueueStats[]> {
  return (await computeQueueModels(deps, only)).map((m) => m.stats);
}

export async function computeQueueModels(deps: Deps, only?: ReadonlySet<string>): Promise<Array<{ stats: QueueStats; model: QueueModel }>> {
  const q = deps.db.kysely;
  const now = deps.clock.now();
  const nowMs = now.getTime();
  const dayStart = startOfStockholmDay(now).getTime();
  const since = new Date(Math.min(dayStart, nowMs - PATIENCE_WINDOW_MS)).toISOString();
  const queues = (await queueRows(q)).filter((r) => !only || only.has(r.id));

  const recent: Row[] = await q
    .selectFrom('interactions')
    .select(['id', 'queue_id', 'state', 'arrived_at', 'available_at', 'accepted_at', 'ended_at'])
    .where((eb) => eb.or([eb('arrived_at', '>=', since), eb('state', 'in', ['queued', 'offered', 'active', 'wrap_up'])]))
    .execute();
  // Answered or abandoned today, but arrived earlier (yesterday evening's e-mail): today's figures too.
  const rows = mergeRows(recent, await settledSince(q, new Date(dayStart).toISOString(), since));
  const done = await q
    .selectFrom('interactions')
    .select(['queue_id', 'accepted_at', 'done_at'])
    .where('state', '=', 'done')
    .where('done_at', '>=', new Date(nowMs - 7 * 24 * HOUR).toISOString())
    .orderBy('done_at', 'desc')
    .limit(HANDLE_SAMPLES * 12)
    .execute();

  // Who could take each queue's contacts: ready (or busy) advisers whose workstation is there.
  const staff = await q
    .selectFrom('adviser_presence as p')
    .innerJoin('adviser_profiles as f', 'f.user_id', 'p.user_id')
    .select(['p.user_id', 'p.intent', 'p.idle_since', 'f.languages', 'f.channels', 'f.capacity', 'f.version', 'f.updated_at', 'f.updated_by'])
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .where('p.intent', '=', 'ready')
    .where('p.seen_at', '>=', new Date(nowMs - LIVE_WINDOW_MS).toISOString())
    .where('u.active', '=', 1)
    .where('u.role', '!=', 'admin')
    .execute();
  const work = await loadWork(q, staff.map((s) => s.user_id));
  const candidates = staff.map((s) => {
    const profile = toProfile({ user_id: s.user_id, languages: s.languages, channels: s.channels, capacity: s.capacity, version: s.version, updated_at: s.updated_at, updated_by: s.updated_by });
    const w = work.get(s.user_id) ?? noWork();
    return { userId: s.user_id, ready: true, ...profile, load: w.load, offered: w.offered > 0, inWrapUp: w.wrapUp > 0, idleSince: s.idle_since };
  });

  const byQueue = new Map<string, Row[]>();
  for (const r of rows) (byQueue.get(r.queue_id) ?? byQueue.set(r.queue_id, []).get(r.queue_id)!).push(r);
  const handleByQueue = new Map<string, number[]>();
  for (const d of done) {
    if (!d.accepted_at || !d.done_at) continue;
    const list = handleByQueue.get(d.queue_id) ?? handleByQueue.set(d.queue_id, []).get(d.queue_id)!;
    if (list.length < HANDLE_SAMPLES) list.push(Math.max(0, (ms(d.done_at) - ms(d.accepted_at)) / SECOND));
  }

  return queues.map((queue) => statsOf(queue, byQueue.get(queue.id) ?? [], handleByQueue.get(queue.id) ?? [], candidates, nowMs, dayStart, now));
}

function statsOf(
  queue: QueueRow,
  rows: Row[],
  handleSamples: number[],
  candidates: Parameters<typeof canTake>[0][],
  nowMs: number,
  dayStart: number,
  now: Date,
): { stats: QueueStats; model: QueueModel } {
  const sla = queue.sla_seconds * SECOND;
  let queued = 0;
  let offered = 0;
  let active = 0;
  let oldest = Infinity;
  let answered = 0;
  let within = 0;
  let abandoned = 0;
  let abandonedAfter = 0;
  let gaveUp = 0;
  let waitedMs = 0;
  for (const r of rows) {
    const arrived = ms(r.arrived_at);
    const start = waitStart(r);
    // A callback booked for later is not waiting yet.
    const due = ms(r.available_at) <= nowMs;
    if (r.state === 'queued' && due) queued++;
    if (r.state === 'offered') offered++;
    // Waiting now: since it was last put in line (a transfer starts a new wait).
    if ((r.state === 'queued' && due) || r.state === 'offered') oldest = Math.min(oldest, Math.max(arrived, ms(r.available_at)));
    if (r.state === 'active' || r.state === 'wrap_up') active++;
    if (r.accepted_at && ms(r.accepted_at) >= dayStart) {
      answered++;
      if (ms(r.accepted_at) - start <= sla) within++;
    }
    // Each contact counts once: one answered before it was transferred and then abandoned is answered.
    if (r.state === 'abandoned' && !r.accepted_at && r.ended_at && ms(r.ended_at) >= dayStart) {
      abandoned++;
      if (ms(r.ended_at) - start > sla) abandonedAfter++;
    }
    // A contact that waited past its queue's limit was not answered in time either.
    if (r.state === 'expired' && !r.accepted_at && r.ended_at && ms(r.ended_at) >= dayStart && ms(r.ended_at) - start > sla) {
      abandonedAfter++;
    }
    // Patience: every contact's time spent waiting in the window, and who gave up.
    if (arrived >= nowMs - PATIENCE_WINDOW_MS) {
      const left = r.accepted_at ? ms(r.accepted_at) : r.ended_at ? ms(r.ended_at) : nowMs;
      waitedMs += Math.max(0, left - arrived);
      if (r.state === 'abandoned') gaveUp++;
    }
  }
  const probe = { id: '', channel: queue.channel, language: queue.language, priority: queue.priority, enqueuedAt: '', targetAdviserId: null, notTo: new Set<string>() };
  const staffed = candidates.filter((c) => c.languages.includes(queue.language) && c.channels.includes(queue.channel) && (c.capacity[queue.channel] ?? 0) > 0);
  const available = staffed.filter((c) => canTake(c, probe)).length;
  const model: QueueModel = {
    servers: staffed.length,
    idle: available,
    meanHandleSeconds: fitHandleTime(handleSamples, HANDLE_PRIOR_SECONDS[queue.channel]),
    meanPatienceSeconds: fitPatience({ abandoned: gaveUp, totalWaitSeconds: waitedMs / SECOND }),
  };
  const estimate = estimateWait({ ahead: queued, ...model });
  const denominator = answered + abandonedAfter;
  const stats: QueueStats = {
    queueId: queue.id,
    channel: queue.channel,
    language: queue.language,
    open: isQueueOpen(queue, now),
    waiting: queued + offered,
    offered,
    longestWaitSeconds: oldest === Infinity ? 0 : Math.max(0, Math.round((nowMs - oldest) / SECOND)),
    active,
    answeredToday: answered,
    abandonedToday: abandoned,
    serviceLevelToday: denominator === 0 ? null : Math.round((1000 * within) / denominator) / 10,
    slaTargetPercent: queue.sla_target_percent,
    slaSeconds: queue.sla_seconds,
    staffed: staffed.length,
    available,
    estimatedWait: estimate,
  };
  return { stats, model };
}
