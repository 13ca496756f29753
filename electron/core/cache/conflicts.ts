// Pushed changes the server did not apply, kept with both versions until the
// adviser decides. Never dropped or overwritten by a pull.
import type { SyncConflict } from '../../bridge.js';
import { caseIdOf, entityIdOf, type Mutation } from '../local/mutation.js';
import type { CacheDb } from './open-cache.js';
import type { ConflictRow } from './schema.js';

export interface StoredConflict extends SyncConflict {
  mine: Mutation;
  caseId: string | null;
}

const toConflict = (r: ConflictRow): StoredConflict => ({
  mutationId: r.mutation_id,
  kind: r.kind,
  status: r.status,
  code: r.code,
  message: r.message,
  entityId: r.entity_id,
  caseId: r.case_id,
  mine: JSON.parse(r.mine) as Mutation,
  theirs: r.theirs === null ? null : (JSON.parse(r.theirs) as unknown),
  createdAt: r.created_at,
});

export function createConflicts(db: CacheDb) {
  const s = {
    add: db.prepare<ConflictRow>(
      `INSERT OR REPLACE INTO conflicts (mutation_id, user_id, kind, status, code, message, entity_id, case_id, mine, theirs, created_at)
       VALUES (@mutation_id, @user_id, @kind, @status, @code, @message, @entity_id, @case_id, @mine, @theirs, @created_at)`,
    ),
    list: db.prepare<[string], ConflictRow>('SELECT * FROM conflicts WHERE user_id = ? ORDER BY created_at, rowid'),
    get: db.prepare<[string, string], ConflictRow>('SELECT * FROM conflicts WHERE user_id = ? AND mutation_id = ?'),
    count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM conflicts WHERE user_id = ?'),
    remove: db.prepare<[string]>('DELETE FROM conflicts WHERE mutation_id = ?'),
    clearUser: db.prepare<[string]>('DELETE FROM conflicts WHERE user_id = ?'),
  };
  return {
    add(
      userId: string,
      mine: Mutation,
      result: { status: 'conflict' | 'rejected'; code: string; message: string; current?: unknown },
      at: string,
    ): void {
      s.add.run({
        mutation_id: mine.id,
        user_id: userId,
        kind: mine.type,
        status: result.status,
        code: result.code,
        message: result.message,
        entity_id: entityIdOf(mine),
        case_id: caseIdOf(mine),
        mine: JSON.stringify(mine),
        theirs: result.current === undefined ? null : JSON.stringify(result.current),
        created_at: at,
      });
    },
    list(userId: string): StoredConflict[] {
      return s.list.all(userId).map(toConflict);
    },
    get(userId: string, mutationId: string): StoredConflict | null {
      const r = s.get.get(userId, mutationId);
      return r ? toConflict(r) : null;
    },
    count(userId: string): number {
      return s.count.get(userId)?.n ?? 0;
    },
    remove(mutationId: string): void {
      s.remove.run(mutationId);
    },
    clearUser(userId: string): void {
      s.clearUser.run(userId);
    },
  };
}

export type Conflicts = ReturnType<typeof createConflicts>;
