// What advisers (and the channels) do with an interaction once it exists:
// accept or decline an offer, end it into wrap-up, complete the wrap-up,
// transfer it, link it to a case; and what the consumer does: leave. Every
// step runs under the routing lock through liveWork, so the adviser's presence
// and the next offers follow in the same transaction.
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps } from '../deps.js';
import type { InteractionRow } from '../db/schema.js';
import { notFound, Problem } from '../http/problem.js';
import { SECOND } from '../shared/clock.js';
import { createCaseTx } from '../cases/write.js';
import { endWaiting, LIVE_WINDOW_MS, liveWork, readInteraction } from '../routing/engine.js';
import type { RoutingTx } from '../routing/lock.js';
import { ensureAdviser, toProfile } from '../presence/service.js';
import { logStep } from './log.js';
import { hooksFor } from './channel-hooks.js';
import { toInteraction, type Interaction } from './model.js';
import type { TransferBody } from './schemas.js';

/** Wrap-up can be extended, but not forever: this long after it began at most. */
const MAX_WRAP_UP_MS = 30 * 60 * SECOND;

export async function load(rtx: RoutingTx, id: string): Promise<InteractionRow> {
  const row = await readInteraction(rtx, id);
  if (!row) throw notFound('Interaction');
  return row;
}

export const wrongState = (row: InteractionRow, wanted: string) =>
  new Problem(409, 'invalid_state', `The contact is ${row.state.replace('_', '-')}, not ${wanted}`, { state: row.state });

export async function update(rtx: RoutingTx, row: InteractionRow, set: Partial<InteractionRow>): Promise<InteractionRow> {
  const res = await rtx.trx
    .updateTable('interactions')
    .set({ ...set, version: row.version + 1, updated_at: rtx.now.toISOString() })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new Problem(409, 'conflict', 'The contact changed meanwhile; try again');
  return (await readInteraction(rtx, row.id))!;
}

/** Tells the adviser handling it (if any) what it looks like now. (Channels with steps of their own use these too: callbacks.) */
export async function tell(rtx: RoutingTx, row: InteractionRow, userId: string | null = row.adviser_id): Promise<void> {
  if (!userId) return;
  await rtx.toUser(userId, { type: 'interaction', interaction: toInteraction(row) });
  rtx.touched.add(userId);
}

/**
 * The case the contact belongs to: the consumer's open case if they have one,
 * otherwise a new case assigned to the adviser (with the consumer's number or
 * address, reusing their record). Written through the case service, so the
 * case reaches the desktop caches through the sync feed like any other.
 */
async function caseFor(rtx: RoutingTx, actor: Actor, row: InteractionRow): Promise<string> {
  if (row.case_id) return row.case_id;
  if (row.consumer_id) {
    const open = await rtx.trx
      .selectFrom('cases')
      .select('id')
      .where('consumer_id', '=', row.consumer_id)
      .where('status', '!=', 'closed')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    if (open) return open.id;
  }
  const from = row.from_address;
  const consumer = from?.includes('@') ? { email: from } : from?.startsWith('+') ? { phone: from } : undefined;
  return createCaseTx(rtx.trx, rtx.deps, actor, {
    ...(row.consumer_id ? { consumerId: row.consumer_id } : consumer ? { consumer } : {}),
    channel: row.channel,
    language: row.language,
    topicId: row.topic_id,
    subject: row.subject,
    assignedAdviserId: actor.userId,
  });
}

export async function accept(deps: Deps, actor: Actor, id: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    // A channel whose contacts are answered elsewhere (a call, on the phone) refuses it here.
    await hooksFor(row.channel).accepting?.(rtx, row);
    return acceptTx(rtx, actor, row);
  });
}

