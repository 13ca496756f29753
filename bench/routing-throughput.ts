// Routing throughput with 300 advisers online, on SQLite and on PostgreSQL.
//
// 1. Routing passes, in process, through the engine itself: each round puts
//    a mid-morning picture in the database (300 ready advisers of four teams,
//    about half of them with a call, chats or an e-mail in hand, some in
//    wrap-up) and a burst of 10–200 waiting contacts in the national channel
//    mix, then times one `liveWork` transaction with nothing else to do — the
//    routing lock, reading who waits and who is free, planOffers, and every
//    offer written with its lifecycle step, audit row, live event and the
//    adviser's refreshed presence. Offers per second = offers made ÷ time in
//    passes.
// 2. The baseline, on the same input with no database: planOffers alone, on
//    the contacts and advisers of that round as the engine reads them (each
//    round checks that the engine offered exactly what planOffers planned).
//    Also an empty routing transaction (lock + commit): the fixed cost.
// 3. End to end through the API, with the backend in its own process: a team
//    lead registers contacts in bursts and the 300 advisers, each on its live
//    connection, accept, end and complete every offer at once
//    (routing-api-load.ts). Cycles per second = completed contacts ÷ seconds.
//
// PostgreSQL runs in a throwaway cluster started the way the tests start one
// (tests/support/postgres-cluster.ts: 127.0.0.1, fsync off), and is skipped
// with a message when its server binaries are not installed.
//
//   npm run bench:routing   (ROUNDS=12 API_SECONDS=15 to change)
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../backend/src/config.js';
import { openPostgres, openSqlite, type Db, type DialectName } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import type { Deps } from '../backend/src/deps.js';
import { createLiveBus } from '../backend/src/live/bus.js';
import { liveWork } from '../backend/src/routing/engine.js';
import { withRouting } from '../backend/src/routing/lock.js';
import { planOffers } from '../backend/src/routing/plan.js';
import { systemClock } from '../backend/src/shared/clock.js';
import { startCluster, type Cluster } from '../tests/support/postgres-cluster.js';
import { forkTs, freePort, insertUsersWithSessions, root, stopChild, waitForHttp } from './bench-processes.js';
import { percentiles, table } from './desk-stats.js';
import { apiLoad, type ApiLoadResult } from './routing-api-load.js';
import { adviserMix, openAllQueues, prepareRound, writeProfiles, type Adviser } from './routing-fixture.js';

const ADVISERS = 300;
const BURSTS = [10, 50, 100, 200] as const;
const ROUNDS = Number(process.env.ROUNDS ?? 12);
const WARMUP_ROUNDS = 4;
const PLANNER_REPEATS = 20;
const EMPTY_PASSES = 100;
const API_WARMUP_SECONDS = 5;
const API_SECONDS = Number(process.env.API_SECONDS ?? 15);

interface PassResults {
  passMs: number[];
  passByBurst: Map<number, number[]>;
  offers: number;
  plannerMs: number[];
  plannerOffers: number;
  plannerRuns: number;
  emptyMs: number[];
  /** Passes that find contacts waiting and nobody free: what every change pays while a backlog lasts. */
  fullMs: number[];
  mismatches: number;
}

