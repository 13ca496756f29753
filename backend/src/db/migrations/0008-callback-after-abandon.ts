// A caller may ask to be called back should they give up waiting in the
// phone queue: the call remembers the wish, and the callback booked when they
// hang up remembers the abandoned call it stands in for (the adviser sees
// "hung up in the queue at …", the statistics can tell the two kinds apart).
// Append-only.
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('phone_calls').addColumn('callback_opt_in', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('callback_requests').addColumn('after_interaction_id', 'text', (c) => c.references('interactions.id')).execute();
}
