// Chat messages. Each carries the sender's own id: a message sent again
// (a retry after a dropped connection) is found and returned, never stored
// twice. Written under the routing lock like all live work, so the adviser's
// copy goes out as a durable live event in commit order.
import type { Q } from '../deps.js';
import type { ChatMessageRow, ChatSender, ChatSessionRow } from '../db/schema.js';
import type { RoutingTx } from '../routing/lock.js';
import type { Static } from '@sinclair/typebox';
import type { ChatMessageSchema } from './schemas.js';

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
export async function messagesOf(q: Q, interactionId: string, after = 0, limit = MESSAGES_PER_READ): Promise<StoredMessage[]> {
  const rows = await q
    .selectFrom('chat_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .selectAll('m')
    .select('u.display_name')
    .where('m.interaction_id', '=', interactionId)
    .where('m.seq', '>', after)
    .orderBy('m.seq')
    .limit(limit)
    .execute();
  return rows.map(({ display_name, ...row }) => ({ row: { ...row, seq: Number(row.seq) }, authorName: firstName(display_name) }));
}

/** Every message of one chat after a sequence, read page by page (a long chat holds more than one read returns). */
export async function allMessagesOf(q: Q, interactionId: string, after = 0): Promise<StoredMessage[]> {
  const out: StoredMessage[] = [];
  for (;;) {
    const page = await messagesOf(q, interactionId, after);
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

/**
 * Stores a message once per (chat, sender, client id); a repeat returns the
 * stored one. A new message goes to the adviser handling the chat as a live
 * event, and the consumer's page hears of it after commit.
 */
export async function appendMessage(rtx: RoutingTx, m: NewMessage): Promise<{ row: ChatMessageRow; fresh: boolean }> {
  const find = () =>
    rtx.trx
      .selectFrom('chat_messages')
      .selectAll()
      .where('interaction_id', '=', m.interactionId)
      .where('sender', '=', m.sender)
      .where('client_id', '=', m.clientId)
      .executeTakeFirst();
  const existing = await find();
  if (existing) return { row: { ...existing, seq: Number(existing.seq) }, fresh: false };
  await rtx.trx
    .insertInto('chat_messages')
    .values({ interaction_id: m.interactionId, sender: m.sender, client_id: m.clientId, author_id: m.authorId ?? null, body: m.body, created_at: rtx.now.toISOString() })
    .execute();
  const row = (await find())!;
  const stored = { ...row, seq: Number(row.seq) };
  const interaction = await rtx.trx.selectFrom('interactions').select(['adviser_id', 'state']).where('id', '=', m.interactionId).executeTakeFirstOrThrow();
  if (interaction.adviser_id && (interaction.state === 'active' || interaction.state === 'wrap_up')) {
    const session = await rtx.trx.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', m.interactionId).executeTakeFirstOrThrow();
    const author = m.authorId ? await rtx.trx.selectFrom('users').select('display_name').where('id', '=', m.authorId).executeTakeFirst() : undefined;
    await rtx.toUser(interaction.adviser_id, { type: 'chat-message', message: toMessage(stored, session, firstName(author?.display_name)) });
  }
  rtx.afterCommit(() => rtx.deps.bus.chatChanged(m.interactionId));
  return { row: stored, fresh: true };
}