async function routingPasses(deps: Deps, advisers: readonly Adviser[]): Promise<PassResults> {
  const r: PassResults = { passMs: [], passByBurst: new Map(), offers: 0, plannerMs: [], plannerOffers: 0, plannerRuns: 0, emptyMs: [], fullMs: [], mismatches: 0 };
  const q = deps.db.kysely;
  let seed = 1;
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS * BURSTS.length; round++) {
    const burst = BURSTS[round % BURSTS.length]!;
    const measured = round >= WARMUP_ROUNDS;
    const input = await prepareRound(q, advisers, burst, new Date(), seed++);

    // The baseline first (it changes nothing): the planner alone, several times for a stable figure.
    let plan = planOffers(input.contacts, input.candidates);
    for (let i = 0; i < PLANNER_REPEATS; i++) {
      const t = performance.now();
      plan = planOffers(input.contacts, input.candidates);
      const dt = performance.now() - t;
      if (measured) {
        r.plannerMs.push(dt);
        r.plannerOffers += plan.length;
        r.plannerRuns++;
      }
    }

    const t = performance.now();
    await liveWork(deps, async () => undefined);
    const dt = performance.now() - t;

    const offered = await q.selectFrom('interactions').select(['id', 'offered_to']).where('state', '=', 'offered').execute();
    const engine = new Map(offered.map((o) => [o.id, o.offered_to]));
    if (engine.size !== plan.length || plan.some((a) => engine.get(a.contactId) !== a.adviserId)) r.mismatches++;
    if (!measured) continue;
    r.passMs.push(dt);
    (r.passByBurst.get(burst) ?? r.passByBurst.set(burst, []).get(burst)!).push(dt);
    r.offers += offered.length;
  }
  // Everyone busy with a call and 100 contacts waiting: the pass reads both sides, plans, and can offer nothing.
  await prepareRound(q, advisers, 100, new Date(), seed++);
  const now = new Date().toISOString();
  const calls = advisers.map((a, i) => ({ id: `bench-busy-${seed}-${i}`, a }));
  for (let i = 0; i < calls.length; i += 100) {
    await q
      .insertInto('interactions')
      .values(calls.slice(i, i + 100).map(({ id, a }) => ({
        id, channel: 'phone' as const, queue_id: 'phone-sv', language: 'sv' as const, state: 'active' as const, enqueued_at: now, available_at: now, target_adviser_id: null,
        consumer_id: null, case_id: null, topic_id: null, from_address: null, subject: null, external_ref: null, note: null, arrived_at: now, offered_to: null,
        offered_at: null, offer_expires_at: null, offers: 1, adviser_id: a.id, accepted_at: now, wrap_up_at: null, wrap_up_until: null, done_at: null, ended_at: null,
        end_reason: null, created_by: null, version: 1, updated_at: now,
      })))
      .execute();
  }
  for (let i = 0; i < EMPTY_PASSES + 10; i++) {
    const t = performance.now();
    await liveWork(deps, async () => undefined);
    if (i >= 10) r.fullMs.push(performance.now() - t);
  }
  // The fixed cost of a routing transaction: the lock and the commit, nothing else.
  for (let i = 0; i < EMPTY_PASSES + 10; i++) {
    const t = performance.now();
    await withRouting(deps, async () => undefined);
    if (i >= 10) r.emptyMs.push(performance.now() - t);
  }
  return r;
}

/** A clean slate for the API run: no contacts, no events, every adviser ready and free. */
async function resetForApi(db: Db): Promise<void> {
  const q = db.kysely;
  await q.deleteFrom('interaction_events').execute();
  await q.deleteFrom('interactions').execute();
  await q.deleteFrom('live_events').execute();
  await q.updateTable('adviser_presence').set({ intent: 'ready', state: 'ready', seen_at: new Date().toISOString() }).execute();
}

