// The adviser handling a callback records what each attempt to reach the
// consumer came to. Reached: the conversation goes on as an active contact
// (end and wrap-up as usual). No answer or busy: back in line, not offered
// again before the retry delay, until the last attempt, or the last one the
// window leaves time for, which ends it. Wrong number: ends it at once. A
// callback whose window closes while it waits expires (see expiry.ts).
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps } from '../deps.js';
import type { CallbackOutcome } from '../db/schema.js';
import { auditRead } from '../audit/service.js';
import { Problem } from '../http/problem.js';
import { MINUTE } from '../shared/clock.js';
import { liveWork } from '../routing/engine.js';
import { logStep } from '../interactions/log.js';
import { load, tell, toWrapUp, update } from '../interactions/lifecycle.js';
import { toInteraction, type Interaction } from '../interactions/model.js';
import { callbackDetailOf, type CallbackDetail } from './detail.js';
import type { CallbackAttemptBody } from './schemas.js';

/** End reasons a callback can have besides the usual ones. */
export const CALLBACK_END = {
  wrongNumber: 'callback_wrong_number',
  maxAttempts: 'callback_max_attempts',
  windowEnded: 'callback_window_ended',
} as const;

const UNANSWERED: ReadonlySet<CallbackOutcome> = new Set(['no_answer', 'busy']);

export async function recordAttempt(
  deps: Deps,
  actor: Actor,
  id: string,
  body: Static<typeof CallbackAttemptBody>,
): Promise<{ interaction: Interaction; callback: CallbackDetail }> {
  const out = await liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.state === 'offered' && row.offered_to === actor.userId) throw new Problem(409, 'invalid_state', 'Answer the offer first', { state: row.state });
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'Only the adviser handling this callback records its attempts');
    if (row.state !== 'active') throw new Problem(409, 'invalid_state', `The callback is ${row.state.replace('_', '-')}, not active`, { state: row.state });
    // Throws unless it is a callback.
    const before = await callbackDetailOf(rtx.trx, deps.config, row);
    const last = await rtx.trx.selectFrom('callback_attempts').select('outcome').where('interaction_id', '=', id).orderBy('id', 'desc').executeTakeFirst();
    if (last?.outcome === 'reached') throw new Problem(409, 'invalid_state', 'The consumer was reached; end the conversation instead');

    await rtx.trx
      .insertInto('callback_attempts')
      .values({ interaction_id: id, at: rtx.now.toISOString(), adviser_id: actor.userId, outcome: body.outcome, note: body.note?.trim() || null })
      .execute();
    const count = await rtx.trx
      .selectFrom('callback_attempts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('interaction_id', '=', id)
      .executeTakeFirstOrThrow();
    const attempt = Number(count.n);
    await logStep(rtx, id, 'callback_attempt', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId, detail: { outcome: body.outcome, attempt } });

    const retryAt = new Date(rtx.now.getTime() + deps.config.callbackRetryMinutes * MINUTE).toISOString();
    // The consumer asked to be called within the window: a retry after it would come unexpected.
    const noTimeLeft = before.windowEnd !== null && retryAt >= before.windowEnd;
    let next = row;
    if (body.outcome === 'wrong_number') {
      next = await toWrapUp(rtx, row, CALLBACK_END.wrongNumber);
    } else if (UNANSWERED.has(body.outcome) && attempt >= deps.config.callbackMaxAttempts) {
      next = await toWrapUp(rtx, row, CALLBACK_END.maxAttempts);
    } else if (UNANSWERED.has(body.outcome) && noTimeLeft) {
      next = await toWrapUp(rtx, row, CALLBACK_END.windowEnded);
    } else if (UNANSWERED.has(body.outcome)) {
      // Back at its place in line, but not before the retry delay.
      next = await update(rtx, row, {
        state: 'queued',
        available_at: retryAt,
        // A retry is a new wait: the service level measures from when it comes
        // due to when an adviser takes it (a kept first acceptance would be
        // measured from the booking instead, see stats/settled.ts waitStart).
        accepted_at: null,
        adviser_id: null,
        offered_to: null,
        offered_at: null,
        offer_expires_at: null,
        target_adviser_id: null,
      });
      await logStep(rtx, id, 'callback_retry', { adviserId: actor.userId, queueId: row.queue_id, detail: { attempt, availableAt: retryAt } });
      // The adviser's desk drops it and the adviser is free for the next contact.
      await tell(rtx, next, actor.userId);
      return { interaction: toInteraction(next), callback: await callbackDetailOf(rtx.trx, deps.config, next) };
    }
    await tell(rtx, next);
    return { interaction: toInteraction(next), callback: await callbackDetailOf(rtx.trx, deps.config, next) };
  });
  // The answer carries the consumer's number again: a read like any other.
  await auditRead(deps.db, deps.clock.now(), actor, { action: 'interaction.read', entityType: 'interaction', entityId: id, detail: { via: 'callback-attempt' } });
  return out;
}
