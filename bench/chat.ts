// Chat latency: 200 concurrent chats on loopback. 200 consumer pages (their
// WebSocket, messages sent with POST) and enough advisers — capacity three
// chats each, on GET /v1/live — to take every chat; then each side of every
// chat writes a message every few seconds. Measured per message:
//   - consumer → adviser: from just before the consumer's POST leaves to the
//     'chat-message' event arriving at the adviser's workstation;
//   - adviser → consumer: from just before the adviser's POST leaves to the
//     message frame arriving at the consumer's page;
//   - commit → delivery: the receiver's wall clock minus the message's
//     createdAt (stamped in the transaction that stores it; ±1 ms);
// and the backend process's CPU and resident memory over the windows.
//
// Side by side in the same run, the floor: a bare `ws` relay
// (chat-floor-server.ts) with the same sockets — one per consumer page, one
// per adviser — passing messages of the same shape the same way (HTTP POST
// in, WebSocket out) with no auth, database or transaction. Backend, floor and
// this load generator each run in their own process. The measured time is
// split into windows taken in turns (backend, floor, floor, backend), each
// after a warm-up, so other work on a shared machine falls on both alike.
// SQLite, then PostgreSQL (a throwaway cluster) when its binaries are there.
// The generator is open-loop: messages go out on schedule whether or not
// earlier ones were answered, so a slow server shows as latency.
//
//   npm run bench:chat   (CHATS=200 PERIOD_SECONDS=3 SECONDS=30 ROUNDS=2 DIALECTS=sqlite,postgres to change)
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openPostgres, openSqlite } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import { startCluster, type Cluster } from '../tests/support/postgres-cluster.js';
import { forkTs, freePort, insertUsersWithSessions, root, stopChild, waitForHttp, type BenchUser } from './bench-processes.js';
import { backendTarget, floorTarget, type ChatTarget } from './chat-targets.js';
import { percentiles, prng, table } from './desk-stats.js';
import { watchProcess, type ProcessUsage } from './process-stats.js';
import { openAllQueues } from './routing-fixture.js';

const CHATS = Number(process.env.CHATS ?? 200);
const CAPACITY = 3;
const ADVISERS = Math.ceil(CHATS / CAPACITY);
const PERIOD_MS = Number(process.env.PERIOD_SECONDS ?? 3) * 1000;
const SECONDS = Number(process.env.SECONDS ?? 30);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WARMUP_SECONDS = 3;
const DIALECTS = (process.env.DIALECTS ?? 'sqlite,postgres').split(',');
const TARGET_P99_MS = 50;
/** A consumer's question or an adviser's answer: a couple of sentences. */
const TEXT = 'Jag köpte en tvättmaskin för tre månader sedan och nu läcker den vatten. Vad kan jag göra?';

interface Window {
  sent: number;
  delivered: number;
  duplicates: number;
  failures: number;
  toAdviser: number[];
  toConsumer: number[];
  commitToDelivery: number[];
  usage: ProcessUsage;
  seconds: number;
}

/** Message ids are unique across windows: a chat stores a repeated (sender, clientId) once and sends it nowhere. */
let messageNumber = 0;

interface Pending {
  sentAt: number;
  measured: boolean;
}

