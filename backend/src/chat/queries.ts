// The chat's hot queries, built once (see db/prepared.ts). Every message runs
// most of them — the send's check and insert, then each page's and the
// adviser's update — and building a Kysely query allocates more, and costs
// more, than running one of these small indexed queries.
import type { ChatMessageRow, ChatSender, ChatSessionRow, InteractionRow } from '../db/schema.js';
import { param, prepare, type Target } from '../db/prepared.js';
import type { Deps, Q } from '../deps.js';

/** Where to run a chat query: the database, or the caller's transaction. */
export const on = (deps: Deps, q: Q = deps.db.kysely): Target => ({ q, dialect: deps.db.dialect });

/** A count or a bigserial comes back as a string from PostgreSQL. */
export const num = (v: number | string | bigint | null | undefined): number => Number(v ?? 0);

export const sessionById = prepare<{ id: string }, ChatSessionRow>((q) => q.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', param<string>('id')));

export const sessionByToken = prepare<{ id: string; hash: string }, ChatSessionRow>((q) =>
  q.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', param<string>('id')).where('token_hash', '=', param<string>('hash')),
);

export const interactionById = prepare<{ id: string }, InteractionRow>((q) => q.selectFrom('interactions').selectAll().where('id', '=', param<string>('id')));

export const lastSeqOf = prepare<{ id: string }, { seq: number | string | null }>((q) =>
  q.selectFrom('chat_messages').select((eb) => eb.fn.max('seq').as('seq')).where('interaction_id', '=', param<string>('id')),
);

export const displayNameOf = prepare<{ id: string }, { display_name: string }>((q) => q.selectFrom('users').select('display_name').where('id', '=', param<string>('id')));

export const messagesAfter = prepare<{ id: string; after: number; limit: number }, ChatMessageRow & { display_name: string | null }>((q) =>
  q
    .selectFrom('chat_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .selectAll('m')
    .select('u.display_name')
    .where('m.interaction_id', '=', param<string>('id'))
    .where('m.seq', '>', param<number>('after'))
    .orderBy('m.seq')
    .limit(param<number>('limit')),
);

export const messageBySender = prepare<{ id: string; sender: ChatSender; clientId: string }, ChatMessageRow>((q) =>
  q
    .selectFrom('chat_messages')
    .selectAll()
    .where('interaction_id', '=', param<string>('id'))
    .where('sender', '=', param<ChatSender>('sender'))
    .where('client_id', '=', param<string>('clientId')),
);

export const messageBySeq = prepare<{ seq: number }, ChatMessageRow>((q) => q.selectFrom('chat_messages').selectAll().where('seq', '=', param<number>('seq')));

export type SendCheckRow = ChatSessionRow &
  Pick<InteractionRow, 'state' | 'adviser_id' | 'channel'> & { repeat_seq: number | string | null; recent: number | string | null };

/** A send's one read under the routing lock: the chat, the message it may repeat, the sender's pace since `since`. */
export const sendCheck = prepare<{ id: string; sender: ChatSender; clientId: string; since: string }, SendCheckRow>((q) =>
  q
    .selectFrom('chat_sessions as s')
    .innerJoin('interactions as i', 'i.id', 's.interaction_id')
    .selectAll('s')
    .select(['i.state', 'i.adviser_id', 'i.channel'])
    .select((eb) => [
      eb
        .selectFrom('chat_messages as m')
        .select('m.seq')
        .whereRef('m.interaction_id', '=', 's.interaction_id')
        .where('m.sender', '=', param<ChatSender>('sender'))
        .where('m.client_id', '=', param<string>('clientId'))
        .as('repeat_seq'),
      eb
        .selectFrom('chat_messages as m')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('m.interaction_id', '=', 's.interaction_id')
        .where('m.sender', '=', param<ChatSender>('sender'))
        .where('m.created_at', '>', param<string>('since'))
        .as('recent'),
    ])
    .where('s.interaction_id', '=', param<string>('id')),
);

export const insertMessageRow = prepare<{ id: string; sender: ChatSender; clientId: string; authorId: string | null; body: string; at: string }, ChatMessageRow>((q) =>
  q
    .insertInto('chat_messages')
    .values({
      interaction_id: param<string>('id'),
      sender: param<ChatSender>('sender'),
      client_id: param<string>('clientId'),
      author_id: param<string | null>('authorId'),
      body: param<string>('body'),
      created_at: param<string>('at'),
    })
    .returningAll(),
);

export const activityOf = prepare<
  { id: string },
  Pick<ChatSessionRow, 'consumer_name' | 'consumer_typing_at' | 'consumer_delivered_seq' | 'consumer_read_seq' | 'consumer_active_at' | 'ended_at'> & { adviser_id: string | null }
>((q) =>
  q
    .selectFrom('chat_sessions as s')
    .innerJoin('interactions as i', 'i.id', 's.interaction_id')
    .select(['i.adviser_id', 's.consumer_name', 's.consumer_typing_at', 's.consumer_delivered_seq', 's.consumer_read_seq', 's.consumer_active_at', 's.ended_at'])
    .where('s.interaction_id', '=', param<string>('id')),
);
