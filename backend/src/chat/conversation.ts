// What each side does in a chat: send (idempotent by the sender's id), say
// it is typing, confirm what it has received and read; the consumer may ask
// for the transcript and end the chat. Reads by staff are audited: a chat is
// personal data.
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps } from '../deps.js';
import type { ChatSessionRow, InteractionRow } from '../db/schema.js';
import { auditRead } from '../audit/service.js';
import { notFound, Problem } from '../http/problem.js';
import { SECOND } from '../shared/clock.js';
import { consumerLeft } from '../interactions/lifecycle.js';
import { liveWork } from '../routing/engine.js';
import { withRouting, type RoutingTx } from '../routing/lock.js';
import { firstName, insertMessage, messagesOf, toMessage, type ChatMessage } from './messages.js';
import { chatByToken, chatState, publicChat, TYPING_MS, type PublicChat } from './session.js';
import type { ReceiptBody, SendBody } from './schemas.js';
import { mailTranscript } from './transcript.js';
import { messageBySeq, num, on, sendCheck } from './queries.js';

/** A consumer may send this many messages a minute; more is a script, not a person. */
export const CONSUMER_MESSAGES_PER_MINUTE = 30;

/** Text as stored: line ends made uniform, surrounding space trimmed; control characters refused. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw new Problem(400, 'validation_failed', 'The message contains control characters', { field: 'text' });
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (clean === '') throw new Problem(400, 'validation_failed', 'The message is empty', { field: 'text' });
  return clean;
}

const ended = () => new Problem(409, 'invalid_state', 'The chat has ended');

async function sessionOf(rtx: RoutingTx, id: string): Promise<{ interaction: InteractionRow; session: ChatSessionRow }> {
  const interaction = await rtx.trx.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
  const session = await rtx.trx.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', id).executeTakeFirst();
  if (!interaction || !session) throw notFound('Chat');
  return { interaction, session };
}

interface SendCheck {
  interaction: Pick<InteractionRow, 'id' | 'state' | 'adviser_id' | 'channel'>;
  session: ChatSessionRow;
  /** The message this sender already stored under this client id, if any. */
  repeatSeq: number | null;
  /** How many messages this sender stored since `countSince`. */
  recent: number;
}

/** What a send must know, in one read while it holds the routing lock: the chat, a repeat, the sender's recent pace. */
async function checkSend(rtx: RoutingTx, id: string, sender: 'consumer' | 'adviser', clientId: string, since: string): Promise<SendCheck> {
  const r = await sendCheck.first(on(rtx.deps, rtx.trx), { id, sender, clientId, since });
  if (!r) throw notFound('Chat');
  const { state, adviser_id, channel, repeat_seq, recent, ...session } = r;
  return { interaction: { id, state, adviser_id, channel }, session, repeatSeq: repeat_seq === null ? null : num(repeat_seq), recent: num(recent) };
}

async function storedMessage(rtx: RoutingTx, seq: number) {
  const row = (await messageBySeq.first(on(rtx.deps, rtx.trx), { seq }))!;
  return { ...row, seq: Number(row.seq) };
}

function messageOf(row: Parameters<typeof toMessage>[0], session: ChatSessionRow, authorName: string | null): ChatMessage {
  return toMessage(row, session, authorName);
}

// ---------------------------------------------------------------- consumer

// A send takes the routing lock (its message and live event must be numbered
// in commit order) but changes nothing routing looks at, so it runs no
// routing pass, and it does as little as it can while it holds the lock: one
// read, the message, its live event.
export async function consumerSend(deps: Deps, id: string, token: unknown, body: Static<typeof SendBody>): Promise<ChatMessage> {
  await chatByToken(deps, id, token);
  const text = cleanText(body.text);
  return withRouting(deps, async (rtx) => {
    const check = await checkSend(rtx, id, 'consumer', body.clientId, new Date(rtx.now.getTime() - 60 * SECOND).toISOString());
    const { interaction, session } = check;
    if (check.repeatSeq !== null) return messageOf(await storedMessage(rtx, check.repeatSeq), session, null);
    if (chatState(interaction, session) === 'ended') throw ended();
    if (check.recent >= CONSUMER_MESSAGES_PER_MINUTE) throw new Problem(429, 'rate_limited', 'Too many messages; wait a moment', { retryAfterSeconds: 10 });
    const row = await insertMessage(rtx, { interactionId: id, sender: 'consumer', clientId: body.clientId, body: text }, { adviserId: interaction.adviser_id, state: interaction.state, session }, null);
    // A sign of life that answers any "are you still there?", and typing ends with the message.
    await rtx.trx.updateTable('chat_sessions').set({ consumer_active_at: rtx.now.toISOString(), warned_at: null, consumer_typing_at: null }).where('interaction_id', '=', id).execute();
    return messageOf(row, session, null);
  });
}

