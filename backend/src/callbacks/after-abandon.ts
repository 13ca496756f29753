// A caller who asked to be called back should they give up waiting in the
// phone queue (the announcement in front of the queue offers it; the SIP
// platform passes the answer on with the call) and then hung up before an
// adviser answered: a callback is booked at once for them, in the call's
// language, for the first window the callback queue is open, and it remembers
// the call it stands in for. Nothing is booked for a number that cannot be
// called back (withheld, foreign, premium rate) or that has a callback
// waiting already, nor when the callback queue opens no more within the
// booking horizon: the call stays simply abandoned.
import type { InteractionRow } from '../db/schema.js';
import { logStep } from '../interactions/log.js';
import { queueFor } from '../queues/service.js';
import type { RoutingTx } from '../routing/lock.js';
import { createCallback, hasPendingCallback } from './create.js';
import { swedishE164 } from './swedish-phone.js';
import { firstWindow, queueHoursOf } from './window.js';

/** Books the callback for the abandoned call `abandoned` from `caller`; answers its interaction id, or null when none is booked. */
export async function callbackAfterAbandon(rtx: RoutingTx, abandoned: InteractionRow, caller: string): Promise<string | null> {
  const phone = swedishE164(caller);
  if (!phone.ok) return null;
  const queue = await queueFor(rtx.trx, 'callback', abandoned.language);
  const window = firstWindow(queueHoursOf(queue), rtx.now);
  if (!window || (await hasPendingCallback(rtx, phone.e164))) return null;
  const { interactionId } = await createCallback(rtx, { phone: phone.e164, language: abandoned.language, start: window.start, end: window.end, afterInteractionId: abandoned.id });
  await logStep(rtx, abandoned.id, 'callback_booked', { queueId: abandoned.queue_id, detail: { callbackId: interactionId } });
  return interactionId;
}