/** The acceptance itself, inside the caller's routing transaction (the phone's answer reported by the SIP platform). */
export async function acceptTx(rtx: RoutingTx, actor: Actor, row: InteractionRow): Promise<Interaction> {
  const id = row.id;
  if (row.state !== 'offered' || row.offered_to !== actor.userId) {
    throw new Problem(409, 'invalid_state', 'This contact is no longer offered to you', { state: row.state });
  }
  const caseId = await caseFor(rtx, actor, row);
  const kase = await rtx.trx.selectFrom('cases').select('consumer_id').where('id', '=', caseId).executeTakeFirstOrThrow();
  const at = rtx.now.toISOString();
  const next = await update(rtx, row, {
    state: 'active',
    adviser_id: actor.userId,
    accepted_at: row.accepted_at ?? at,
    offer_expires_at: null,
    target_adviser_id: null,
    case_id: caseId,
    consumer_id: row.consumer_id ?? kase.consumer_id,
  });
  await logStep(rtx, id, 'accepted', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId, detail: { caseId } });
  await hooksFor(row.channel).accepted?.(rtx, next, actor);
  await tell(rtx, next);
  return toInteraction(next);
}

export async function decline(deps: Deps, actor: Actor, id: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.state !== 'offered' || row.offered_to !== actor.userId) {
      throw new Problem(409, 'invalid_state', 'This contact is no longer offered to you', { state: row.state });
    }
    // Back to its place in line; a transfer addressed to this adviser falls back to the whole queue.
    const next = await update(rtx, row, { state: 'queued', offered_to: null, offered_at: null, offer_expires_at: null, target_adviser_id: null });
    await logStep(rtx, id, 'declined', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId });
    await rtx.toUser(actor.userId, { type: 'offer-withdrawn', interactionId: id, reason: 'declined' });
    rtx.touched.add(actor.userId);
    return toInteraction(next);
  });
}

export async function toWrapUp(rtx: RoutingTx, row: InteractionRow, by: string): Promise<InteractionRow> {
  await hooksFor(row.channel).ended?.(rtx, row, by);
  const queue = await rtx.trx.selectFrom('queues').select('wrap_up_seconds').where('id', '=', row.queue_id).executeTakeFirstOrThrow();
  const at = rtx.now.toISOString();
  if (queue.wrap_up_seconds === 0) {
    const done = await update(rtx, row, { state: 'done', wrap_up_at: at, wrap_up_until: at, done_at: at, end_reason: by });
    await logStep(rtx, row.id, 'done', { adviserId: row.adviser_id, queueId: row.queue_id, detail: { by } });
    return done;
  }
  const until = new Date(rtx.now.getTime() + queue.wrap_up_seconds * SECOND).toISOString();
  const next = await update(rtx, row, { state: 'wrap_up', wrap_up_at: at, wrap_up_until: until, end_reason: by });
  await logStep(rtx, row.id, 'wrap_up', { adviserId: row.adviser_id, queueId: row.queue_id, detail: { by, until } });
  return next;
}

/** The adviser ends the conversation; after-contact work (wrap-up) begins. */
export async function end(deps: Deps, actor: Actor, id: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'active') throw wrongState(row, 'active');
    const next = await toWrapUp(rtx, row, 'adviser');
    await tell(rtx, next);
    return toInteraction(next);
  });
}

/** Wrap-up done: the interaction is finished and the adviser is free for the next contact. */
export async function complete(deps: Deps, actor: Actor, id: string, caseId?: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'wrap_up' && row.state !== 'active') throw wrongState(row, 'in wrap-up');
    if (caseId) await assertCase(rtx, caseId);
    // Straight from the conversation to done: the conversation ends here too.
    if (row.state === 'active') await hooksFor(row.channel).ended?.(rtx, row, 'adviser');
    const at = rtx.now.toISOString();
    const next = await update(rtx, row, {
      state: 'done',
      done_at: at,
      wrap_up_at: row.wrap_up_at ?? at,
      ...(row.state === 'active' ? { end_reason: 'adviser' } : {}),
      ...(caseId ? { case_id: caseId } : {}),
    });
    await logStep(rtx, id, 'done', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId, detail: { by: 'adviser', ...(caseId ? { caseId } : {}) } });
    await tell(rtx, next);
    return toInteraction(next);
  });
}

export async function extendWrapUp(deps: Deps, actor: Actor, id: string, seconds: number): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'wrap_up' || !row.wrap_up_until || !row.wrap_up_at) throw wrongState(row, 'in wrap-up');
    const limit = Date.parse(row.wrap_up_at) + MAX_WRAP_UP_MS;
    const until = Math.min(Date.parse(row.wrap_up_until) + seconds * SECOND, limit);
    if (until <= Date.parse(row.wrap_up_until)) throw new Problem(409, 'invalid_state', 'Wrap-up cannot be extended further (30 minutes at most)');
    const next = await update(rtx, row, { wrap_up_until: new Date(until).toISOString() });
    await logStep(rtx, id, 'wrap_up_extended', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId, detail: { seconds, until: next.wrap_up_until } });
    await tell(rtx, next);
    return toInteraction(next);
  });
}

