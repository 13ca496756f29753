// The one-row sync state: the feed cursor, the time of the last good sync and
// whose data the cache holds.
import type { User } from '../../bridge.js';
import type { CacheDb } from './open-cache.js';
import type { SyncStateRow } from './schema.js';

export function createSyncState(db: CacheDb) {
  const s = {
    get: db.prepare<[], SyncStateRow>('SELECT * FROM sync_state WHERE id = 1'),
    cursor: db.prepare<[string]>('UPDATE sync_state SET cursor = ? WHERE id = 1'),
    synced: db.prepare<[string]>('UPDATE sync_state SET last_sync_at = ? WHERE id = 1'),
    user: db.prepare<[string | null]>('UPDATE sync_state SET user_json = ? WHERE id = 1'),
    reset: db.prepare<[]>(`UPDATE sync_state SET cursor = '0', last_sync_at = NULL WHERE id = 1`),
  };
  const row = (): SyncStateRow => {
    const r = s.get.get();
    if (!r) throw new Error('The cache has no sync state row');
    return r;
  };
  return {
    cursor: (): string => row().cursor,
    setCursor: (cursor: string) => void s.cursor.run(cursor),
    lastSyncAt: (): string | null => row().last_sync_at,
    setLastSyncAt: (at: string) => void s.synced.run(at),
    user: (): User | null => {
      const json = row().user_json;
      return json ? (JSON.parse(json) as User) : null;
    },
    setUser: (user: User | null) => void s.user.run(user ? JSON.stringify(user) : null),
    /** Back to an empty feed position: the next pull starts from the beginning. */
    reset: () => void s.reset.run(),
  };
}

export type SyncState = ReturnType<typeof createSyncState>;
