// The host serves renderer/dist, so the end-to-end tests need a build that is
// not older than the renderer's sources. A fresh clone has none; a developer
// may have edited a component since the last build. Building takes about a
// second, so the tests build whenever the sources are newer. Test files run
// in parallel workers: a lock directory keeps two builds from emptying
// renderer/dist under each other.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RENDERER = path.join(REPO_ROOT, 'renderer');
const BUILT = path.join(RENDERER, 'dist', 'index.html');
// Outside the work tree, so a killed run leaves nothing for git to see; one lock per checkout.
const LOCK = path.join(os.tmpdir(), `halla-e2e-build-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}`);
const LOCK_WAIT_MS = 120_000;

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(BUILT)) return false;
  const inputs = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'].map((p) => path.join(RENDERER, p)).filter((p) => fs.existsSync(p));
  const sources = Math.max(...inputs.map(newestMtime), newestMtime(path.join(REPO_ROOT, 'package-lock.json')));
  return fs.statSync(BUILT).mtimeMs >= sources;
}

function lockHolderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tryLock(): boolean {
  try {
    fs.mkdirSync(LOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
  return true;
}

/** Builds renderer/dist unless it is already newer than every renderer source. */
export async function ensureRendererBuilt(): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    if (isFresh()) return;
    if (tryLock()) break;
    // A lock left by a worker that died (its pid gone, or no pid written yet after a long wait) is taken over.
    if (!lockHolderAlive() && fs.existsSync(path.join(LOCK, 'pid'))) fs.rmSync(LOCK, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`waited ${LOCK_WAIT_MS} ms for another renderer build (${LOCK})`);
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    if (isFresh()) return;
    const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--config', path.join(RENDERER, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: REPO_ROOT });
    if (!isFresh()) throw new Error('the renderer build finished but renderer/dist/index.html is missing or older than its sources');
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