async function assertCase(rtx: RoutingTx, caseId: string): Promise<void> {
  const c = await rtx.trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!c) throw new Problem(422, 'invalid_reference', `caseId "${caseId}" does not exist`, { field: 'caseId' });
}

/** The adviser ties the contact to another case (the consumer turned out to have one). */
export async function linkCase(deps: Deps, actor: Actor, id: string, caseId: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId && actor.role === 'adviser') throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    await assertCase(rtx, caseId);
    const next = await update(rtx, row, { case_id: caseId });
    await logStep(rtx, id, 'case_linked', { adviserId: row.adviser_id, queueId: row.queue_id, actorId: actor.userId, detail: { caseId, previous: row.case_id } });
    await tell(rtx, next);
    return toInteraction(next);
  });
}

/**
 * Hands an active contact to a queue (back in line at its original place) or
 * to a colleague (offered to them only, falling back to the queue if they
 * decline), with an internal note for whoever takes it.
 */
export async function transfer(deps: Deps, actor: Actor, id: string, body: Static<typeof TransferBody>): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'active') throw wrongState(row, 'active');
    const target = await transferTargetOf(rtx, actor, row, body);
    await hooksFor(row.channel).transferring?.(rtx, row);
    return toInteraction(await transferTx(rtx, actor, row, { ...target, ...(body.note ? { note: body.note } : {}) }));
  });
}

export interface TransferTarget {
  queueId: string;
  adviserId?: string;
  note?: string;
}

/**
 * Where a transfer of `row` may go, checked: a queue of its channel that is
 * open (its own if none is named) and, if named, a colleague who is ready and
 * can take it. Throws the problem the adviser sees otherwise.
 */
export async function transferTargetOf(rtx: RoutingTx, actor: Actor, row: InteractionRow, body: { queueId?: string; adviserId?: string }): Promise<TransferTarget> {
  if (!body.queueId && !body.adviserId) throw new Problem(400, 'validation_failed', 'Name a queue or an adviser to transfer to');
  let queueId = row.queue_id;
  if (body.queueId) {
    const q = await rtx.trx.selectFrom('queues').select(['id', 'channel', 'active']).where('id', '=', body.queueId).executeTakeFirst();
    if (!q || q.active !== 1) throw new Problem(422, 'invalid_reference', `queueId "${body.queueId}" is not an open queue`, { field: 'queueId' });
    if (q.channel !== row.channel) throw new Problem(422, 'validation_failed', `A ${row.channel} contact cannot go to the ${q.channel} queue`, { field: 'queueId' });
    queueId = q.id;
  }
  if (body.adviserId) {
    if (body.adviserId === actor.userId) throw new Problem(422, 'validation_failed', 'Transfer to someone else', { field: 'adviserId' });
    await ensureAdviser(rtx.trx, body.adviserId, rtx.now).catch(() => {
      throw new Problem(422, 'invalid_reference', `adviserId "${body.adviserId}" takes no contacts`, { field: 'adviserId' });
    });
    // Only to a colleague who is there and can take it: a consumer must not
    // wait for someone on a break, away from the desk, or without the skills.
    const colleague = await rtx.trx
      .selectFrom('adviser_presence as p')
      .innerJoin('adviser_profiles as f', 'f.user_id', 'p.user_id')
      .select(['p.intent', 'p.seen_at', 'f.languages', 'f.channels', 'f.capacity', 'f.version', 'f.updated_at', 'f.updated_by'])
      .where('p.user_id', '=', body.adviserId)
      .executeTakeFirstOrThrow();
    if (colleague.intent !== 'ready' || Date.parse(colleague.seen_at) < rtx.now.getTime() - LIVE_WINDOW_MS) {
      throw new Problem(409, 'invalid_state', 'That colleague is not ready; transfer to a queue instead', { field: 'adviserId', intent: colleague.intent });
    }
    const skills = toProfile({ user_id: body.adviserId, ...colleague });
    const channel = row.channel;
    const queueLanguage = (await rtx.trx.selectFrom('queues').select('language').where('id', '=', queueId).executeTakeFirstOrThrow()).language;
    if (!skills.channels.includes(channel) || !skills.languages.includes(queueLanguage) || (skills.capacity[channel] ?? 0) === 0) {
      throw new Problem(409, 'invalid_state', `That colleague does not take ${channel} in this language; transfer to a queue instead`, { field: 'adviserId' });
    }
    return { queueId, adviserId: body.adviserId };
  }
  return { queueId };
}

