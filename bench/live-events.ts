// Live-event latency: how long after a change commits does every workstation
// that should hear about it have it? 500 WebSocket clients on GET /v1/live
// (450 advisers and 50 team leads, each with its own session), and team leads
// changing advisers' presence through the API (POST /v1/advisers/:id/presence)
// 100 times a second for 20 s after a 3 s warm-up. Each change is one routing
// transaction that writes two durable presence events — one for the adviser,
// one for all leads — so every change is delivered 51 times (the adviser plus
// 50 leads): ~5,100 messages a second.
//
// Side by side in the same run, the floor: a bare `ws` server on loopback
// (live-events-floor-server.ts) that, on the same kind of HTTP request, sends
// a presence message of the same shape and size to the same 51 connections —
// no auth, no database, no transaction. Backend and floor each run in their
// own process; the load generator and the 500 clients are this process,
// identical for both. The 20 s are measured in windows taken in turns
// (backend, floor, floor, backend), each after a 2 s warm-up on fresh
// connections, so that other work on a shared machine falls on both alike.
//
// What is measured, per delivered message:
//   - commit → delivery: the client's wall clock at receipt minus the event's
//     `at`. `at` is stamped inside the routing transaction once it holds the
//     write lock, i.e. just before the commit (a transaction like this one
//     takes ~1 ms), so this slightly overstates commit → delivery. Both clocks
//     are this machine's; `at` has millisecond resolution, so figures are
//     ±1 ms. The floor stamps `at` just before it sends.
//   - request → delivery: from just before the generator sends the HTTP
//     request to receipt (performance.now(), same process, sub-millisecond):
//     everything a change costs, including HTTP, auth and the transaction.
// The generator is open-loop (requests go out on schedule whether or not
// earlier ones have been answered), so a slow server shows as latency rather
// than as fewer requests.
//
//   npm run bench:live-events   (CLIENTS=500 LEADS=50 RATE=100 SECONDS=20 ROUNDS=2 to change)
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { openSqlite } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import { forkTs, freePort, insertUsersWithSessions, root, stopChild, waitForHttp, type BenchUser } from './bench-processes.js';
import { percentiles, table } from './desk-stats.js';

const CLIENTS = Number(process.env.CLIENTS ?? 500);
const LEADS = Number(process.env.LEADS ?? 50);
const RATE = Number(process.env.RATE ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 20);
/** Each target is measured in ROUNDS windows of SECONDS / ROUNDS each, taken in turns with the other target. */
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const WARMUP_SECONDS = 2;
const TARGET_P99_MS = 15;

interface Target {
  name: string;
  pid: number;
  /** Each adviser's current intent on this server, kept across windows so every change really changes something. */
  intents: Map<string, 'ready' | 'not_ready'>;
  connect(user: BenchUser): WebSocket;
  /** One presence change for the adviser; resolves when the server has answered. */
  change(adviser: BenchUser, intent: 'ready' | 'not_ready', lead: BenchUser): Promise<void>;
}

interface PendingOp {
  intent: 'ready' | 'not_ready';
  sentAt: number;
  measured: boolean;
}

interface Result {
  ops: number;
  opsPerSecond: number;
  delivered: number;
  expected: number;
  requestToDelivery: number[];
  commitToDelivery: number[];
  requestLatency: number[];
  meanBytes: number;
  otherMessages: number;
  serverCpuPercent: number;
  wallSeconds: number;
  failures: number;
  /** One presence message as the clients received it (the floor reuses its shape). */
  sample: string | null;
}

