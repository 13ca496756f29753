// Phone: the SIP identity of each member of staff who takes calls (the
// softphone registers as it; the SIP platform names it when it rings someone),
// and one row per call that came in through the SIP platform, keyed by its
// SIP Call-ID, so the platform's reports can be matched, repeated and arrive
// late without doing anything twice. Append-only.
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('phone_sip_users')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('sip_user', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('phone_calls')
    .addColumn('call_id', 'text', (c) => c.primaryKey())
    .addColumn('interaction_id', 'text', (c) => c.notNull().unique().references('interactions.id'))
    // The caller as the platform saw them (a number, or a SIP user) and the number they dialled.
    .addColumn('caller', 'text', (c) => c.notNull())
    .addColumn('dialled', 'text', (c) => c.notNull())
    // 'waiting' (in line), 'ringing' (an adviser's phone), 'answered', 'ended'.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('ringing_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('ringing_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('ended_at', 'text')
    // 'caller', 'adviser' or 'platform' (the platform gave up: an error, no one to ring).
    .addColumn('ended_by', 'text')
    .addColumn('end_cause', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
