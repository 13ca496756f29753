// Reading interactions: one in full with its lifecycle (audited: it shows
// where the contact came from), and the adviser's own work in hand.
import type { Actor, Deps } from '../deps.js';
import { auditRead, auditReads } from '../audit/service.js';
import { notFound, Problem } from '../http/problem.js';
import { markSeen, presenceOf, type Presence } from '../presence/service.js';
import { toInteraction, type Interaction } from './model.js';

export interface InteractionDetail extends Interaction {
  events: Array<{ at: string; type: string; adviserId: string | null; queueId: string | null; actorId: string | null; detail: Record<string, unknown> }>;
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function getInteraction(deps: Deps, actor: Actor, id: string): Promise<InteractionDetail> {
  const q = deps.db.kysely;
  const row = await q.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Interaction');
  // Advisers see the contacts they were offered or handled; leads see all.
  if (actor.role === 'adviser') {
    const mine = await q
      .selectFrom('interaction_events')
      .select('id')
      .where('interaction_id', '=', id)
      .where('adviser_id', '=', actor.userId)
      .executeTakeFirst();
    if (!mine && row.offered_to !== actor.userId && row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'Not one of your contacts');
  }
  const events = await q.selectFrom('interaction_events').selectAll().where('interaction_id', '=', id).orderBy('id').execute();
  await auditRead(deps.db, deps.clock.now(), actor, { action: 'interaction.read', entityType: 'interaction', entityId: id });
  return {
    ...toInteraction(row),
    events: events.map((e) => ({ at: e.at, type: e.type, adviserId: e.adviser_id, queueId: e.queue_id, actorId: e.actor_id, detail: parseDetail(e.detail) })),
  };
}

/** What a workstation shows after (re)connecting: presence and every contact offered to, or held by, the adviser. */
export async function myWork(deps: Deps, actor: Actor): Promise<{ presence: Presence; interactions: Interaction[]; lastSeq: number }> {
  const q = deps.db.kysely;
  const now = deps.clock.now();
  // Read the sequence first: events after it may repeat what this picture shows, never miss anything.
  const last = await q.selectFrom('live_events').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  const presence = await presenceOf(q, actor.userId, now);
  await markSeen(deps.db, [actor.userId], now);
  const rows = await q
    .selectFrom('interactions')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'offered'), eb('offered_to', '=', actor.userId)]),
        eb.and([eb('state', 'in', ['active', 'wrap_up']), eb('adviser_id', '=', actor.userId)]),
      ]),
    )
    .orderBy('arrived_at')
    .execute();
  await auditReads(q, now, actor, 'interaction.read', 'interaction', rows.filter((r) => r.from_address).map((r) => r.id), { via: 'work' });
  return { presence, interactions: rows.map(toInteraction), lastSeq: Number(last?.seq ?? 0) };
}
