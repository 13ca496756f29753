// Initial sync benchmark: a real backend (SQLite, in its own process on
// 127.0.0.1) holding minimal reference data and CASES cases with notes, all
// in the change log → the desk core's real sync engine pulls the whole feed
// into an empty on-disk cache. Side by side, the floor: the same cache rows
// (same columns) bulk-inserted with raw better-sqlite3 into an empty SQLite
// file, one transaction per feed page — once into plain tables, once into the
// cache's own schema (indexes + the FTS5 entries the entity store writes with
// each new row), to show what the schema costs.
//
//   npx tsx bench/desk-sync.ts         (CASES=100000 NOTES_PER_CASE=2 PAGE=1000 to change)
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadConfig } from '../backend/src/config.js';
import { openSqlite } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import type { Deps } from '../backend/src/deps.js';
import { systemClock } from '../backend/src/shared/clock.js';
import { recordChanges, type Change } from '../backend/src/sync/change-log.js';
import { insertUser } from '../backend/src/users/service.js';
import { createDeskCoreWith } from '../electron/core/desk-core.js';
import { openCache } from '../electron/core/cache/open-cache.js';
import { DEFAULT_PAGE_SIZE } from '../electron/core/sync/pull.js';
import { memoryTokenStore } from '../electron/core/testing/backend-server.js';
import { insertBasics } from '../tests/support/seed-basics.js';
import { ms, table } from './desk-stats.js';
import { createLiveBus } from '../backend/src/live/bus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CASES = Number(process.env.CASES ?? 100_000);
const NOTES_PER_CASE = Number(process.env.NOTES_PER_CASE ?? 2);
const PAGE = Number(process.env.PAGE ?? DEFAULT_PAGE_SIZE);
const PASSWORD = 'bench-password-1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Reference data and the syncing adviser through the backend's code; the cases raw and in bulk, then the change log via recordChanges. */
async function seedBackend(dataDir: string): Promise<void> {
  const file = path.join(dataDir, 'halla.sqlite');
  const db = openSqlite(file);
  await migrateToLatest(db);
  const deps: Deps = { db, clock: systemClock, config: { ...loadConfig({}), dataDir }, bus: createLiveBus() };
  await insertBasics(deps);
  const adviser = await insertUser(deps, { username: 'adviser', displayName: 'Anna Adviser', role: 'adviser', password: PASSWORD });
  await db.close();

  // Recent and assigned to the syncing adviser: every case passes the feed's horizon filter.
  const now = new Date().toISOString();
  const changes: Change[] = [];
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  const insCase = raw.prepare(
    `INSERT INTO cases (id, reference, consumer_id, topic_id, channel, language, status, outcome, assigned_adviser_id, subject, tags, version, created_by, created_at, updated_at, closed_at)
     VALUES (?, ?, NULL, 'goods', 'phone', 'sv', 'open', NULL, ?, ?, '[]', 1, ?, ?, ?, NULL)`,
  );
  const insNote = raw.prepare('INSERT INTO case_notes (id, case_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)');
  raw.transaction(() => {
    for (let i = 0; i < CASES; i++) {
      const id = randomUUID();
      insCase.run(id, `HK-2026-${String(i + 1).padStart(6, '0')}`, adviser.id, `Reklamation av tvättmaskin nr ${i}`, adviser.id, now, now);
      changes.push({ entity: 'case', id, caseId: id });
      for (let n = 0; n < NOTES_PER_CASE; n++) {
        const noteId = randomUUID();
        insNote.run(noteId, id, adviser.id, `Konsumenten ringde om felet; vi gick igenom reklamationsrätten och nästa steg (${n}).`, now);
        changes.push({ entity: 'note', id: noteId, caseId: id });
      }
    }
  })();
  raw.close();

  const again = openSqlite(file);
  await again.kysely.transaction().execute((trx) => recordChanges(trx, new Date(), changes));
  await again.close();
}

interface Rows {
  cases: unknown[][];
  notes: unknown[][];
}

function readCacheRows(cacheDir: string): Rows {
  const db = openCache(cacheDir);
  const rows = {
    cases: db.prepare('SELECT id, reference, consumer_id, status, assigned_adviser_id, subject, created_at, updated_at, data FROM cases ORDER BY rowid').raw().all() as unknown[][],
    notes: db.prepare('SELECT id, case_id, body, created_at, data FROM notes ORDER BY rowid').raw().all() as unknown[][],
  };
  db.close();
  return rows;
}

/**
 * The floor: the same rows, one transaction per page of PAGE rows, in the order the feed sent them (cases first here).
 * `fts`: also each row's full-text entry, as the cache's entity store writes it (the schema has no insert triggers).
 */