/** Puts the contact back in line for `target` at its original place; `actor` is who handed it on. */
export async function transferTx(rtx: RoutingTx, actor: Actor, row: InteractionRow, target: TransferTarget): Promise<InteractionRow> {
  const next = await update(rtx, row, {
    state: 'queued',
    queue_id: target.queueId,
    enqueued_at: row.arrived_at,
    available_at: rtx.now.toISOString(),
    target_adviser_id: target.adviserId ?? null,
    adviser_id: null,
    offered_to: null,
    offered_at: null,
    offer_expires_at: null,
    note: target.note ?? null,
  });
  await logStep(rtx, row.id, 'transferred', {
    adviserId: actor.userId,
    queueId: target.queueId,
    actorId: actor.userId,
    detail: { fromQueue: row.queue_id, toQueue: target.queueId, ...(target.adviserId ? { toAdviser: target.adviserId } : {}), ...(target.note ? { note: true } : {}) },
  });
  await hooksFor(row.channel).transferred?.(rtx, next);
  await tell(rtx, next, actor.userId);
  return next;
}

/**
 * Hands the contact over to a partner (the call put through to the municipal
 * consumer guidance, say): it ends here as transferred, and the adviser is
 * free. The referral itself is recorded on the case, like any other.
 */
export async function handOver(deps: Deps, actor: Actor, id: string, partnerId: string): Promise<Interaction> {
  return liveWork(deps, async (rtx) => {
    const row = await load(rtx, id);
    if (row.adviser_id !== actor.userId && row.offered_to !== actor.userId) throw new Problem(403, 'forbidden', 'This contact is handled by someone else');
    if (row.state !== 'active') throw wrongState(row, 'active');
    const partner = await rtx.trx.selectFrom('partners').select(['id', 'active']).where('id', '=', partnerId).executeTakeFirst();
    if (!partner || partner.active !== 1) throw new Problem(422, 'invalid_reference', `partnerId "${partnerId}" does not exist`, { field: 'partnerId' });
    await hooksFor(row.channel).ended?.(rtx, row, 'handed_over');
    const at = rtx.now.toISOString();
    const next = await update(rtx, row, { state: 'transferred', ended_at: at, end_reason: 'handed_over', wrap_up_at: at, done_at: at });
    await logStep(rtx, id, 'handed_over', { adviserId: actor.userId, queueId: row.queue_id, actorId: actor.userId, detail: { partnerId } });
    await tell(rtx, next);
    return toInteraction(next);
  });
}

/**
 * The consumer left: hung up, closed the chat. While waiting that is an
 * abandoned contact (counted against the service level); during the
 * conversation it simply ends it, and the adviser's wrap-up begins.
 */
export async function consumerLeft(deps: Deps, id: string, reason = 'consumer_left'): Promise<Interaction> {
  return liveWork(deps, (rtx) => consumerLeftTx(rtx, id, reason));
}

/** The same, inside the caller's routing transaction (a channel's own timeout, for instance). */
export async function consumerLeftTx(rtx: RoutingTx, id: string, reason: string): Promise<Interaction> {
  const row = await load(rtx, id);
  if (row.state === 'queued' || row.state === 'offered') {
    await endWaiting(rtx, row, 'abandoned', reason);
    return toInteraction((await readInteraction(rtx, id))!);
  }
  if (row.state === 'active') {
    const next = await toWrapUp(rtx, row, reason);
    await tell(rtx, next);
    return toInteraction(next);
  }
  // Already over: leaving again changes nothing (the channel may report it twice).
  return toInteraction(row);
}
