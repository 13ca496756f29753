// The simulator against a real backend: the server's own start-up (SQLite
// in a fresh data directory, migrations, the live timers) listening on a free
// port, and `npm run simulate` as its own process, at high speed with two
// simulated advisers and every queue closed until the simulator opens it.
// Afterwards the database must show contacts created, answered and completed
// — and a clean stop: nothing left ringing or in hand, callers not left
// waiting, the advisers offline and their sessions signed out.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../backend/src/app.js';
import { loadConfig } from '../../backend/src/config.js';
import type { Deps } from '../../backend/src/deps.js';
import { prepare } from '../../backend/src/server.js';
import { insertUser } from '../../backend/src/users/service.js';
import { SIMULATOR_NOTE } from './queues.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLOSED_ALL_WEEK = { weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, exceptions: [] };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs the simulator as `npm run simulate` would, with a hard limit so a hang fails instead of blocking. */
function simulate(args: string[], limitMs: number): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 });
    }),
  );
}

describe('npm run simulate against a real backend', () => {
  let dataDir: string;
  let deps: Deps;
  let app: App;
  let url: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-simulate-'));
    deps = await prepare(loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' }));
    for (const [username, role] of [['teamlead', 'team_lead'], ['adviser2', 'adviser'], ['adviser3', 'adviser']] as const) {
      ids[username] = (await insertUser(deps, { username, displayName: username, role, password: `demo-${username}` })).id;
    }
    // Closed whatever the time of the test run, so --open-queues has something to open.
    await deps.db.kysely.updateTable('queues').set({ hours: JSON.stringify(CLOSED_ALL_WEEK) }).execute();
    app = await buildApp(deps, { liveTimers: true });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await deps?.db.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates contacts that simulated advisers answer and complete, and stops by itself, cleanly', async () => {
    const run = await simulate(
      ['--server', url, '--speed', '120', '--rate', '120', '--advisers', '2', '--duration', '0.2', '--open-queues', '--report-every', '4', '--seed', 'integration'],
      60_000,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // --duration 0.2 is 12 s; stopping takes a moment more, never long.
    expect(run.seconds).toBeGreaterThan(12);
    expect(run.seconds).toBeLessThan(45);
    expect(run.stdout).toContain('Opened for today');
    expect(run.stdout).toContain('Simulated advisers ready: adviser2, adviser3');
    expect(run.stdout).toMatch(/\[sim \d\d:\d\d\] · created \d+/);
    expect(run.stdout).toMatch(/Done: .* 0 errors\./);

    const k = deps.db.kysely;
    const queues = await k.selectFrom('queues').select(['id', 'hours']).execute();
    for (const q of queues) expect((JSON.parse(q.hours) as { exceptions: Array<{ note?: string }> }).exceptions.map((e) => e.note)).toEqual([SIMULATOR_NOTE]);

    const contacts = await k.selectFrom('interactions').select(['id', 'channel', 'state', 'adviser_id', 'offered_to', 'external_ref']).execute();
    expect(contacts.length).toBeGreaterThan(10);
    expect(contacts.every((c) => c.external_ref?.startsWith('sim-'))).toBe(true);
    const sim = new Set([ids.adviser2, ids.adviser3]);
    const done = contacts.filter((c) => c.state === 'done' && c.adviser_id !== null && sim.has(c.adviser_id));
    expect(done.length).toBeGreaterThanOrEqual(2);
    const completedByAdviser = await k.selectFrom('interaction_events').select('actor_id').where('type', '=', 'done').where('actor_id', 'in', [...sim] as string[]).execute();
    expect(completedByAdviser.length).toBeGreaterThanOrEqual(2);

    // A clean stop: nothing ringing or in hand, no caller left waiting, advisers offline and signed out.
    expect(contacts.filter((c) => ['offered', 'active', 'wrap_up'].includes(c.state))).toEqual([]);
    expect(contacts.filter((c) => (c.channel === 'phone' || c.channel === 'chat') && c.state === 'queued')).toEqual([]);
    const presence = await k.selectFrom('adviser_presence').select(['user_id', 'intent']).execute();
    expect(presence.filter((p) => sim.has(p.user_id)).map((p) => p.intent)).toEqual(['offline', 'offline']);
    const sessions = await k.selectFrom('sessions').select(['user_id', 'revoked_at']).execute();
    expect(sessions.length).toBe(3);
    expect(sessions.every((s) => s.revoked_at !== null)).toBe(true);
  }, 90_000);
});