/** CPU seconds a process has used so far (Linux /proc; utime + stime). */
function cpuSeconds(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function connectAll(target: Target, users: BenchUser[], onMessage: (data: Buffer) => void): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  // In batches, as workstations would come in over a morning rather than in one instant.
  for (let i = 0; i < users.length; i += 50) {
    const batch = users.slice(i, i + 50).map(
      (u) =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = target.connect(u);
          ws.once('error', reject);
          ws.once('message', (first: Buffer) => {
            if (!first.toString().startsWith('{"type":"hello"')) reject(new Error(`expected hello, got ${first.toString().slice(0, 80)}`));
            ws.on('message', onMessage);
            resolve(ws);
          });
        }),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

async function measure(target: Target, advisers: BenchUser[], leads: BenchUser[], seconds: number): Promise<Result> {
  const latest = new Map<string, PendingOp>();
  const requestToDelivery: number[] = [];
  const commitToDelivery: number[] = [];
  let delivered = 0;
  let bytes = 0;
  let otherMessages = 0;
  let sample: string | null = null;

  const onMessage = (data: Buffer) => {
    const t = performance.now();
    const wall = Date.now();
    const text = data.toString();
    if (!text.startsWith('{"seq"')) {
      otherMessages++; // queue statistics once a second, data-changed pokes
      return;
    }
    const e = JSON.parse(text) as { at: string; type: string; presence?: { userId: string; intent: string } };
    if (e.type !== 'presence' || !e.presence) {
      otherMessages++;
      return;
    }
    const op = latest.get(e.presence.userId);
    // Each adviser's changes are 4.5 s apart, so the newest one is the one being delivered.
    if (!op || op.intent !== e.presence.intent || !op.measured) return;
    sample ??= text;
    delivered++;
    bytes += data.length;
    requestToDelivery.push(t - op.sentAt);
    commitToDelivery.push(wall - Date.parse(e.at));
  };

  const sockets = await connectAll(target, [...advisers, ...leads], onMessage);
  const intents = target.intents;
  const requestLatency: number[] = [];
  let failures = 0;
  let measuredOps = 0;
  const inFlight = new Set<Promise<void>>();

  const total = (WARMUP_SECONDS + seconds) * RATE;
  const start = performance.now() + 100;
  let measureStart = 0;
  let cpuAtStart = 0;
  for (let k = 0; k < total; k++) {
    const due = start + (k * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const measured = k >= WARMUP_SECONDS * RATE;
    if (measured && measureStart === 0) {
      measureStart = performance.now();
      cpuAtStart = cpuSeconds(target.pid);
    }
    const adviser = advisers[k % advisers.length]!;
    const intent = intents.get(adviser.id) === 'ready' ? 'not_ready' : 'ready';
    intents.set(adviser.id, intent);
    const sentAt = performance.now();
    latest.set(adviser.id, { intent, sentAt, measured });
    if (measured) measuredOps++;
    const p = target
      .change(adviser, intent, leads[k % Math.min(leads.length, 10)]!)
      .then(
        () => {
          if (measured) requestLatency.push(performance.now() - sentAt);
        },
        () => {
          failures++;
        },
      )
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  const sendingEnded = performance.now();
  await Promise.all(inFlight);
  // Stragglers: wait until every expected delivery arrived or a second passed.
  const expected = measuredOps * (1 + leads.length);
  const deadline = performance.now() + 1000;
  while (delivered < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const cpu = cpuSeconds(target.pid) - cpuAtStart;
  const wallSeconds = (performance.now() - measureStart) / 1000;
  for (const ws of sockets) ws.terminate();
  return {
    ops: measuredOps,
    opsPerSecond: measuredOps / ((sendingEnded - measureStart) / 1000),
    delivered,
    expected,
    requestToDelivery,
    commitToDelivery,
    requestLatency,
    meanBytes: delivered > 0 ? bytes / delivered : 0,
    otherMessages,
    serverCpuPercent: (100 * cpu) / wallSeconds,
    wallSeconds,
    failures,
    sample,
  };
}

/** The windows of one target, pooled. */
function pool(results: readonly Result[]): Result {
  const sumOf = (k: 'ops' | 'delivered' | 'expected' | 'otherMessages' | 'failures' | 'wallSeconds') => results.reduce((n, r) => n + r[k], 0);
  const delivered = sumOf('delivered');
  return {
    ops: sumOf('ops'),
    opsPerSecond: results.reduce((n, r) => n + r.opsPerSecond * r.wallSeconds, 0) / sumOf('wallSeconds'),
    delivered,
    expected: sumOf('expected'),
    requestToDelivery: results.flatMap((r) => r.requestToDelivery),
    commitToDelivery: results.flatMap((r) => r.commitToDelivery),
    requestLatency: results.flatMap((r) => r.requestLatency),
    meanBytes: results.reduce((n, r) => n + r.meanBytes * r.delivered, 0) / Math.max(1, delivered),
    otherMessages: sumOf('otherMessages'),
    serverCpuPercent: results.reduce((n, r) => n + r.serverCpuPercent * r.wallSeconds, 0) / sumOf('wallSeconds'),
    wallSeconds: sumOf('wallSeconds'),
    failures: sumOf('failures'),
    sample: results.find((r) => r.sample)?.sample ?? null,
  };
}

/** One real presence message from the backend, whose shape and size the floor copies. */
async function captureTemplate(url: string, adviser: BenchUser, lead: BenchUser): Promise<object> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/live`, { headers: { authorization: `Bearer ${lead.token}` } });
  const presence = new Promise<object>((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (data: Buffer) => {
      const e = JSON.parse(data.toString()) as { type: string; presence?: object };
      if (e.type === 'presence' && e.presence) resolve(e.presence);
    });
  });
  await new Promise((resolve) => ws.once('message', resolve));
  const res = await fetch(`${url}/v1/advisers/${adviser.id}/presence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ intent: 'not_ready', reason: 'break' }),
  });
  if (!res.ok) throw new Error(`presence: ${res.status} ${await res.text()}`);
  const template = await presence;
  ws.terminate();
  return template;
}

