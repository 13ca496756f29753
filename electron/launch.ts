// npm start: the whole workstation on one machine. Builds the renderer, starts
// the backend on the embedded SQLite with demo data, then the desktop app —
// or, where the Electron binary is missing, the same app in browser mode.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHost } from './host.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT || '8080';
// The demo's SIP platform (started beside the backend when Kamailio is
// installed): the workstation's page may reach its WebSocket, the softphone.
const sipOrigins = process.env.HALLA_SIP_ORIGINS || new URL(process.env.SIP_WS_URL || 'ws://127.0.0.1:8088').origin;
const serverUrl = `http://127.0.0.1:${port}`;
const children: ChildProcess[] = [];

function run(what: string, args: string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${what} failed`);
}

/** The Electron binary's path, or null when the package has none (download skipped or blocked). */
function electronBinary(): string | null {
  try {
    const exe: unknown = createRequire(import.meta.url)('electron');
    return typeof exe === 'string' && fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

async function waitForBackend(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${serverUrl}/v1/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the backend did not answer on ${serverUrl}`);
}

function stopAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}

async function main(): Promise<void> {
  console.log('Building the workstation …');
  run('building the renderer', [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);

  const backend = spawn(process.execPath, ['--import', 'tsx', 'backend/src/start-demo.ts', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL || 'warn' },
    stdio: 'inherit',
  });
  children.push(backend);
  backend.once('exit', (code) => {
    if (code) {
      console.error(`The backend stopped (exit ${code}).`);
      stopAll();
      process.exit(code);
    }
  });
  await waitForBackend();

  const exe = electronBinary();
  if (exe) {
    run('building the desktop app', ['--import', 'tsx', 'electron/build.ts']);
    const app = spawn(exe, ['.'], { cwd: root, env: { ...process.env, HALLA_SERVER_URL: serverUrl, HALLA_SIP_ORIGINS: sipOrigins }, stdio: 'inherit' });
    children.push(app);
    app.once('exit', () => {
      stopAll();
      process.exit(0);
    });
    return;
  }

  console.log('The Electron binary is not installed here, so the workstation runs in browser mode instead.');
  const host = await runHost({ ...process.env, HALLA_SERVER_URL: serverUrl, HALLA_SIP_ORIGINS: sipOrigins, DESK_PORT: process.env.DESK_PORT || '5180' });
  console.log(`Workstation: open ${host.url} in a browser and sign in with a demo login above.`);
  const shutdown = () => {
    void host.close().finally(() => {
      stopAll();
      process.exit(0);
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  stopAll();
  process.exit(1);
});