async function measure(target: ChatTarget, seconds: number, rnd: () => number): Promise<Window> {
  const pending = new Map<string, Pending>();
  const seen = new Set<string>();
  const w: Omit<Window, 'usage' | 'seconds'> = { sent: 0, delivered: 0, duplicates: 0, failures: 0, toAdviser: [], toConsumer: [], commitToDelivery: [] };
  target.listen((at, clientId, createdAt) => {
    const now = performance.now();
    const wall = Date.now();
    if (seen.has(clientId)) {
      w.duplicates++;
      return;
    }
    seen.add(clientId);
    const p = pending.get(clientId);
    if (!p) return; // an earlier window's straggler
    pending.delete(clientId);
    if (!p.measured) return;
    w.delivered++;
    (at === 'adviser' ? w.toAdviser : w.toConsumer).push(now - p.sentAt);
    w.commitToDelivery.push(wall - Date.parse(createdAt));
  });

  // Every pair's two sides each write once a period, at their own offsets in it.
  const schedule: Array<{ at: number; pair: number; side: 'consumer' | 'adviser' }> = [];
  const total = (WARMUP_SECONDS + seconds) * 1000;
  target.pairs.forEach((_, pair) => {
    for (const side of ['consumer', 'adviser'] as const) {
      for (let t = rnd() * PERIOD_MS; t < total; t += PERIOD_MS) schedule.push({ at: t, pair, side });
    }
  });
  schedule.sort((a, b) => a.at - b.at);

  const start = performance.now() + 50;
  const inFlight = new Set<Promise<void>>();
  let watch: ReturnType<typeof watchProcess> | null = null;
  let measureStart = 0;
  for (const s of schedule) {
    const wait = start + s.at - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const measured = s.at >= WARMUP_SECONDS * 1000;
    if (measured && !watch) {
      watch = watchProcess(target.pid);
      measureStart = performance.now();
    }
    const pair = target.pairs[s.pair]!;
    const clientId = `${s.side.slice(0, 3)}-${process.pid}-${++messageNumber}`;
    pending.set(clientId, { sentAt: performance.now(), measured });
    if (measured) w.sent++;
    const p = (s.side === 'consumer' ? pair.consumerSend(clientId, TEXT) : pair.adviserSend(clientId, TEXT))
      .catch((err: unknown) => {
        w.failures++;
        if (w.failures <= 3) console.error(String(err));
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 2000;
  while ([...pending.values()].some((p) => p.measured) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const usage = watch!.stop();
  return { ...w, usage, seconds: (performance.now() - measureStart) / 1000 };
}

function pool(windows: readonly Window[]): Window {
  const sum = (k: 'sent' | 'delivered' | 'duplicates' | 'failures' | 'seconds') => windows.reduce((a, w) => a + w[k], 0);
  const seconds = sum('seconds');
  const weighted = (f: (u: ProcessUsage) => number) => windows.reduce((a, w) => a + f(w.usage) * w.seconds, 0) / seconds;
  return {
    sent: sum('sent'),
    delivered: sum('delivered'),
    duplicates: sum('duplicates'),
    failures: sum('failures'),
    toAdviser: windows.flatMap((w) => w.toAdviser),
    toConsumer: windows.flatMap((w) => w.toConsumer),
    commitToDelivery: windows.flatMap((w) => w.commitToDelivery),
    usage: { cpuPercent: weighted((u) => u.cpuPercent), rssMeanBytes: weighted((u) => u.rssMeanBytes), rssMaxBytes: Math.max(...windows.map((w) => w.usage.rssMaxBytes)) },
    seconds,
  };
}

const f1 = (n: number) => n.toFixed(1);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const lat = (xs: number[]) => {
  const p = percentiles(xs);
  return `${f1(p.p50)} / ${f1(p.p99)} / ${f1(p.max)}`;
};

function row(name: string, w: Window): string[] {
  return [
    name,
    `${w.sent} (${f1(w.sent / w.seconds)}/s)`,
    `${w.delivered} / ${w.sent}`,
    `${w.duplicates}`,
    lat(w.toAdviser),
    lat(w.toConsumer),
    lat(w.commitToDelivery),
    `${Math.round(w.usage.cpuPercent)}%`,
    `${mb(w.usage.rssMeanBytes)} / ${mb(w.usage.rssMaxBytes)}`,
    `${w.failures}`,
  ];
}

/** A backend on a fresh database of one dialect, with advisers and sessions written straight in. */
async function startBackend(dialect: string, cluster: Cluster | null, dataDir: string): Promise<{ child: ChildProcess; url: string; advisers: BenchUser[] }> {
  const dbUrl = cluster ? cluster.url.replace(/\/postgres$/, `/bench_chat_${process.pid}`) : null;
  if (cluster) {
    const admin = openPostgres(cluster.url, 1);
    await sql.raw(`CREATE DATABASE bench_chat_${process.pid}`).execute(admin.kysely);
    await admin.close();
  }
  const db = dbUrl ? openPostgres(dbUrl, 2) : openSqlite(path.join(dataDir, 'halla.sqlite'));
  await migrateToLatest(db);
  const advisers = await insertUsersWithSessions(
    db.kysely,
    Array.from({ length: ADVISERS }, (_, i) => ({ username: `bench-adviser-${i}`, role: 'adviser' as const })),
  );
  await openAllQueues(db.kysely);
  await db.close();
  const port = await freePort();
  const child = forkTs(path.join(root, 'backend/src/server.ts'), [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_PER_MINUTE: '100000',
    NEW_CHATS_PER_HOUR: '1000000',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v1/health`);
  console.log(`${dialect}: backend up (pid ${child.pid})`);
  return { child, url, advisers };
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  const children: ChildProcess[] = [];
  const dataDirs: string[] = [];
  let cluster: Cluster | null = null;
  const rows: string[][] = [];
  const verdicts: string[] = [];
  const floorWindows: Window[] = [];
  try {
    const floorPort = await freePort();
    const floorProc = forkTs(path.join(root, 'bench/chat-floor-server.ts'), [String(floorPort)], {});
    children.push(floorProc);
    await waitForHttp(`http://127.0.0.1:${floorPort}/health`);
    const floor = await floorTarget(`http://127.0.0.1:${floorPort}`, floorProc.pid!, ADVISERS, CHATS);

    for (const dialect of DIALECTS) {
      if (dialect === 'postgres') {
        try {
          cluster = await startCluster();
        } catch (err) {
          verdicts.push(`PostgreSQL skipped: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
      }
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-bench-chat-'));
      dataDirs.push(dataDir);
      const backend = await startBackend(dialect, dialect === 'postgres' ? cluster : null, dataDir);
      children.push(backend.child);
      const started = performance.now();
      const target = await backendTarget(backend.url, backend.child.pid!, backend.advisers, CHATS, `backend-${dialect}`);
      console.log(`${dialect}: ${CHATS} chats opened and accepted by ${ADVISERS} advisers in ${f1((performance.now() - started) / 1000)} s`);

      const rnd = prng(20261125);
      const windows: ChatTarget[] = [];
      for (let r = 0; r < ROUNDS; r++) windows.push(...(r % 2 === 0 ? [target, floor] : [floor, target]));
      const mine: Window[] = [];
      for (const t of windows) {
        console.log(`${t.name}: ${CHATS} chats, each side writing every ${PERIOD_MS / 1000} s, for ${SECONDS / ROUNDS} s after ${WARMUP_SECONDS} s warm-up …`);
        const w = await measure(t, SECONDS / ROUNDS, rnd);
        (t === floor ? floorWindows : mine).push(w);
      }
      const pooled = pool(mine);
      rows.push(row(`backend, ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, pooled));
      const worst = Math.max(percentiles(pooled.toAdviser).p99, percentiles(pooled.toConsumer).p99);
      verdicts.push(`${dialect}: target p99 ≤ ${TARGET_P99_MS} ms each way ${worst <= TARGET_P99_MS ? 'met' : 'NOT met'} (worse direction ${f1(worst)} ms); ${target.otherFrames} other frames (chat state, activity, queue statistics)`);
      target.close();
      await stopChild(backend.child);
      if (cluster) {
        await cluster.stop();
        cluster = null;
      }
    }
    floor.close();
    await stopChild(floorProc);

    console.log(
      `\n${CHATS} chats (${ADVISERS} advisers × ${CAPACITY}), each side writing every ${PERIOD_MS / 1000} s (${f1((2 * CHATS * 1000) / PERIOD_MS)} messages/s), ${SECONDS} s measured per server in ${ROUNDS} windows each, taken in turns with the floor; loopback, ${os.cpus().length} cores (load average ${f1(loadBefore)} before the run, shared), Node ${process.version}`,
    );
    console.log(
      table(
        ['server', 'messages (rate)', 'delivered / sent', 'twice', 'consumer → adviser p50 / p99 / max ms', 'adviser → consumer p50 / p99 / max ms', 'commit → delivery p50 / p99 / max ms', 'server CPU', 'server RSS mean / max MB', 'failed'],
        [row('floor: bare ws relay', pool(floorWindows)), ...rows],
      ),
    );
    for (const v of verdicts) console.log(v);
  } finally {
    for (const c of children) await stopChild(c);
    if (cluster) await cluster.stop();
    for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
