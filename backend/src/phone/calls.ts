// Calls through the SIP platform, mapped onto the ordinary lifecycle of
// interactions: a call that arrives is a phone contact queued like any other;
// the routing engine's offer is what the platform rings; the phone's answer is
// the acceptance; no answer or a rejection is a missed or declined offer (back
// in line); a caller who hangs up while waiting has abandoned; a hang-up during
// the conversation ends it into wrap-up. The platform may repeat a report or
// send one late: every step checks where the call is and does nothing twice.
import type { Deps } from '../deps.js';
import type { InteractionRow, PhoneCallRow } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { SECOND } from '../shared/clock.js';
import { expireOffer, liveWork, readInteraction } from '../routing/engine.js';
import type { RoutingTx } from '../routing/lock.js';
import { registerContact } from '../interactions/intake.js';
import { acceptTx, consumerLeftTx } from '../interactions/lifecycle.js';
import { logStep } from '../interactions/log.js';
import { setIntentBySystem } from '../presence/service.js';
import { callbackAfterAbandon } from '../callbacks/after-abandon.js';
import { actorOfUser } from './platform-actor.js';
import { continueTransferred } from './transfers.js';
import { ensureSipUser, userOfSipUser } from './sip-users.js';

export interface Arrival {
  callId: string;
  from: string;
  to: string;
  /** The caller asked to be called back should they give up waiting. */
  callbackOptIn?: boolean;
  /** A transfer's token: this call continues a contact an adviser moved on. */
  transfer?: string;
}

export type Target = { kind: 'wait' } | { kind: 'ring'; sipUser: string; interactionId: string; timeoutSeconds: number } | { kind: 'end'; reason: string };

export type CallEvent =
  | { callId: string; event: 'ringing'; sipUser: string }
  | { callId: string; event: 'answered'; sipUser: string }
  | { callId: string; event: 'no_answer' | 'rejected'; sipUser: string; code?: number }
  | { callId: string; event: 'cancelled' }
  | { callId: string; event: 'ended'; by: 'caller' | 'adviser' | 'platform'; cause?: string };

async function callOf(rtx: RoutingTx, callId: string): Promise<{ call: PhoneCallRow; row: InteractionRow }> {
  const call = await rtx.trx.selectFrom('phone_calls').selectAll().where('call_id', '=', callId).executeTakeFirst();
  if (!call) throw new Problem(404, 'unknown_call', 'No call with this Call-ID came in through the platform');
  return { call, row: (await readInteraction(rtx, call.interaction_id))! };
}

async function setCall(rtx: RoutingTx, callId: string, set: Partial<PhoneCallRow>): Promise<void> {
  await rtx.trx.updateTable('phone_calls').set({ ...set, updated_at: rtx.now.toISOString() }).where('call_id', '=', callId).execute();
}

/**
 * A call to a service number came in: queued in that number's queue (409
 * queue_closed while it is closed, for the platform to tell the caller). The
 * same Call-ID again (a retransmitted INVITE) is the same call.
 */
export async function callArrived(deps: Deps, a: Arrival): Promise<{ interactionId: string }> {
  const number = deps.config.serviceNumbers.find((n) => n.number === a.to);
  if (!number) throw new Problem(404, 'unknown_number', `${a.to} is not a service number`);
  return liveWork(deps, async (rtx) => {
    const seen = await rtx.trx.selectFrom('phone_calls').select('interaction_id').where('call_id', '=', a.callId).executeTakeFirst();
    if (seen) return { interactionId: seen.interaction_id };
    const continued = a.transfer ? await continueTransferred(rtx, a.transfer, a.callId, a.from) : null;
    if (continued) {
      // The caller's wish for a callback, given on the first call, holds for the contact.
      const asked = await rtx.trx.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', continued.id).where('callback_opt_in', '=', 1).executeTakeFirst();
      await insertCall(rtx, { ...a, callbackOptIn: a.callbackOptIn === true || asked !== undefined }, continued.id);
      return { interactionId: continued.id };
    }
    const queue = await rtx.trx.selectFrom('queues').select(['id', 'language', 'channel']).where('id', '=', number.queueId).executeTakeFirst();
    if (!queue || queue.channel !== 'phone') throw new Problem(404, 'unknown_number', `${a.to} feeds no phone queue (SERVICE_NUMBERS names "${number.queueId}")`);
    const interactionId = await registerContact(rtx, null, { channel: 'phone', language: queue.language, queueId: queue.id, from: a.from, externalRef: a.callId });
    await insertCall(rtx, a, interactionId);
    return { interactionId };
  });
}

async function insertCall(rtx: RoutingTx, a: Arrival, interactionId: string): Promise<void> {
  const at = rtx.now.toISOString();
  await rtx.trx
    .insertInto('phone_calls')
    .values({
      call_id: a.callId, interaction_id: interactionId, caller: a.from, dialled: a.to, state: 'waiting', ringing_user_id: null, ringing_at: null,
      answered_by: null, answered_at: null, ended_at: null, ended_by: null, end_cause: null, callback_opt_in: a.callbackOptIn ? 1 : 0, created_at: at, updated_at: at,
    })
    .execute();
}