function backendTarget(url: string, pid: number): Target {
  const wsUrl = url.replace(/^http/, 'ws');
  return {
    name: 'backend',
    pid,
    intents: new Map(),
    connect: (u) => new WebSocket(`${wsUrl}/v1/live`, { headers: { authorization: `Bearer ${u.token}` } }),
    async change(adviser, intent, lead) {
      const res = await fetch(`${url}/v1/advisers/${adviser.id}/presence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(intent === 'ready' ? { intent } : { intent, reason: 'break' }),
      });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`presence: ${res.status}`);
    },
  };
}

function floorTarget(url: string, pid: number): Target {
  const wsUrl = url.replace(/^http/, 'ws');
  return {
    name: 'floor',
    pid,
    intents: new Map(),
    connect: (u) => new WebSocket(`${wsUrl}/v1/live?user=${u.id}&lead=${u.role === 'team_lead' ? 1 : 0}`),
    async change(adviser, intent) {
      const res = await fetch(`${url}/emit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: adviser.id, intent }) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`emit: ${res.status}`);
    },
  };
}

const f = (n: number) => n.toFixed(1);

function row(name: string, r: Result): string[] {
  const rd = percentiles(r.requestToDelivery);
  const cd = percentiles(r.commitToDelivery);
  const rq = percentiles(r.requestLatency);
  return [
    name,
    `${r.ops} (${f(r.opsPerSecond)}/s)`,
    `${r.delivered} / ${r.expected}`,
    `${Math.round(r.meanBytes)}`,
    `${f(cd.p50)} / ${f(cd.p99)} / ${f(cd.max)}`,
    `${f(rd.p50)} / ${f(rd.p99)} / ${f(rd.max)}`,
    `${f(rq.p50)} / ${f(rq.p99)}`,
    `${Math.round(r.serverCpuPercent)}%`,
    `${r.otherMessages}`,
    `${r.failures}`,
  ];
}

