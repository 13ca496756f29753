// The cache's migration runner. Migrations are append-only: the applied ones
// must be exactly a prefix of the known list, in order. A cache written by a
// newer app (an unknown name) or a reordered history is refused rather than
// guessed at, because the outbox in it may hold an adviser's unsent work.
import type Database from 'better-sqlite3';

export interface CacheMigration {
  name: string;
  up(db: Database.Database): void;
}

export class CacheMigrationError extends Error {
  override name = 'CacheMigrationError';
}

export function migrateCache(db: Database.Database, migrations: readonly CacheMigration[], now: () => Date = () => new Date()): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS cache_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = db
    .prepare<[], { name: string }>('SELECT name FROM cache_migrations ORDER BY rowid')
    .all()
    .map((r) => r.name);
  const known = migrations.map((m) => m.name);
  applied.forEach((name, i) => {
    if (!known.includes(name)) throw new CacheMigrationError(`The cache has an unknown migration "${name}" (written by a newer version?)`);
    if (known[i] !== name) throw new CacheMigrationError(`The cache's migration "${name}" is out of order (expected "${known[i]}")`);
  });
  const record = db.prepare<[string, string]>('INSERT INTO cache_migrations (name, applied_at) VALUES (?, ?)');
  const ran: string[] = [];
  for (const m of migrations.slice(applied.length)) {
    db.transaction(() => {
      m.up(db);
      record.run(m.name, now().toISOString());
    })();
    ran.push(m.name);
  }
  return ran;
}
