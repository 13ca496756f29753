// Chat: a chat session per chat interaction (the consumer's side: its secret,
// language, whether it is over), its messages (each with the sender's own id,
// so a resent message is stored once), team-shared canned responses, and an
// outbox for e-mail the service sends (chat transcripts). Append-only.
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb, dialect: DialectName): Promise<void> {
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('chat_sessions')
    .addColumn('interaction_id', 'text', (c) => c.primaryKey().references('interactions.id'))
    // SHA-256 of the consumer's secret: the capability to read and write this chat.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('consumer_name', 'text')
    .addColumn('transcript_email', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    // The consumer's last sign of life (a message, typing, or the open chat page).
    .addColumn('consumer_active_at', 'text', (c) => c.notNull())
    .addColumn('warned_at', 'text')
    .addColumn('consumer_typing_at', 'text')
    .addColumn('adviser_typing_at', 'text')
    // Delivered and read are watermarks: every message of the other side up to this sequence.
    .addColumn('consumer_delivered_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consumer_read_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adviser_delivered_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('adviser_read_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('chat_messages')
    .addColumn('seq', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    // 'consumer', 'adviser' or 'system'.
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chat_messages_once').on('chat_messages').columns(['interaction_id', 'sender', 'client_id']).unique().execute();
  await db.schema.createIndex('chat_messages_chat').on('chat_messages').columns(['interaction_id', 'seq']).execute();

  await db.schema
    .createTable('canned_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // JSON list of search words.
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // What the mail is about, e.g. chat-transcript:<interaction id>; one per purpose.
    .addColumn('purpose', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['sent_at', 'next_attempt_at']).execute();
}
