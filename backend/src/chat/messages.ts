// Chat messages. Each carries the sender's own id: a message sent again
// (a retry after a dropped connection) is found and returned, never stored
// twice. Written under the routing lock like all live work, so the adviser's
// copy goes out as a durable live event in commit order.
import type { Target } from '../db/prepared.js';
import type { ChatMessageRow, ChatSender, ChatSessionRow, InteractionState } from '../db/schema.js';
import type { RoutingTx } from '../routing/lock.js';
import type { Static } from '@sinclair/typebox';
import type { ChatMessageSchema } from './schemas.js';
import { insertMessageRow, messageBySender, messagesAfter, on } from './queries.js';

export type ChatMessage = Static<typeof ChatMessageSchema>;

export const firstName = (displayName: string | null | undefined) => (displayName ?? '').trim().split(/\s+/)[0] || null;

/** The API shape; delivered and read come from the other side's watermarks. */
export function toMessage(r: ChatMessageRow, s: Pick<ChatSessionRow, 'consumer_delivered_seq' | 'consumer_read_seq' | 'adviser_delivered_seq' | 'adviser_read_seq'>, authorName: string | null): ChatMessage {
  const theirs = r.sender === 'consumer' ? { d: s.adviser_delivered_seq, r: s.adviser_read_seq } : r.sender === 'adviser' ? { d: s.consumer_delivered_seq, r: s.consumer_read_seq } : null;
  return {
    seq: Number(r.seq),
    interactionId: r.interaction_id,
    sender: r.sender,
    clientId: r.client_id,
    authorName,
    body: r.body,
    createdAt: r.created_at,
    delivered: theirs ? Number(r.seq) <= theirs.d : true,
    read: theirs ? Number(r.seq) <= theirs.r : true,
  };
}

export type StoredMessage = { row: ChatMessageRow; authorName: string | null };

/** How many messages one read returns; callers that need them all page on. */
export const MESSAGES_PER_READ = 1000;

/** Messages of one chat after a sequence, oldest first, with the authors' first names: at most `limit`. */
export async function messagesOf(t: Target, interactionId: string, after = 0, limit = MESSAGES_PER_READ): Promise<StoredMessage[]> {
  const rows = await messagesAfter.rows(t, { id: interactionId, after, limit });
  return rows.map(({ display_name, ...row }) => ({ row: { ...row, seq: Number(row.seq) }, authorName: firstName(display_name) }));
}

/** Every message of one chat after a sequence, read page by page (a long chat holds more than one read returns). */
export async function allMessagesOf(t: Target, interactionId: string, after = 0): Promise<StoredMessage[]> {
  const out: StoredMessage[] = [];
  for (;;) {
    const page = await messagesOf(t, interactionId, after);
    out.push(...page);
    if (page.length < MESSAGES_PER_READ) return out;
    after = page.at(-1)!.row.seq;
  }
}

export interface NewMessage {
  interactionId: string;
  sender: ChatSender;
  clientId: string;
  authorId?: string | null;
  body: string;
}

/** What storing a message needs to know of its chat: who handles it, and the watermarks its copy shows. */
export interface ChatContext {
  adviserId: string | null;
  state: InteractionState;
  session: Pick<ChatSessionRow, 'consumer_delivered_seq' | 'consumer_read_seq' | 'adviser_delivered_seq' | 'adviser_read_seq'>;
}

/** The message a sender stored under this client id, if any. */
export async function findMessage(rtx: RoutingTx, interactionId: string, sender: ChatSender, clientId: string): Promise<ChatMessageRow | undefined> {
  const row = await messageBySender.first(on(rtx.deps, rtx.trx), { id: interactionId, sender, clientId });
  return row && { ...row, seq: Number(row.seq) };
}

/**
 * Stores a message the caller found to be new (under the routing lock, so no
 * one stores it meanwhile). It goes to the adviser handling the chat as a
 * live event, and the consumer's page hears of it after commit. Two
 * statements: the send path holds the routing lock, so every one counts.
 */
export async function insertMessage(rtx: RoutingTx, m: NewMessage, ctx: ChatContext, authorName: string | null): Promise<ChatMessageRow> {
  const inserted = await insertMessageRow.first(on(rtx.deps, rtx.trx), {
    id: m.interactionId, sender: m.sender, clientId: m.clientId, authorId: m.authorId ?? null, body: m.body, at: rtx.now.toISOString(),
  });
  const row = { ...inserted!, seq: Number(inserted!.seq) };
  if (ctx.adviserId && (ctx.state === 'active' || ctx.state === 'wrap_up')) {
    await rtx.toUser(ctx.adviserId, { type: 'chat-message', message: toMessage(row, ctx.session, authorName) });
  }
  rtx.afterCommit(() => rtx.deps.bus.chatChanged(m.interactionId));
  return row;
}

/** Stores a message once per (chat, sender, client id); a repeat returns the stored one. */
export async function appendMessage(rtx: RoutingTx, m: NewMessage): Promise<{ row: ChatMessageRow; fresh: boolean }> {
  const existing = await findMessage(rtx, m.interactionId, m.sender, m.clientId);
  if (existing) return { row: existing, fresh: false };
  const interaction = await rtx.trx.selectFrom('interactions').select(['adviser_id', 'state']).where('id', '=', m.interactionId).executeTakeFirstOrThrow();
  const session = await rtx.trx.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', m.interactionId).executeTakeFirstOrThrow();
  const author = m.authorId ? await rtx.trx.selectFrom('users').select('display_name').where('id', '=', m.authorId).executeTakeFirst() : undefined;
  const row = await insertMessage(rtx, m, { adviserId: interaction.adviser_id, state: interaction.state, session }, firstName(author?.display_name));
  return { row, fresh: true };
}
