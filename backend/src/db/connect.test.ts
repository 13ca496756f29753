import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDb, type TestDb } from '../../../tests/support/test-db.js';

// PostgreSQL only: SQLite has no server to end a connection.
describe('openPostgres', () => {
  let t: TestDb | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await t?.drop();
    t = undefined;
  });

  it('survives the server ending an idle pooled connection and reconnects on the next query', async () => {
    t = await createEmptyDb('postgres');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sql`SELECT 1`.execute(t.db.kysely);

    // What a server restart or failover does to the idle connection left in the pool.
    const admin = new pg.Client({ connectionString: t.url ?? '' });
    await admin.connect();
    const ended = await admin.query<{ ok: boolean }>(
      'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();
    expect(ended.rows.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/idle connection was closed by the server/)));

    const again = await sql<{ n: number }>`SELECT 2 AS n`.execute(t.db.kysely);
    expect(again.rows).toEqual([{ n: 2 }]);
  });
});
