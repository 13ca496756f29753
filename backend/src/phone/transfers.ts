// Moving a call to a queue or a colleague. The call cannot be moved inside
// the platform (a proxy, not a switch): the adviser's phone asks the
// consumer's side (REFER) to call the service number again, and the address
// it gives carries a one-time token from here. When that call arrives with
// the token, it is the same contact: it goes back in line at its original
// place, in the queue (or to the colleague) the adviser chose, with their
// note, and the old call's end is not the consumer leaving. A token is good
// for one call, from the caller's own number, within a minute; a call with a
// token that is not good is simply a new call (the consumer still gets
// through, without their place).
import { randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps } from '../deps.js';
import type { InteractionRow } from '../db/schema.js';
import { notFound, Problem } from '../http/problem.js';
import { transferTargetOf, transferTx, wrongState } from '../interactions/lifecycle.js';
import { liveWork, readInteraction } from '../routing/engine.js';
import type { RoutingTx } from '../routing/lock.js';
import { SECOND } from '../shared/clock.js';
import { actorOfUser } from './platform-actor.js';
import type { PhoneTransferBody, PhoneTransferSchema } from './schemas.js';

export type PhoneTransfer = Static<typeof PhoneTransferSchema>;

/** Long enough for the consumer's side to act on the REFER; short, as it is a bearer of the consumer's place in line. */
const TOKEN_LIFETIME_MS = 60 * SECOND;
/** The token's form, as the platform checks it too (a SIP URI parameter). */
export const TRANSFER_TOKEN = /^[A-Za-z0-9_-]{22}$/;

export async function startPhoneTransfer(deps: Deps, actor: Actor, body: Static<typeof PhoneTransferBody>): Promise<PhoneTransfer> {
  return liveWork(deps, async (rtx) => {
    const row = await readInteraction(rtx, body.interactionId);
    if (!row) throw notFound('Interaction');
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'active') throw wrongState(row, 'active');
    const call = await rtx.trx.selectFrom('phone_calls').select(['call_id', 'state']).where('interaction_id', '=', row.id).where('state', '=', 'answered').executeTakeFirst();
    if (!call) throw new Problem(409, 'invalid_state', 'This contact is no call in progress through the SIP platform', { channel: row.channel });
    const target = await transferTargetOf(rtx, actor, row, body);
    const token = randomBytes(16).toString('base64url');
    const expiresAt = new Date(rtx.now.getTime() + TOKEN_LIFETIME_MS);
    await rtx.trx
      .insertInto('phone_transfers')
      .values({
        token, interaction_id: row.id, requested_by: actor.userId, queue_id: target.queueId, adviser_id: target.adviserId ?? null,
        note: body.note ?? null, created_at: rtx.now.toISOString(), expires_at: expiresAt.toISOString(), used_call_id: null,
      })
      .execute();
    // Any service number reaches the platform's queue route; the token decides the queue. Its own number reads best in logs.
    const numbers = deps.config.serviceNumbers;
    const number = (numbers.find((n) => n.queueId === target.queueId) ?? numbers[0])!.number;
    return { referTo: `sip:${number}@${deps.config.sipDomain};xfer=${token}`, expiresAt: expiresAt.toISOString() };
  });
}

/**
 * The call `callId` from `from` arrived carrying `token`: if the token is
 * good, the contact it names goes back in line as the adviser asked and is
 * answered (and reported) through this call from now on; answers the
 * contact, or null when the token is not good.
 */
export async function continueTransferred(rtx: RoutingTx, token: string, callId: string, from: string): Promise<InteractionRow | null> {
  if (!TRANSFER_TOKEN.test(token)) return null;
  const pending = await rtx.trx.selectFrom('phone_transfers').selectAll().where('token', '=', token).executeTakeFirst();
  if (!pending || pending.used_call_id || Date.parse(pending.expires_at) < rtx.now.getTime()) return null;
  const row = await readInteraction(rtx, pending.interaction_id);
  const previous = await rtx.trx.selectFrom('phone_calls').select('caller').where('interaction_id', '=', pending.interaction_id).where('state', '=', 'answered').executeTakeFirst();
  // Still in the hands of the adviser who asked, and the same caller: nobody
  // else can take the place in line, nor pull the contact from a colleague
  // who has it since.
  if (!row || row.state !== 'active' || row.adviser_id !== pending.requested_by || !previous || previous.caller !== from) return null;
  // This call carries the contact now: any other token for it is spent too.
  await rtx.trx.updateTable('phone_transfers').set({ used_call_id: callId }).where('interaction_id', '=', row.id).where('used_call_id', 'is', null).execute();
  return transferTx(rtx, await actorOfUser(rtx, pending.requested_by), row, {
    queueId: pending.queue_id,
    ...(pending.adviser_id ? { adviserId: pending.adviser_id } : {}),
    ...(pending.note ? { note: pending.note } : {}),
  });
}
