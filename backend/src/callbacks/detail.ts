// A callback as the adviser dialling it sees it: the number, the window the
// consumer asked for (or when they gave up waiting on the phone), their
// question and every attempt so far.
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps, Q } from '../deps.js';
import type { Config } from '../config.js';
import type { InteractionRow } from '../db/schema.js';
import { auditRead } from '../audit/service.js';
import { notFound, Problem } from '../http/problem.js';
import type { CallbackDetailSchema } from './schemas.js';

export type CallbackDetail = Static<typeof CallbackDetailSchema>;

/** The callback behind an interaction, or a problem when the interaction is not a callback. */
export async function callbackDetailOf(q: Q, config: Config, row: InteractionRow): Promise<CallbackDetail> {
  if (row.channel !== 'callback') throw new Problem(409, 'invalid_state', 'This contact is not a callback', { channel: row.channel });
  // A callback registered by a channel (the phone system, the simulator) has no booking: no reference, no window's end.
  const request = await q.selectFrom('callback_requests').selectAll().where('interaction_id', '=', row.id).executeTakeFirst();
  const attempts = await q
    .selectFrom('callback_attempts as a')
    .innerJoin('users as u', 'u.id', 'a.adviser_id')
    .select(['a.at', 'a.adviser_id', 'u.display_name', 'a.outcome', 'a.note'])
    .where('a.interaction_id', '=', row.id)
    .orderBy('a.id')
    .execute();
  const abandoned = request?.after_interaction_id
    ? await q.selectFrom('interactions').select('ended_at').where('id', '=', request.after_interaction_id).executeTakeFirst()
    : undefined;
  return {
    interactionId: row.id,
    reference: request?.reference ?? null,
    phone: row.from_address,
    windowStart: request?.window_start ?? row.available_at,
    windowEnd: request?.window_end ?? null,
    question: row.subject,
    gaveUpWaitingAt: abandoned?.ended_at ?? null,
    attempts: attempts.map((a) => ({ at: a.at, adviserId: a.adviser_id, adviserName: a.display_name, outcome: a.outcome, note: a.note })),
    maxAttempts: config.callbackMaxAttempts,
    retryMinutes: config.callbackRetryMinutes,
  };
}

/** Advisers read the callbacks offered to them or in their hands; leads read any. Audited: it shows the number. */
export async function getCallback(deps: Deps, actor: Actor, id: string): Promise<CallbackDetail> {
  const q = deps.db.kysely;
  const row = await q.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Interaction');
  if (actor.role === 'adviser' && row.offered_to !== actor.userId && row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'Not one of your contacts');
  const detail = await callbackDetailOf(q, deps.config, row);
  await auditRead(deps.db, deps.clock.now(), actor, { action: 'interaction.read', entityType: 'interaction', entityId: id, detail: { via: 'callback' } });
  return detail;
}
