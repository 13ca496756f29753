// The invariants of live work, checked from the database: what must hold after
// every committed step, whatever sequence of steps led there. Used by the
// random-operations property test and the two-instance test.
import { expect } from 'vitest';
import type { Channel, InteractionRow, Language } from '../../backend/src/db/schema.js';
import type { Deps } from '../../backend/src/deps.js';
import { LIVE_WINDOW_MS, REOFFER_PAUSE_MS } from '../../backend/src/routing/engine.js';
import { deriveState } from '../../backend/src/presence/derive.js';
import { parseCapacity } from '../../backend/src/presence/service.js';

const VOICE: ReadonlySet<string> = new Set(['phone', 'callback']);
const STATES = ['queued', 'offered', 'active', 'wrap_up', 'done', 'abandoned', 'expired', 'transferred'] as const;

/** Which state each lifecycle step leaves the contact in (null: the state does not change). */
const AFTER_STEP: Record<string, (typeof STATES)[number] | null> = {
  queued: 'queued',
  offered: 'offered',
  accepted: 'active',
  declined: 'queued',
  offer_expired: 'queued',
  transferred: 'queued',
  wrap_up: 'wrap_up',
  wrap_up_extended: null,
  case_linked: null,
  transfer_fallback: null,
  handed_over: 'transferred',
  done: 'done',
  abandoned: 'abandoned',
  expired: 'expired',
};
/** The steps allowed from each state. */
const ALLOWED: Record<string, readonly string[]> = {
  queued: ['offered', 'abandoned', 'expired', 'transfer_fallback'],
  offered: ['accepted', 'declined', 'offer_expired', 'abandoned', 'expired'],
  active: ['wrap_up', 'done', 'transferred', 'case_linked', 'handed_over'],
  wrap_up: ['done', 'wrap_up_extended', 'case_linked'],
  done: ['case_linked'],
  abandoned: [],
  expired: [],
  transferred: ['case_linked'],
};

export interface Scope {
  /** The interactions and advisers this check is about (other tests' rows are left alone). */
  interactionIds: readonly string[];
  adviserIds: readonly string[];
  /** Offers logged after this interaction_events id are "new" and checked against presence. */
  afterEventId: number;
  /** Whether a routing pass ran last (so nothing offerable may still wait). */
  routedLast: boolean;
}

interface EventRow {
  id: number;
  interaction_id: string;
  at: string;
  type: string;
  adviser_id: string | null;
}

const byTime = (a: string | null, b: string | null) => a === null || b === null || a <= b;

