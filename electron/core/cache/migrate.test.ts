import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheMigrationError, migrateCache, type CacheMigration } from './migrate.js';
import { cacheMigrations } from './migrations/index.js';
import { CACHE_FILE, openCache } from './open-cache.js';

const tables = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name);

describe('cache migrations', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('creates every table on a fresh file, in WAL mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-cache-'));
    dirs.push(dir);
    const db = openCache(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const names = tables(db);
    for (const t of ['cases', 'notes', 'referrals', 'case_links', 'consumers', 'topics', 'municipalities', 'partners', 'articles',
      'articles_fts', 'cases_fts', 'notes_fts', 'consumers_fts', 'outbox', 'conflicts', 'sync_state', 'cache_migrations']) {
      expect(names).toContain(t);
    }
    db.close();
    // The file is where the host put it.
    const again = new Database(join(dir, CACHE_FILE));
    expect(again.prepare('SELECT name FROM cache_migrations').all()).toEqual([{ name: '0001-initial' }]);
    again.close();
  });

  it('does nothing when run again, and keeps the data', () => {
    const db = new Database(':memory:');
    expect(migrateCache(db, cacheMigrations)).toEqual(['0001-initial']);
    db.prepare("UPDATE sync_state SET cursor = '42'").run();
    expect(migrateCache(db, cacheMigrations)).toEqual([]);
    expect(db.prepare('SELECT cursor FROM sync_state').get()).toEqual({ cursor: '42' });
  });

  it('refuses a cache with a migration it does not know, and changes nothing', () => {
    const db = new Database(':memory:');
    migrateCache(db, cacheMigrations);
    db.prepare("INSERT INTO cache_migrations (name, applied_at) VALUES ('9999-from-the-future', 'x')").run();
    const before = tables(db);
    const later: CacheMigration = { name: '0002-later', up: (d) => d.exec('CREATE TABLE later (x)') };
    expect(() => migrateCache(db, [...cacheMigrations, later])).toThrow(CacheMigrationError);
    expect(tables(db)).toEqual(before);
  });

  it('refuses migrations applied out of order', () => {
    const a: CacheMigration = { name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') };
    const b: CacheMigration = { name: 'b', up: (d) => d.exec('CREATE TABLE b (x)') };
    const db = new Database(':memory:');
    migrateCache(db, [b]);
    expect(() => migrateCache(db, [a, b])).toThrow(/out of order/);
    expect(tables(db)).not.toContain('a');
  });

  it('applies only the new ones, in order, each with its record', () => {
    const a: CacheMigration = { name: 'a', up: (d) => d.exec('CREATE TABLE a (x)') };
    const b: CacheMigration = { name: 'b', up: (d) => d.exec('CREATE TABLE b (x)') };
    const broken: CacheMigration = { name: 'c', up: (d) => d.exec('CREATE TABLE c (x); SELECT * FROM nowhere') };
    const db = new Database(':memory:');
    expect(migrateCache(db, [a])).toEqual(['a']);
    expect(() => migrateCache(db, [a, b, broken])).toThrow();
    // b committed; the failed c left neither its table nor its record.
    expect(db.prepare('SELECT name FROM cache_migrations ORDER BY rowid').all()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(tables(db)).not.toContain('c');
  });
});