export async function consumerMessages(deps: Deps, id: string, token: unknown, after: number): Promise<ChatMessage[]> {
  const { session } = await chatByToken(deps, id, token);
  return (await messagesOf(on(deps), id, after)).map(({ row, authorName }) => messageOf(row, session, authorName));
}

/** The consumer's page is there: typing, or just open (a sign of life). */
export async function consumerActivity(deps: Deps, id: string, token: unknown, typing: boolean): Promise<void> {
  await chatByToken(deps, id, token);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely
    .updateTable('chat_sessions')
    .set({ consumer_active_at: at, ...(typing ? { consumer_typing_at: at } : {}) })
    .where('interaction_id', '=', id)
    .execute();
  deps.bus.chatChanged(id);
}

/**
 * Watermarks only move forward, and never past the last message. Each is
 * raised by one conditional UPDATE ("only if higher"), so receipts that reach
 * the server at the same moment in any order leave the highest, never the last.
 */
async function receipts(deps: Deps, id: string, side: 'consumer' | 'adviser', body: Static<typeof ReceiptBody>): Promise<void> {
  const q = deps.db.kysely;
  const last = await q.selectFrom('chat_messages').select((eb) => eb.fn.max('seq').as('seq')).where('interaction_id', '=', id).executeTakeFirst();
  const top = Number(last?.seq ?? 0);
  const read = body.readUpTo === undefined ? null : Math.min(body.readUpTo, top);
  // Read implies delivered.
  const delivered = Math.max(read ?? 0, Math.min(body.deliveredUpTo ?? 0, top));
  const columns = side === 'consumer' ? ({ read: 'consumer_read_seq', delivered: 'consumer_delivered_seq' } as const) : ({ read: 'adviser_read_seq', delivered: 'adviser_delivered_seq' } as const);
  const raise = (column: (typeof columns)[keyof typeof columns], value: number) =>
    q.updateTable('chat_sessions').set({ [column]: value }).where('interaction_id', '=', id).where(column, '<', value).execute();
  if (read !== null) await raise(columns.read, read);
  await raise(columns.delivered, delivered);
  deps.bus.chatChanged(id);
}

export async function consumerReceipts(deps: Deps, id: string, token: unknown, body: Static<typeof ReceiptBody>): Promise<void> {
  await chatByToken(deps, id, token);
  await receipts(deps, id, 'consumer', body);
}

/** A transcript by e-mail: at the end of the chat, or now if it is already over. */
export async function consumerTranscript(deps: Deps, id: string, token: unknown, email: string): Promise<PublicChat> {
  await chatByToken(deps, id, token);
  await liveWork(deps, async (rtx) => {
    await rtx.trx.updateTable('chat_sessions').set({ transcript_email: email.trim().toLowerCase() }).where('interaction_id', '=', id).execute();
    const { interaction, session } = await sessionOf(rtx, id);
    if (chatState(interaction, session) === 'ended') await mailTranscript(rtx, interaction, session);
    rtx.afterCommit(() => rtx.deps.bus.chatChanged(id));
  });
  return publicChat(deps, id);
}

export async function consumerEnd(deps: Deps, id: string, token: unknown): Promise<PublicChat> {
  await chatByToken(deps, id, token);
  await consumerLeft(deps, id, 'consumer_ended');
  return publicChat(deps, id);
}

// ---------------------------------------------------------------- adviser