async function main(): Promise<void> {
  if (LEADS >= CLIENTS) throw new Error('LEADS must be fewer than CLIENTS');
  // Other work on this machine shows in the tails: say how busy it was before we started.
  const loadBefore = os.loadavg()[0]!;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-bench-live-'));
  const children: ChildProcess[] = [];
  try {
    // Users and sessions straight into a fresh database, through the backend's own schema and token hashing.
    const db = openSqlite(path.join(dataDir, 'halla.sqlite'));
    await migrateToLatest(db);
    const specs = [
      ...Array.from({ length: CLIENTS - LEADS }, (_, i) => ({ username: `bench-adviser-${i}`, role: 'adviser' as const })),
      ...Array.from({ length: LEADS }, (_, i) => ({ username: `bench-lead-${i}`, role: 'team_lead' as const })),
    ];
    const users = await insertUsersWithSessions(db.kysely, specs);
    await db.close();
    const advisers = users.filter((u) => u.role === 'adviser');
    const leads = users.filter((u) => u.role === 'team_lead');

    const apiPort = await freePort();
    const api = forkTs(path.join(root, 'backend/src/server.ts'), [], { PORT: String(apiPort), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitForHttp(`${apiUrl}/v1/health`);
    const backendAt = backendTarget(apiUrl, api.pid!);
    const templateFile = path.join(dataDir, 'presence-template.json');
    fs.writeFileSync(templateFile, JSON.stringify(await captureTemplate(apiUrl, advisers[0]!, leads[0]!)));
    backendAt.intents.set(advisers[0]!.id, 'not_ready');

    const floorPort = await freePort();
    const floorProc = forkTs(path.join(root, 'bench/live-events-floor-server.ts'), [String(floorPort), templateFile], {});
    children.push(floorProc);
    const floorUrl = `http://127.0.0.1:${floorPort}`;
    await waitForHttp(`${floorUrl}/health`);
    const floorAt = floorTarget(floorUrl, floorProc.pid!);

    // ABBA: backend, floor, floor, backend, … so drifting background load falls on both alike.
    const windows: Target[] = [];
    for (let r = 0; r < ROUNDS; r++) windows.push(...(r % 2 === 0 ? [backendAt, floorAt] : [floorAt, backendAt]));
    const results = new Map<Target, Result[]>([[backendAt, []], [floorAt, []]]);
    for (const t of windows) {
      console.log(`${t.name}: ${CLIENTS} clients (${LEADS} team leads), ${RATE} presence changes/s for ${SECONDS / ROUNDS} s after ${WARMUP_SECONDS} s warm-up …`);
      results.get(t)!.push(await measure(t, advisers, leads, SECONDS / ROUNDS));
    }
    const backend = pool(results.get(backendAt)!);
    const floor = pool(results.get(floorAt)!);
    await stopChild(api);
    await stopChild(floorProc);

    const p99 = percentiles(backend.commitToDelivery).p99;
    console.log(`\n${CLIENTS} WebSocket clients (${CLIENTS - LEADS} advisers, ${LEADS} team leads), ${RATE} presence changes/s × ${SECONDS} s, each delivered to ${LEADS + 1} clients; loopback, ${os.cpus().length} cores (load average ${loadBefore.toFixed(1)} before the run, shared), Node ${process.version}`);
    console.log(
      table(
        ['path', 'changes (rate)', 'delivered / expected', 'bytes/msg', 'commit → delivery p50 / p99 / max ms', 'request → delivery p50 / p99 / max ms', 'request p50 / p99 ms', 'server CPU', 'other msgs', 'failed'],
        [row('floor: bare ws server', floor), row('backend: POST /v1/advisers/:id/presence → GET /v1/live', backend)],
      ),
    );
    console.log(`\nTarget p99 commit → delivery ≤ ${TARGET_P99_MS} ms on loopback: ${p99 <= TARGET_P99_MS ? 'met' : 'NOT met'} (${f(p99)} ms).`);
  } finally {
    for (const c of children) await stopChild(c);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
