// Opens the backend database: PostgreSQL when a URL is given, otherwise an
// embedded SQLite file in WAL mode. Callers get one Kysely handle and the
// dialect name, which the few dialect-specific queries (full-text search,
// row locks) switch on.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (count(*), sums) as strings to avoid precision loss;
// our counts are far below 2^53, so numbers keep both dialects' rows alike.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openPostgres(url: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, pg_terminate_backend)
  // is emitted as 'error' on the pool; unheard, that event would crash the
  // process. The pool has already dropped the connection and opens a new one
  // on the next query, so a warning is all it takes.
  pool.on('error', (err) => console.warn(`PostgreSQL: an idle connection was closed by the server (${err.message}); it will be replaced`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement afresh; preparing costs as
 * much as running a small query. Statements are cached by their SQL text (the
 * parameters vary, the text of a given query does not), least recently used
 * dropped first. Kysely uses one connection at a time, so sharing is safe.
 */
export function withStatementCache(sqlite: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql) {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
    close: () => {
      cache.clear();
      sqlite.close();
    },
  };
}

export function openSqlite(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
}

export function openDb(opts: { databaseUrl?: string; dataDir: string }): Db {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openSqlite(path.join(opts.dataDir, 'halla.sqlite'));
}