/** The adviser handling the chat, or (to read) a lead or an adviser who handled it before. */
async function assertAdviser(deps: Deps, actor: Actor, interaction: Pick<InteractionRow, 'id' | 'channel' | 'adviser_id'>, write: boolean): Promise<void> {
  if (interaction.channel !== 'chat') throw notFound('Chat');
  if (interaction.adviser_id === actor.userId) return;
  if (write) throw new Problem(403, 'forbidden', 'This chat is handled by someone else');
  if (actor.role !== 'adviser') return;
  const had = await deps.db.kysely.selectFrom('interaction_events').select('id').where('interaction_id', '=', interaction.id).where('adviser_id', '=', actor.userId).executeTakeFirst();
  if (!had) throw new Problem(403, 'forbidden', 'Not one of your chats');
}

async function interactionFor(deps: Deps, id: string): Promise<InteractionRow> {
  const row = await deps.db.kysely.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Chat');
  return row;
}

export async function adviserMessages(deps: Deps, actor: Actor, id: string, after: number): Promise<ChatMessage[]> {
  const interaction = await interactionFor(deps, id);
  await assertAdviser(deps, actor, interaction, false);
  const session = await deps.db.kysely.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', id).executeTakeFirst();
  if (!session) throw notFound('Chat');
  const messages = (await messagesOf(on(deps), id, after)).map(({ row, authorName }) => messageOf(row, session, authorName));
  await auditRead(deps.db, deps.clock.now(), actor, { action: 'chat.read', entityType: 'interaction', entityId: id, detail: { after, count: messages.length } });
  return messages;
}

export async function adviserChatInfo(deps: Deps, actor: Actor, id: string, presentMs: number) {
  const interaction = await interactionFor(deps, id);
  await assertAdviser(deps, actor, interaction, false);
  const s = await deps.db.kysely.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', id).executeTakeFirst();
  if (!s) throw notFound('Chat');
  await auditRead(deps.db, deps.clock.now(), actor, { action: 'chat.read', entityType: 'interaction', entityId: id, detail: { info: true } });
  const now = deps.clock.now().getTime();
  return {
    interactionId: id,
    consumerName: s.consumer_name,
    consumerTyping: !s.ended_at && !!s.consumer_typing_at && now - Date.parse(s.consumer_typing_at) < TYPING_MS,
    consumerPresent: !s.ended_at && now - Date.parse(s.consumer_active_at) < presentMs,
    deliveredSeq: s.consumer_delivered_seq,
    readSeq: s.consumer_read_seq,
    endedBy: s.ended_by,
  };
}

export async function adviserSend(deps: Deps, actor: Actor, id: string, body: Static<typeof SendBody>): Promise<ChatMessage> {
  const text = cleanText(body.text);
  const user = await deps.db.kysely.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const authorName = firstName(user.display_name);
  return withRouting(deps, async (rtx) => {
    const check = await checkSend(rtx, id, 'adviser', body.clientId, rtx.now.toISOString());
    const { interaction, session } = check;
    await assertAdviser(deps, actor, interaction, true);
    if (check.repeatSeq !== null) return messageOf(await storedMessage(rtx, check.repeatSeq), session, authorName);
    if (interaction.state !== 'active' || session.ended_at) throw ended();
    const row = await insertMessage(rtx, { interactionId: id, sender: 'adviser', clientId: body.clientId, authorId: actor.userId, body: text }, { adviserId: interaction.adviser_id, state: interaction.state, session }, authorName);
    // The message is there, so the adviser is no longer shown typing.
    if (session.adviser_typing_at) await rtx.trx.updateTable('chat_sessions').set({ adviser_typing_at: null }).where('interaction_id', '=', id).execute();
    return messageOf(row, session, authorName);
  });
}

export async function adviserTyping(deps: Deps, actor: Actor, id: string): Promise<void> {
  const interaction = await interactionFor(deps, id);
  await assertAdviser(deps, actor, interaction, true);
  await deps.db.kysely.updateTable('chat_sessions').set({ adviser_typing_at: deps.clock.now().toISOString() }).where('interaction_id', '=', id).execute();
  deps.bus.chatChanged(id);
}

export async function adviserReceipts(deps: Deps, actor: Actor, id: string, body: Static<typeof ReceiptBody>): Promise<void> {
  const interaction = await interactionFor(deps, id);
  await assertAdviser(deps, actor, interaction, true);
  await receipts(deps, id, 'adviser', body);
}

