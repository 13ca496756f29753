// Read benchmark: GET /v1/cases/{id} and the case list, with auth, validation
// and auditing on, against a bare node:http server returning the same JSON
// (the floor) and Fastify alone returning the same bytes (the framework's
// ceiling), side by side in one run. 50 connections, loopback only; each
// server runs in its own process, the load generator in this one.
//
//   npm run bench            (DURATION=10 CONNECTIONS=50 CASES=3000 to change)
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../backend/src/config.js';
import { openSqlite } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import { seedDemo } from '../backend/src/db/seed/index.js';
import { systemClock } from '../backend/src/shared/clock.js';
import { createLiveBus } from '../backend/src/live/bus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const CASES = Number(process.env.CASES ?? 3000);

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

function start(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return fork(script, args, { cwd: root, env: { ...process.env, ...env }, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string>): Promise<Result> {
  // A short warm-up so JIT and caches settle before the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-bench-'));
  const children: ChildProcess[] = [];
  try {
    console.log(`seeding ${CASES} demo cases into ${dataDir} …`);
    const db = openSqlite(path.join(dataDir, 'halla.sqlite'));
    await migrateToLatest(db);
    await seedDemo({ db, clock: systemClock, config: { ...loadConfig({}), dataDir }, bus: createLiveBus() }, { cases: CASES });
    const sample = await db.kysely.selectFrom('cases').select('id').orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow();
    await db.close();

    const apiPort = await freePort();
    const api = start(path.join(root, 'backend/src/server.ts'), [], { PORT: String(apiPort), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitFor(`${apiUrl}/v1/health`);
    const login = await fetch(`${apiUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'adviser', password: 'demo-adviser' }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { token } = (await login.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };

    const paths = { one: `/v1/cases/${sample.id}`, list: '/v1/cases?status=closed&limit=50' };
    const bodies: Record<string, string> = {};
    for (const p of Object.values(paths)) {
      const res = await fetch(apiUrl + p, { headers });
      if (!res.ok) throw new Error(`${p}: ${res.status}`);
      bodies[p] = await res.text();
    }
    const bodiesFile = path.join(dataDir, 'bodies.json');
    fs.writeFileSync(bodiesFile, JSON.stringify(bodies));
    const floorPort = await freePort();
    const floor = start(path.join(here, 'floor-server.ts'), [String(floorPort), bodiesFile], {});
    children.push(floor);
    const floorUrl = `http://127.0.0.1:${floorPort}`;
    await waitFor(`${floorUrl}${paths.one}`);
    const fastifyPort = await freePort();
    const fastifyFloor = start(path.join(here, 'fastify-floor-server.ts'), [String(fastifyPort), bodiesFile], {});
    children.push(fastifyFloor);
    const fastifyUrl = `http://127.0.0.1:${fastifyPort}`;
    await waitFor(`${fastifyUrl}${paths.one}`);

    const rows: string[] = [];
    for (const [name, p] of Object.entries(paths)) {
      const f = await load(floorUrl + p, headers);
      const fx = await load(fastifyUrl + p, headers);
      const b = await load(apiUrl + p, headers);
      const pct = (x: Result) => `${((100 * x.rps) / f.rps).toFixed(0)}%`;
      rows.push(
        `| ${name === 'one' ? 'GET /v1/cases/{id}' : 'GET /v1/cases (50 per page)'} | ${Math.round(f.rps)} | ${f.p99} | ${Math.round(fx.rps)} (${pct(fx)}) | ${Math.round(b.rps)} | ${b.p50} | ${b.p99} | ${pct(b)} | ${b.errors + b.non2xx} |`,
      );
    }
    console.log(`\n${CONNECTIONS} connections, ${DURATION} s per run, ${os.cpus().length} cores, Node ${process.version}, SQLite`);
    console.log('| endpoint | floor req/s | floor p99 ms | Fastify alone req/s | backend req/s | backend p50 ms | backend p99 ms | backend / floor | errors |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    for (const c of children) await stop(c);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
