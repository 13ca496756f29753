// The outbox: local changes waiting for the server, in push order, each with
// the client-generated mutation id the server deduplicates on. Rows belong to
// the user who made them; only that user's session sees or pushes them.
import { caseIdOf, entityIdOf, type Mutation } from '../local/mutation.js';
import type { CacheDb } from './open-cache.js';
import type { OutboxRow } from './schema.js';

export interface OutboxEntry {
  seq: number;
  mutation: Mutation;
  createdAt: string;
  attempts: number;
}

const toEntry = (r: Pick<OutboxRow, 'seq' | 'payload' | 'created_at' | 'attempts'>): OutboxEntry => ({
  seq: r.seq,
  mutation: JSON.parse(r.payload) as Mutation,
  createdAt: r.created_at,
  attempts: r.attempts,
});

type EntryRow = Pick<OutboxRow, 'seq' | 'payload' | 'created_at' | 'attempts'>;

export function createOutbox(db: CacheDb) {
  const s = {
    append: db.prepare<[string, string, string, string | null, string, string, string]>(
      `INSERT INTO outbox (mutation_id, user_id, type, case_id, entity_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    head: db.prepare<[string, number], EntryRow>(
      'SELECT seq, payload, created_at, attempts FROM outbox WHERE user_id = ? ORDER BY seq LIMIT ?',
    ),
    ofCases: db.prepare<[string, string], EntryRow>(
      `SELECT seq, payload, created_at, attempts FROM outbox
       WHERE user_id = ? AND (case_id IN (SELECT value FROM json_each(?))) ORDER BY seq`,
    ),
    ofEntity: db.prepare<[string, string], EntryRow>(
      'SELECT seq, payload, created_at, attempts FROM outbox WHERE user_id = ? AND entity_id = ? ORDER BY seq',
    ),
    count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM outbox WHERE user_id = ?'),
    remove: db.prepare<[string]>('DELETE FROM outbox WHERE mutation_id = ?'),
    mark: db.prepare<[string, string]>(`UPDATE outbox SET state = ?, attempts = attempts + 1 WHERE mutation_id = ?`),
    failed: db.prepare<[string, string]>(`UPDATE outbox SET state = 'pending', last_error = ? WHERE mutation_id = ?`),
    pendingOfCase: db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM outbox WHERE user_id = ? AND case_id = ?'),
    clearUser: db.prepare<[string]>('DELETE FROM outbox WHERE user_id = ?'),
  };
  return {
    append(userId: string, m: Mutation, at: string): void {
      s.append.run(m.id, userId, m.type, caseIdOf(m), entityIdOf(m), JSON.stringify(m), at);
    },
    /** The oldest entries of the user, in push order. */
    head(userId: string, limit: number): OutboxEntry[] {
      return s.head.all(userId, limit).map(toEntry);
    },
    /** Entries touching any of the cases, in push order. */
    ofCases(userId: string, caseIds: readonly string[]): OutboxEntry[] {
      if (caseIds.length === 0) return [];
      return s.ofCases.all(userId, JSON.stringify(caseIds)).map(toEntry);
    },
    ofEntity(userId: string, entityId: string): OutboxEntry[] {
      return s.ofEntity.all(userId, entityId).map(toEntry);
    },
    count(userId: string): number {
      return s.count.get(userId)?.n ?? 0;
    },
    hasCase(userId: string, caseId: string): boolean {
      return (s.pendingOfCase.get(userId, caseId)?.n ?? 0) > 0;
    },
    remove(mutationId: string): void {
      s.remove.run(mutationId);
    },
    markSending(mutationIds: readonly string[]): void {
      db.transaction(() => {
        for (const id of mutationIds) s.mark.run('sending', id);
      })();
    },
    /** Back to pending after a failed attempt, with the reason kept for diagnosis. */
    markFailed(mutationIds: readonly string[], error: string): void {
      db.transaction(() => {
        for (const id of mutationIds) s.failed.run(error, id);
      })();
    },
    clearUser(userId: string): void {
      s.clearUser.run(userId);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
