// Opens (creating if needed) the cache database and brings its schema current.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateCache } from './migrate.js';
import { cacheMigrations } from './migrations/index.js';

export type CacheDb = Database.Database;

export const CACHE_FILE = 'desk-cache.sqlite';

const WAL_SIZE_LIMIT = 16 * 1024 * 1024;

interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies the WAL back into the database without waiting for readers or
 * writers (PASSIVE), so the WAL restarts from its beginning. When all of a
 * large WAL (a long pull) went back, the file is cut to nothing here too,
 * rather than by journal_size_limit in the next write. Never call it inside a
 * transaction or from a local write.
 */
export function checkpointWal(db: CacheDb): void {
  if (db.memory || db.inTransaction) return;
  const [r] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[];
  if (!r || r.busy !== 0 || r.log !== r.checkpointed) return;
  if (r.log * Number(db.pragma('page_size', { simple: true })) > WAL_SIZE_LIMIT) db.pragma('wal_checkpoint(TRUNCATE)');
}

/** `dataDir` null opens an in-memory cache (tests). */
export function openCache(dataDir: string | null): CacheDb {
  let file = ':memory:';
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, CACHE_FILE);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode loses at most the last commits on power loss, never
    // corrupts; the outbox is re-pushable and the feed re-pullable.
    db.pragma('synchronous = NORMAL');
    // A cache mirrors the server's integrity; rows arrive in feed order, not
    // parent-first, so foreign keys would only get in the way.
    db.pragma('foreign_keys = OFF');
    db.pragma('temp_store = MEMORY');
    // No checkpoint inside a local write (one could take milliseconds): the
    // sync engine checkpoints between cycles and pages (checkpointWal), and a
    // reset WAL is cut back to this size so it stays bounded on disk.
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    // 32 MiB of page cache (the default is 2): the initial sync inserts rows
    // keyed by random UUIDs, whose index pages are touched all over the file.
    db.pragma('cache_size = -32768');
    migrateCache(db, cacheMigrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
