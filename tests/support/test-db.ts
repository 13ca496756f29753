// Per-test-file databases on both dialects. Every test that touches the
// database runs through `describeEachDialect`, so it runs on SQLite AND on
// PostgreSQL.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, inject } from 'vitest';
import { loadConfig, type Config } from '../../backend/src/config.js';
import { openPostgres, openSqlite, type Db, type DialectName } from '../../backend/src/db/connect.js';
import { migrateToLatest } from '../../backend/src/db/migrate.js';
import type { Deps } from '../../backend/src/deps.js';
import { ManualClock } from '../../backend/src/shared/clock.js';
import { createLiveBus } from '../../backend/src/live/bus.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export function describeEachDialect(name: string, fn: (dialect: DialectName) => void): void {
  describe.each(DIALECTS)(`${name} [%s]`, (dialect) => fn(dialect));
}

export interface TestDb {
  db: Db;
  url: string | null;
  drop(): Promise<void>;
}

/** A fresh, empty database (no migrations). */
export async function createEmptyDb(dialect: DialectName): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = openSqlite(':memory:');
    return { db, url: null, drop: () => db.close() };
  }
  const admin = inject('pgUrl');
  const name = `t_${randomUUID().replace(/-/g, '')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = admin.replace(/\/postgres$/, `/${name}`);
  const db = openPostgres(url, 5);
  return {
    db,
    url,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestDeps extends Deps {
  clock: ManualClock;
  drop(): Promise<void>;
}

/** A migrated database with a settable clock and test configuration. */
export async function createTestDeps(dialect: DialectName, overrides: Partial<Config> = {}): Promise<TestDeps> {
  const t = await createEmptyDb(dialect);
  await migrateToLatest(t.db);
  const config = { ...loadConfig({}), dataDir: '/nonexistent', ...overrides };
  return { db: t.db, clock: new ManualClock(), config, bus: createLiveBus(), drop: t.drop };
}