/**
 * Whether the contact still goes by this call: not when a transfer asked
 * for during it was carried by another call since (its end is then the
 * adviser's leg going, not the consumer leaving).
 */
async function isCurrentCall(rtx: RoutingTx, call: PhoneCallRow): Promise<boolean> {
  const handedOn = await rtx.trx
    .selectFrom('phone_transfers')
    .select('token')
    .where('interaction_id', '=', call.interaction_id)
    .where('used_call_id', 'is not', null)
    .where('used_call_id', '!=', call.call_id)
    .where('created_at', '>=', call.created_at)
    .executeTakeFirst();
  return handedOn === undefined;
}

/**
 * Whom the platform should ring now: the adviser the routing engine offered
 * the call to, for the rest of the offer's time; or wait; or end the call
 * (it is over here: abandoned, expired, taken). The platform asks this every
 * second for every waiting call, so it only reads: routing decisions stay with
 * the engine, and no routing lock is taken here.
 */
export async function callTarget(deps: Deps, callId: string): Promise<Target> {
  const k = deps.db.kysely;
  const call = await k.selectFrom('phone_calls').select(['interaction_id', 'state', 'ringing_user_id']).where('call_id', '=', callId).executeTakeFirst();
  if (!call) throw new Problem(404, 'unknown_call', 'No call with this Call-ID came in through the platform');
  const row = await k.selectFrom('interactions').select(['id', 'state', 'offered_to', 'offer_expires_at']).where('id', '=', call.interaction_id).executeTakeFirstOrThrow();
  if (row.state === 'queued') return { kind: 'wait' };
  if (row.state !== 'offered' || !row.offered_to || !row.offer_expires_at) return { kind: 'end', reason: row.state === 'active' ? 'answered' : row.state };
  const now = deps.clock.now();
  const sipUser = await ensureSipUser(k, row.offered_to, now);
  if (call.state !== 'ringing' || call.ringing_user_id !== row.offered_to) {
    await k
      .updateTable('phone_calls')
      .set({ state: 'ringing', ringing_user_id: row.offered_to, ringing_at: null, updated_at: now.toISOString() })
      .where('call_id', '=', callId)
      .where('state', 'in', ['waiting', 'ringing'])
      .execute();
  }
  // Whole seconds, rounded down: the phone stops ringing just before the
  // offer runs out here, so the platform's "no answer" decides, not a race.
  const left = Math.floor((Date.parse(row.offer_expires_at) - now.getTime()) / SECOND);
  return { kind: 'ring', sipUser, interactionId: row.id, timeoutSeconds: Math.max(1, left) };
}

async function adviserOf(rtx: RoutingTx, sipUser: string): Promise<string> {
  const userId = await userOfSipUser(rtx.trx, sipUser);
  if (!userId) throw new Problem(422, 'invalid_reference', `sipUser "${sipUser}" is no member of staff`, { field: 'sipUser' });
  return userId;
}

const WAITING = new Set(['queued', 'offered']);

