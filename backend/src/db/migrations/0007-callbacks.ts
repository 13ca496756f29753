// Callbacks: the consumer's booking (a reference to quote and the window they
// asked to be called in) beside its callback interaction, and every attempt an
// adviser made to reach them (when, by whom, what came of it). The number to
// call is the interaction's from_address: stored once. Append-only.
// (Numbered 0007: 0006 is reserved for another branch, merged before this one.)
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb, dialect: DialectName): Promise<void> {
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';

  await db.schema
    .createTable('callback_requests')
    .addColumn('interaction_id', 'text', (c) => c.primaryKey().references('interactions.id'))
    // What the consumer quotes if they get in touch about it ("ÅU-7K3F9Q").
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The tick looks for waiting callbacks whose window has closed.
  await db.schema.createIndex('callback_requests_window_end').on('callback_requests').column('window_end').execute();

  await db.schema
    .createTable('callback_attempts')
    .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('adviser_id', 'text', (c) => c.notNull().references('users.id'))
    // reached, no_answer, busy or wrong_number.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('callback_attempts_interaction').on('callback_attempts').columns(['interaction_id', 'id']).execute();
}
