// The change log behind the desktop sync feed. Each entity has one row holding
// the sequence number of its latest change; a change takes the next number from
// a counter row. The counter's row lock (PostgreSQL) or the single writer
// (SQLite) is held until commit, so numbers become visible in order and a
// reader paging by `seq > cursor` never skips a change that commits later.
import type { Q } from '../deps.js';
import type { SyncEntity } from '../db/schema.js';

export interface Change {
  entity: SyncEntity;
  id: string;
  deleted?: boolean;
  /** The case a case-family entity belongs to (case, note, referral, case_link). */
  caseId?: string | null;
}

/** Records changes inside the caller's transaction. Call it last in the transaction: it takes the counter lock. */
export async function recordChanges(q: Q, at: Date, input: readonly Change[]): Promise<void> {
  // One row per entity: a second change to it in the same batch supersedes the first.
  const latest = new Map<string, Change>();
  for (const c of input) {
    const key = `${c.entity}:${c.id}`;
    latest.delete(key);
    latest.set(key, c);
  }
  const changes = [...latest.values()];
  if (changes.length === 0) return;
  const { value: last } = await q
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', changes.length) }))
    .where('name', '=', 'change_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  const first = last - changes.length + 1;
  const rows = changes.map((c, i) => ({
    entity: c.entity,
    entity_id: c.id,
    seq: first + i,
    deleted: c.deleted ? 1 : 0,
    case_id: c.caseId ?? null,
    changed_at: at.toISOString(),
  }));
  // Chunked: SQLite limits bound parameters per statement.
  for (let i = 0; i < rows.length; i += 100) {
    await q
      .insertInto('change_log')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc.columns(['entity', 'entity_id']).doUpdateSet((eb) => ({
          seq: eb.ref('excluded.seq'),
          deleted: eb.ref('excluded.deleted'),
          case_id: eb.ref('excluded.case_id'),
          changed_at: eb.ref('excluded.changed_at'),
        })),
      )
      .execute();
  }
}

export const recordChange = (q: Q, at: Date, change: Change) => recordChanges(q, at, [change]);
