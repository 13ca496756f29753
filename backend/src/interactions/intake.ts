// A contact arrives on some channel: it becomes an interaction in its queue,
// tied to the consumer when the number or address is known, and is offered at
// once if someone can take it. Calls and chats are refused while their queue
// is closed (the channel then tells the consumer so); written channels and
// callback requests are taken at any time and wait for opening hours.
import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps, Q } from '../deps.js';
import type { Channel } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { normalizeEmail, normalizePhone } from '../consumers/normalize.js';
import { assertTopicsExist } from '../topics/service.js';
import { liveWork, readInteraction } from '../routing/engine.js';
import type { RoutingTx } from '../routing/lock.js';
import { isQueueOpen, queueFor, hoursOf } from '../queues/service.js';
import { queueNextOpening } from '../queues/hours.js';
import { logStep } from './log.js';
import { toInteraction, type Interaction } from './model.js';
import type { NewInteractionBody } from './schemas.js';

/** Channels where the consumer is on the line now: no point queueing them while closed. */
const LIVE_CHANNELS: ReadonlySet<Channel> = new Set(['phone', 'chat']);

/** The canonical form of where the contact came from, and the consumer it matches, if any. */
async function matchConsumer(q: Q, from: string | undefined): Promise<{ address: string | null; consumerId: string | null }> {
  if (!from) return { address: null, consumerId: null };
  const text = from.trim();
  if (text.includes('@')) {
    const email = normalizeEmail(text);
    const c = await q.selectFrom('consumers').select('id').where('email', '=', email).orderBy('updated_at', 'desc').executeTakeFirst();
    return { address: email, consumerId: c?.id ?? null };
  }
  if (/^[+\d][\d\s\-()./]{5,}$/.test(text)) {
    let phone: string;
    try {
      phone = normalizePhone(text);
    } catch {
      // A caller id the exchange made up ("0000000", a withheld number): the call is still taken, unmatched.
      return { address: text, consumerId: null };
    }
    const c = await q.selectFrom('consumers').select('id').where('phone', '=', phone).orderBy('updated_at', 'desc').executeTakeFirst();
    return { address: phone, consumerId: c?.id ?? null };
  }
  // A handle (social media): kept as given, matched to no one.
  return { address: text, consumerId: null };
}

export async function createInteraction(deps: Deps, actor: Actor | null, body: Static<typeof NewInteractionBody>): Promise<Interaction> {
  const createdId = await liveWork(deps, (rtx) => registerContact(rtx, actor, body));
  return toInteraction(await deps.db.kysely.selectFrom('interactions').selectAll().where('id', '=', createdId).executeTakeFirstOrThrow());
}

/** Registers a contact inside the caller's routing transaction (a channel may add its own rows in the same one). */
export async function registerContact(rtx: RoutingTx, actor: Actor | null, body: Static<typeof NewInteractionBody>): Promise<string> {
  const id = body.id ?? randomUUID();
  const { trx, now } = rtx;
  if (await readInteraction(rtx, id)) throw new Problem(409, 'conflict', `An interaction with id ${id} already exists`);
  if (body.externalRef) {
    const seen = await trx.selectFrom('interactions').select('id').where('channel', '=', body.channel).where('external_ref', '=', body.externalRef).executeTakeFirst();
    if (seen) throw new Problem(409, 'conflict', `This ${body.channel} contact is already registered`, { interactionId: seen.id });
  }
  const queue = await queueFor(trx, body.channel, body.language, body.queueId);
  if (queue.language !== body.language) throw new Problem(422, 'validation_failed', `Queue "${queue.id}" takes ${queue.language}, not ${body.language}`, { field: 'queueId' });
  const open = isQueueOpen(queue, now);
  if (!open && LIVE_CHANNELS.has(body.channel)) {
    const next = queue.active === 1 ? queueNextOpening(hoursOf(queue), queue.observes_holidays === 1, now) : null;
    throw new Problem(409, 'queue_closed', `The ${queue.name_en} queue is closed`, { queueId: queue.id, nextOpening: next?.toISOString() ?? null });
  }
  if (body.topicId) await assertTopicsExist(trx, [body.topicId]);
  const { address, consumerId } = await matchConsumer(trx, body.from);
  // A callback may ask for a later time; one taken while the queue is
  // closed simply waits: routing offers it once the queue opens.
  const availableAt = body.availableAt ? new Date(body.availableAt) : now;
  const at = now.toISOString();
  await trx
    .insertInto('interactions')
    .values({
      id,
      channel: body.channel,
      queue_id: queue.id,
      language: body.language,
      state: 'queued',
      enqueued_at: at,
      available_at: availableAt.toISOString(),
      target_adviser_id: null,
      consumer_id: consumerId,
      case_id: null,
      topic_id: body.topicId ?? null,
      from_address: address,
      subject: body.subject?.trim() || null,
      external_ref: body.externalRef ?? null,
      note: null,
      arrived_at: at,
      offered_to: null,
      offered_at: null,
      offer_expires_at: null,
      offers: 0,
      adviser_id: null,
      accepted_at: null,
      wrap_up_at: null,
      wrap_up_until: null,
      done_at: null,
      ended_at: null,
      end_reason: null,
      created_by: actor?.userId ?? null,
      version: 1,
      updated_at: at,
    })
    .execute();
  await logStep(rtx, id, 'queued', { queueId: queue.id, actorId: actor?.userId ?? null });
  return id;
}