const f2 = (n: number) => n.toFixed(2);
const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function report(dialect: DialectName, p: PassResults, api: ApiLoadResult): void {
  const pass = percentiles(p.passMs);
  const plan = percentiles(p.plannerMs);
  const empty = percentiles(p.emptyMs);
  const full = percentiles(p.fullMs);
  const create = percentiles(api.createLatency);
  const cycle = percentiles(api.cycleLatency);
  const rows: string[][] = [
    [
      'planOffers alone (no database) — baseline',
      `${p.plannerRuns} plans, ${(p.plannerOffers / p.plannerRuns).toFixed(1)} offers each on average`,
      `${f0(p.plannerOffers / (sum(p.plannerMs) / 1000))} offers/s`,
      f2(plan.p50),
      f2(plan.p99),
    ],
    ['routing transaction alone (lock + commit)', `${p.emptyMs.length} transactions`, `${f0(p.emptyMs.length / (sum(p.emptyMs) / 1000))} /s`, f2(empty.p50), f2(empty.p99)],
    ['routing pass, 100 waiting, every adviser busy (nothing to offer)', `${p.fullMs.length} passes`, `${f0(p.fullMs.length / (sum(p.fullMs) / 1000))} passes/s`, f2(full.p50), f2(full.p99)],
    ['routing pass: lock + reads + planOffers + offers written', `${p.passMs.length} passes, ${p.offers} offers`, `${f0(p.offers / (sum(p.passMs) / 1000))} offers/s`, f2(pass.p50), f2(pass.p99)],
  ];
  for (const b of BURSTS) {
    const xs = p.passByBurst.get(b) ?? [];
    const s = percentiles(xs);
    rows.push([`  … with ${b} contacts waiting`, `${xs.length} passes`, '', f2(s.p50), f2(s.p99)]);
  }
  rows.push(
    ['API: POST /v1/interactions (each runs a routing pass)', `${api.created} contacts in ${api.seconds.toFixed(1)} s`, `${f0(api.created / api.seconds)} contacts/s`, f2(create.p50), f2(create.p99)],
    ['API: offers received over GET /v1/live', `${api.offers} offers`, `${f0(api.offers / api.seconds)} offers/s`, '', ''],
    ['API: accept → end → complete, per contact', `${api.cycles} cycles, ${api.failures} failed`, `${f0(api.cycles / api.seconds)} cycles/s`, f2(cycle.p50), f2(cycle.p99)],
  );
  console.log(`\n### ${dialect === 'sqlite' ? 'SQLite (WAL, synchronous=NORMAL)' : 'PostgreSQL (throwaway cluster, fsync off)'}: ${ADVISERS} ready advisers`);
  console.log(table(['what', 'runs', 'throughput', 'p50 ms', 'p99 ms'], rows));
  console.log('API latencies are under saturation: each request waits its turn for the routing lock behind the others in flight.');
  if (p.mismatches > 0) console.log(`WARNING: in ${p.mismatches} rounds the engine offered something other than planOffers planned on the same input.`);
  else console.log('In every round the engine made exactly the offers planOffers planned on the same input.');
}

async function runDialect(dialect: DialectName, cluster: Cluster | null): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-bench-routing-'));
  const children: ChildProcess[] = [];
  try {
    const url = cluster?.url ?? null;
    const db = url ? openPostgres(url) : openSqlite(path.join(dataDir, 'halla.sqlite'));
    await migrateToLatest(db);
    const users = await insertUsersWithSessions(db.kysely, [
      { username: 'bench-lead', role: 'team_lead' },
      ...Array.from({ length: ADVISERS }, (_, i) => ({ username: `bench-adviser-${i}`, role: 'adviser' as const })),
    ]);
    const lead = users[0]!;
    const advisers = adviserMix(users.slice(1));
    await writeProfiles(db.kysely, advisers, new Date());
    await openAllQueues(db.kysely);
    const deps: Deps = { db, clock: systemClock, config: { ...loadConfig({}), dataDir }, bus: createLiveBus() };

    console.log(`${dialect}: routing passes (${WARMUP_ROUNDS} warm-up + ${ROUNDS * BURSTS.length} rounds) …`);
    const passes = await routingPasses(deps, advisers);
    await resetForApi(db);
    await db.close();

    const port = await freePort();
    const env: NodeJS.ProcessEnv = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(url ? { DATABASE_URL: url } : {}) };
    const server = forkTs(path.join(root, 'backend/src/server.ts'), [], env);
    children.push(server);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/v1/health`);
    console.log(`${dialect}: through the API (${API_WARMUP_SECONDS} s warm-up + ${API_SECONDS} s) …`);
    const api = await apiLoad(base, lead, users, advisers, API_WARMUP_SECONDS, API_SECONDS);
    await stopChild(server);
    report(dialect, passes, api);
  } finally {
    for (const c of children) await stopChild(c);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Routing with ${ADVISERS} advisers online; ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} before the run, shared), Node ${process.version}, loopback.`);
  await runDialect('sqlite', null);
  let cluster: Cluster;
  try {
    cluster = await startCluster();
  } catch (err) {
    console.log(`\n### PostgreSQL: skipped — ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  try {
    await runDialect('postgres', cluster);
  } finally {
    await cluster.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
