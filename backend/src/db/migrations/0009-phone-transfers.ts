// A call moved to a queue or a colleague travels as a new call: the adviser's
// phone asks the consumer's side to call the service number again, and the
// platform passes the one-time token it was given on with that call, so the
// backend knows it as the same contact (same case, original place in line)
// rather than a new caller. A token is for one call from the same number,
// within a minute. So one contact may now have several calls: phone_calls
// loses its one-call-per-contact constraint (SQLite cannot drop a
// constraint, so the table is rebuilt there). Append-only.
import { sql } from 'kysely';
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

const COLUMNS = sql.raw(
  'call_id, interaction_id, caller, dialled, state, ringing_user_id, ringing_at, answered_by, answered_at, ended_at, ended_by, end_cause, created_at, updated_at, callback_opt_in',
);

async function manyCallsPerContact(db: MigrationDb, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table phone_calls drop constraint phone_calls_interaction_id_key`.execute(db);
  } else {
    await db.schema
      .createTable('phone_calls_next')
      .addColumn('call_id', 'text', (c) => c.primaryKey())
      .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
      .addColumn('caller', 'text', (c) => c.notNull())
      .addColumn('dialled', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('ringing_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('ringing_at', 'text')
      .addColumn('answered_by', 'text', (c) => c.references('users.id'))
      .addColumn('answered_at', 'text')
      .addColumn('ended_at', 'text')
      .addColumn('ended_by', 'text')
      .addColumn('end_cause', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('callback_opt_in', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`insert into phone_calls_next (${COLUMNS}) select ${COLUMNS} from phone_calls`.execute(db);
    await db.schema.dropTable('phone_calls').execute();
    await db.schema.alterTable('phone_calls_next').renameTo('phone_calls').execute();
  }
  await db.schema.createIndex('phone_calls_interaction').on('phone_calls').columns(['interaction_id', 'created_at']).execute();
}

export async function up(db: MigrationDb, dialect: DialectName): Promise<void> {
  await manyCallsPerContact(db, dialect);
  await db.schema
    .createTable('phone_transfers')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('adviser_id', 'text', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    // The call that carried it; set once (a token is good for one call).
    .addColumn('used_call_id', 'text')
    .execute();
}
