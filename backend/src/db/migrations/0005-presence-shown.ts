// What was last sent about an adviser's presence (state, reason, contacts in
// hand, wrap-up end, skills), so a change in any of them — not only in the
// state — reaches the wallboard, and nothing is sent when nothing changed.
// Append-only.
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('adviser_presence').addColumn('shown', 'text').execute();
}