/** Checks every invariant; returns the newest interaction_events id, for the next step's `afterEventId`. */
export async function checkInvariants(deps: Deps, scope: Scope): Promise<number> {
  const k = deps.db.kysely;
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const rows: InteractionRow[] = scope.interactionIds.length ? await k.selectFrom('interactions').selectAll().where('id', 'in', scope.interactionIds).execute() : [];
  const events: EventRow[] = scope.interactionIds.length
    ? (await k.selectFrom('interaction_events').select(['id', 'interaction_id', 'at', 'type', 'adviser_id']).where('interaction_id', 'in', scope.interactionIds).orderBy('id').execute()).map((e) => ({ ...e, id: Number(e.id) }))
    : [];
  const maxEvent = Number((await k.selectFrom('interaction_events').select((eb) => eb.fn.max('id').as('m')).executeTakeFirst())?.m ?? 0);

  // 1. Every contact is in exactly one known state, with the fields that state needs.
  for (const r of rows) {
    const at = `${r.id} (${r.state})`;
    expect(STATES, at).toContain(r.state);
    expect(r.arrived_at <= nowIso, at).toBe(true);
    if (r.state === 'queued') expect([r.offered_to, r.offer_expires_at, r.adviser_id, r.done_at, r.ended_at], at).toEqual([null, null, null, null, null]);
    if (r.state === 'offered') {
      expect(r.offered_to && r.offered_at && r.offer_expires_at, at).toBeTruthy();
      expect(r.offered_at! < r.offer_expires_at! && r.arrived_at <= r.offered_at!, at).toBe(true);
      expect([r.adviser_id, r.done_at, r.ended_at], at).toEqual([null, null, null]);
    }
    if (r.state === 'active' || r.state === 'wrap_up' || r.state === 'done') {
      expect(r.adviser_id && r.accepted_at, at).toBeTruthy();
      expect(byTime(r.arrived_at, r.accepted_at) && r.ended_at === null, at).toBe(true);
    }
    if (r.state === 'active') expect([r.wrap_up_at, r.done_at], at).toEqual([null, null]);
    if (r.state === 'wrap_up') {
      expect(r.wrap_up_at && r.wrap_up_until && r.done_at === null, at).toBeTruthy();
      expect(byTime(r.accepted_at, r.wrap_up_at) && byTime(r.wrap_up_at, r.wrap_up_until), at).toBe(true);
    }
    if (r.state === 'done') {
      expect(r.done_at, at).toBeTruthy();
      expect(byTime(r.accepted_at, r.done_at) && byTime(r.wrap_up_at, r.done_at), at).toBe(true);
    }
    if (r.state === 'abandoned' || r.state === 'expired') {
      expect(r.ended_at && r.done_at === null && r.offered_to === null && r.adviser_id === null, at).toBeTruthy();
      expect(byTime(r.arrived_at, r.ended_at), at).toBe(true);
    }
  }

  // 2. Each contact's history is a valid path that ends in its state: in particular an
  //    offer is only ever made to a queued contact, so never to two advisers at once.
  const history = new Map<string, EventRow[]>();
  for (const e of events) (history.get(e.interaction_id) ?? history.set(e.interaction_id, []).get(e.interaction_id)!).push(e);
  for (const r of rows) {
    const steps = history.get(r.id) ?? [];
    expect(steps[0]?.type, r.id).toBe('queued');
    let state: string = 'queued';
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i]!;
      expect(ALLOWED[state], `${r.id}: ${step.type} after ${state} (${steps.map((s) => s.type).join(' → ')})`).toContain(step.type);
      expect(steps[i - 1]!.at <= step.at, `${r.id}: steps out of time order`).toBe(true);
      state = AFTER_STEP[step.type] ?? state;
    }
    expect(state, `${r.id}: history ${steps.map((s) => s.type).join(' → ')}`).toBe(r.state);
    if (r.state === 'offered') expect(steps.at(-1)?.adviser_id, r.id).toBe(r.offered_to);
    // A contact meant for one colleague waits for them only until they decline or miss it.
    if (r.state === 'queued' && r.target_adviser_id) expect(steps.at(-1)?.type, `${r.id} still waits for ${r.target_adviser_id}`).toBe('transferred');
  }

  // 3. Advisers: one ringing offer at most, capacity per channel never exceeded, a call
  //    never alongside other work, the shown state derived from intent and work.
  const advisers = scope.adviserIds.length
    ? await k
        .selectFrom('adviser_presence as p')
        .innerJoin('adviser_profiles as f', 'f.user_id', 'p.user_id')
        .select(['p.user_id', 'p.intent', 'p.state', 'p.seen_at', 'f.capacity', 'f.languages', 'f.channels'])
        .where('p.user_id', 'in', scope.adviserIds)
        .execute()
    : [];
  const all = await k.selectFrom('interactions').select(['id', 'state', 'channel', 'offered_to', 'adviser_id']).where('state', 'in', ['offered', 'active', 'wrap_up']).execute();
  const view = new Map<string, { offered: number; active: number; wrapUp: number; load: Map<Channel, number> }>();
  for (const a of advisers) view.set(a.user_id, { offered: 0, active: 0, wrapUp: 0, load: new Map() });
  for (const r of all) {
    const who = r.state === 'offered' ? r.offered_to : r.adviser_id;
    const w = who ? view.get(who) : undefined;
    if (!w) continue;
    if (r.state === 'wrap_up') {
      w.wrapUp++;
      continue;
    }
    if (r.state === 'offered') w.offered++;
    else w.active++;
    w.load.set(r.channel, (w.load.get(r.channel) ?? 0) + 1);
  }
  for (const a of advisers) {
    const w = view.get(a.user_id)!;
    const capacity = parseCapacity(a.capacity);
    expect(w.offered, `${a.user_id} has ${w.offered} offers ringing`).toBeLessThanOrEqual(1);
    for (const [channel, n] of w.load) expect(n, `${a.user_id}: ${n} ${channel} over capacity`).toBeLessThanOrEqual(capacity[channel] ?? 0);
    const total = [...w.load.values()].reduce((x, y) => x + y, 0);
    const voice = (w.load.get('phone') ?? 0) + (w.load.get('callback') ?? 0);
    if (voice > 0) expect(total, `${a.user_id}: a call alongside other work`).toBe(1);
    expect(a.state, `${a.user_id}: presence`).toBe(deriveState(a.intent, { offered: w.offered, active: w.active, wrapUp: w.wrapUp }));
  }

  // 4. Offers made since the last check went to advisers who are ready, whose workstation
  //    is there, and who had not just declined, missed or transferred away that contact.
  const fresh = events.filter((e) => e.id > scope.afterEventId && e.type === 'offered');
  for (const e of fresh) {
    const a = advisers.find((x) => x.user_id === e.adviser_id);
    expect(a, `offer of ${e.interaction_id} to an adviser outside the test`).toBeDefined();
    expect(a!.intent, `offer of ${e.interaction_id} to ${e.adviser_id} who is not ready`).toBe('ready');
    expect(Date.parse(a!.seen_at) >= Date.parse(e.at) - LIVE_WINDOW_MS, `offer to a quiet workstation`).toBe(true);
    const before = (history.get(e.interaction_id) ?? []).filter(
      (x) => x.id < e.id && x.adviser_id === e.adviser_id && ['declined', 'offer_expired', 'transferred'].includes(x.type) && Date.parse(x.at) > Date.parse(e.at) - REOFFER_PAUSE_MS,
    );
    expect(before, `${e.interaction_id} offered again to ${e.adviser_id} too soon`).toEqual([]);
  }

  // 5. After a routing pass nothing is left that could be offered now: no free, ready,
  //    live adviser who could take a contact that waits.
  if (scope.routedLast) {
    const blocked = new Map<string, Set<string>>();
    for (const e of events) {
      if (e.adviser_id && ['declined', 'offer_expired', 'transferred'].includes(e.type) && Date.parse(e.at) > now.getTime() - REOFFER_PAUSE_MS) {
        (blocked.get(e.interaction_id) ?? blocked.set(e.interaction_id, new Set()).get(e.interaction_id)!).add(e.adviser_id);
      }
    }
    for (const r of rows.filter((x) => x.state === 'queued' && x.available_at <= nowIso)) {
      for (const a of advisers) {
        const w = view.get(a.user_id)!;
        if (a.intent !== 'ready' || Date.parse(a.seen_at) < now.getTime() - LIVE_WINDOW_MS || w.offered > 0 || w.wrapUp > 0) continue;
        if ((r.target_adviser_id && r.target_adviser_id !== a.user_id) || blocked.get(r.id)?.has(a.user_id)) continue;
        const langs = JSON.parse(a.languages) as Language[];
        const chans = JSON.parse(a.channels) as Channel[];
        if (!langs.includes(r.language) || !chans.includes(r.channel)) continue;
        const cap = parseCapacity(a.capacity)[r.channel] ?? 0;
        const total = [...w.load.values()].reduce((x, y) => x + y, 0);
        const voiceInHand = (w.load.get('phone') ?? 0) + (w.load.get('callback') ?? 0);
        const fits = VOICE.has(r.channel) ? total === 0 && cap > 0 : voiceInHand === 0 && (w.load.get(r.channel) ?? 0) < cap;
        expect(fits, `${r.id} (${r.channel}/${r.language}) waits while ${a.user_id} could take it`).toBe(false);
      }
    }
  }
  return maxEvent;
}
