// Opens (creating if needed) the cache database and brings its schema current.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateCache } from './migrate.js';
import { cacheMigrations } from './migrations/index.js';

export type CacheDb = Database.Database;

export const CACHE_FILE = 'desk-cache.sqlite';

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
    migrateCache(db, cacheMigrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