/** One report from the platform; answers what the call is now ('ignored' when it changed nothing). */
export async function callEvent(deps: Deps, e: CallEvent): Promise<{ outcome: 'applied' | 'ignored' }> {
  return liveWork(deps, async (rtx) => {
    const { call, row } = await callOf(rtx, e.callId);
    const applied = { outcome: 'applied' as const };
    const ignored = { outcome: 'ignored' as const };
    switch (e.event) {
      case 'ringing': {
        const userId = await adviserOf(rtx, e.sipUser);
        if (call.state !== 'ringing' || call.ringing_user_id !== userId || call.ringing_at) return ignored;
        await setCall(rtx, e.callId, { ringing_at: rtx.now.toISOString() });
        await logStep(rtx, row.id, 'phone_ringing', { adviserId: userId, queueId: row.queue_id });
        return applied;
      }
      case 'answered': {
        const userId = await adviserOf(rtx, e.sipUser);
        if (row.state === 'active' && row.adviser_id === userId) return ignored;
        if (!WAITING.has(row.state)) {
          // Over here already (abandoned, expired): the phones must not talk
          // on unrecorded, but a report cannot undo what the platform did.
          await logStep(rtx, row.id, 'phone_answered_late', { adviserId: userId, queueId: row.queue_id, detail: { state: row.state } });
          return ignored;
        }
        let offered = row;
        if (row.state !== 'offered' || row.offered_to !== userId) {
          // The offer ran out (or moved on) a moment before the phone was
          // picked up: the adviser has the caller on the line, so it is theirs.
          if (row.state === 'offered' && row.offered_to) {
            await rtx.toUser(row.offered_to, { type: 'offer-withdrawn', interactionId: row.id, reason: 'cancelled' });
            rtx.touched.add(row.offered_to);
          }
          await rtx.trx
            .updateTable('interactions')
            .set({ state: 'offered', offered_to: userId, offered_at: rtx.now.toISOString(), offer_expires_at: rtx.now.toISOString(), version: row.version + 1, updated_at: rtx.now.toISOString() })
            .where('id', '=', row.id)
            .execute();
          offered = (await readInteraction(rtx, row.id))!;
        }
        if (row.state !== 'offered' || row.offered_to !== userId) await forgiveMissed(rtx, row.id, userId);
        await acceptTx(rtx, await actorOfUser(rtx, userId), offered);
        await setCall(rtx, e.callId, { state: 'answered', answered_by: userId, answered_at: rtx.now.toISOString() });
        return applied;
      }
      case 'no_answer':
      case 'rejected': {
        const userId = await adviserOf(rtx, e.sipUser);
        if (call.state === 'ringing' && call.ringing_user_id === userId) await setCall(rtx, e.callId, { state: 'waiting', ringing_user_id: null });
        if (row.state !== 'offered' || row.offered_to !== userId) return ignored;
        const detail = { via: 'phone', ...(e.code ? { code: e.code } : {}) };
        if (e.event === 'rejected' && e.code !== 480 && e.code !== 404) {
          // Rejected on the phone: a decline, as from the workstation.
          await rtx.trx
            .updateTable('interactions')
            .set({ state: 'queued', offered_to: null, offered_at: null, offer_expires_at: null, target_adviser_id: null, version: row.version + 1, updated_at: rtx.now.toISOString() })
            .where('id', '=', row.id)
            .execute();
          await logStep(rtx, row.id, 'declined', { adviserId: userId, queueId: row.queue_id, detail });
          await rtx.toUser(userId, { type: 'offer-withdrawn', interactionId: row.id, reason: 'declined' });
          rtx.touched.add(userId);
        } else {
          // Rang out, or no phone registered for the adviser (404/480): missed,
          // so nothing more rings at a desk whose phone is not there.
          await expireOffer(rtx, row);
        }
        return applied;
      }
      case 'cancelled': {
        // A CANCEL that crossed the answer changes nothing: the BYE will end that call.
        if (!WAITING.has(row.state)) return ignored;
        await setCall(rtx, e.callId, { state: 'ended', ended_at: rtx.now.toISOString(), ended_by: 'caller', end_cause: 'cancelled' });
        await consumerLeftTx(rtx, row.id, 'caller_hung_up');
        await callBackIfAsked(rtx, call, row);
        return applied;
      }
      case 'ended': {
        if (call.state === 'ended') return ignored;
        await setCall(rtx, e.callId, { state: 'ended', ended_at: rtx.now.toISOString(), ended_by: e.by, end_cause: e.cause ?? null });
        if (!(await isCurrentCall(rtx, call))) return applied;
        if (row.state === 'active') {
          await consumerLeftTx(rtx, row.id, e.by === 'caller' ? 'caller_hung_up' : e.by === 'adviser' ? 'adviser' : `platform_${e.cause ?? 'ended'}`);
          return applied;
        }
        if (WAITING.has(row.state)) {
          // The platform gave up on a waiting call (an error, the caller gone unseen): it was never answered.
          await consumerLeftTx(rtx, row.id, e.by === 'caller' ? 'caller_hung_up' : `platform_${e.cause ?? 'ended'}`);
          if (e.by === 'caller') await callBackIfAsked(rtx, call, row);
          return applied;
        }
        return ignored;
      }
    }
  });
}

/** A caller who gave up waiting, having asked to be called back then: their callback is booked. */
async function callBackIfAsked(rtx: RoutingTx, call: PhoneCallRow, row: InteractionRow): Promise<void> {
  if (call.callback_opt_in === 1) await callbackAfterAbandon(rtx, row, call.caller);
}

/**
 * The adviser picked up the phone just after this call's offer to them ran
 * out, which made them not ready (missed): they did answer, so they are
 * ready again (the call itself makes them busy). A missed offer of another
 * contact, or a break they chose, is left as it is.
 */
async function forgiveMissed(rtx: RoutingTx, interactionId: string, userId: string): Promise<void> {
  const presence = await rtx.trx.selectFrom('adviser_presence').select(['intent', 'reason']).where('user_id', '=', userId).executeTakeFirst();
  if (presence?.intent !== 'not_ready' || presence.reason !== 'missed') return;
  const lastMiss = await rtx.trx
    .selectFrom('interaction_events')
    .select('interaction_id')
    .where('adviser_id', '=', userId)
    .where('type', '=', 'offer_expired')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (lastMiss?.interaction_id === interactionId) await setIntentBySystem(rtx, userId, 'ready', 'missed');
}