function floorInsert(db: Database.Database, rows: Rows, fts = false): number {
  const insCase = db.prepare('INSERT INTO cases (id, reference, consumer_id, status, assigned_adviser_id, subject, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insNote = db.prepare('INSERT INTO notes (id, case_id, body, created_at, data) VALUES (?, ?, ?, ?, ?)');
  const ftsCase = fts ? db.prepare('INSERT INTO cases_fts (rowid, reference, subject) VALUES (?, ?, ?)') : null;
  const ftsNote = fts ? db.prepare('INSERT INTO notes_fts (rowid, body) VALUES (?, ?)') : null;
  const caseRow = (r: unknown[]) => {
    const { lastInsertRowid } = insCase.run(r);
    ftsCase?.run(lastInsertRowid, r[1], r[5]);
  };
  const noteRow = (r: unknown[]) => {
    const { lastInsertRowid } = insNote.run(r);
    ftsNote?.run(lastInsertRowid, r[2]);
  };
  const all: Array<[(r: unknown[]) => void, unknown[]]> = [
    ...rows.cases.map((r): [(r: unknown[]) => void, unknown[]] => [caseRow, r]),
    ...rows.notes.map((r): [(r: unknown[]) => void, unknown[]] => [noteRow, r]),
  ];
  const t = performance.now();
  for (let i = 0; i < all.length; i += PAGE) {
    const page = all.slice(i, i + PAGE);
    db.transaction(() => {
      for (const [insert, r] of page) insert(r);
    })();
  }
  return performance.now() - t;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-desk-sync-'));
  const children: ChildProcess[] = [];
  try {
    let t = performance.now();
    console.log(`seeding ${CASES} cases × ${NOTES_PER_CASE} notes into the backend …`);
    await seedBackend(path.join(dataDir, 'backend'));
    console.log(`seeded in ${ms((performance.now() - t) / 1000, 1)} s`);

    const port = await freePort();
    const api = fork(path.join(root, 'backend/src/server.ts'), [], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'backend'), LOG_LEVEL: 'warn' },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    children.push(api);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/v1/health`);

    // Real clock and network; no timers, so the only sync is the one measured here.
    let fetchMs = 0;
    const cacheDir = path.join(dataDir, 'cache');
    const core = await createDeskCoreWith(
      { dataDir: cacheDir, serverUrl: url, tokenStore: memoryTokenStore(), openExternal: async () => undefined, mode: 'browser', version: '0.0.0-bench' },
      {
        pageSize: PAGE,
        runtime: {
          schedule: () => () => undefined,
          async fetch(input, init) {
            // Time spent waiting for the server (request until the whole body is in), to split the total.
            const s = performance.now();
            const res = await globalThis.fetch(input, init);
            const body = await res.arrayBuffer();
            fetchMs += performance.now() - s;
            return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
          },
        },
      },
    );
    const login = await core.handlers.login({ username: 'adviser', password: PASSWORD });
    if (!login.ok) throw new Error(`login failed: ${login.message}`);
    fetchMs = 0;
    t = performance.now();
    const status = await core.handlers.syncNow();
    const syncMs = performance.now() - t;
    if (status.lastError) throw new Error(`sync failed: ${status.lastError}`);
    const count = (table: string) => (core.cacheDb.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const cached = { cases: count('cases'), notes: count('notes') };
    await core.close();
    await stop(api);
    const expected = CASES * (1 + NOTES_PER_CASE);
    const synced = cached.cases + cached.notes;
    if (synced !== expected) throw new Error(`expected ${expected} case and note rows in the cache, found ${synced}`);

    const rows = readCacheRows(cacheDir);
    const plain = new Database(path.join(dataDir, 'floor-plain.sqlite'));
    plain.pragma('journal_mode = WAL');
    plain.pragma('synchronous = NORMAL');
    plain.exec(`CREATE TABLE cases (id TEXT PRIMARY KEY, reference TEXT NOT NULL, consumer_id TEXT, status TEXT NOT NULL,
        assigned_adviser_id TEXT, subject TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE TABLE notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL);`);
    const plainMs = floorInsert(plain, rows);
    plain.close();
    const schemaDb = openCache(path.join(dataDir, 'floor-schema'));
    const schemaMs = floorInsert(schemaDb, rows, true);
    schemaDb.close();

    const rate = (n: number, msTaken: number) => Math.round(n / (msTaken / 1000)).toLocaleString('en-US');
    console.log(`\n${CASES} cases × ${NOTES_PER_CASE} notes = ${synced} cache rows, feed page ${PAGE}, ${os.cpus().length} cores, Node ${process.version}, backend on SQLite in its own process`);
    console.log(table(
      ['run', 'seconds', 'rows/s', 'vs plain floor'],
      [
        ['floor: raw better-sqlite3 bulk insert, plain tables (same columns), one transaction per page', ms(plainMs / 1000), rate(synced, plainMs), '1.0×'],
        ['floor: same, into the cache schema (indexes + FTS5 entries)', ms(schemaMs / 1000), rate(synced, schemaMs), `${(schemaMs / plainMs).toFixed(1)}×`],
        ['initial sync with the desk core (HTTP feed + apply)', ms(syncMs / 1000), rate(synced, syncMs), `${(syncMs / plainMs).toFixed(1)}×`],
        ['  of which waiting for the server (request → whole page received)', ms(fetchMs / 1000), '', ''],
        ['  of which in the desk (JSON + apply + commit)', ms((syncMs - fetchMs) / 1000), rate(synced, syncMs - fetchMs), `${((syncMs - fetchMs) / plainMs).toFixed(1)}×`],
      ],
    ));
    const perS = synced / (syncMs / 1000);
    console.log(`\ntargets: ≥ 25,000 rows/s ${perS >= 25_000 ? 'met' : 'MISSED'} (${Math.round(perS).toLocaleString('en-US')}); within 3× the floor ${syncMs <= 3 * plainMs ? 'met' : 'MISSED'} (${(syncMs / plainMs).toFixed(1)}×)`);
  } finally {
    for (const c of children) await stop(c);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
