// Shared by the live-work benchmarks: free ports, child processes started
// with tsx and stopped by their own PID, waiting for a server to answer, and
// users with sessions written straight into a fresh database (no scrypt per
// user: hundreds of logins would take longer than the measurement).
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashToken } from '../backend/src/auth/service.js';
import type { Role } from '../backend/src/db/schema.js';
import type { Q } from '../backend/src/deps.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
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

/** A TypeScript entry point in its own Node process; stderr shows through, stdout is dropped unless asked for. */
export function forkTs(script: string, args: string[], env: NodeJS.ProcessEnv, stdout: 'ignore' | 'inherit' = 'ignore'): ChildProcess {
  return fork(script, args, { cwd: root, env: { ...process.env, ...env }, execArgv: ['--import', 'tsx'], stdio: ['ignore', stdout, 'inherit', 'ipc'] });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export interface BenchUser {
  id: string;
  username: string;
  role: Role;
  token: string;
}

/** Users who can only use minted sessions (the password hash matches no password). */
export async function insertUsersWithSessions(q: Q, specs: ReadonlyArray<{ username: string; role: Role }>, now = new Date()): Promise<BenchUser[]> {
  const at = now.toISOString();
  const users: BenchUser[] = specs.map((s) => ({ id: randomUUID(), username: s.username, role: s.role, token: randomBytes(32).toString('base64url') }));
  for (let i = 0; i < users.length; i += 200) {
    const chunk = users.slice(i, i + 200);
    await q
      .insertInto('users')
      .values(chunk.map((u) => ({ id: u.id, username: u.username, display_name: u.username, role: u.role, password_hash: '!', active: 1, created_at: at, updated_at: at })))
      .execute();
    await q
      .insertInto('sessions')
      .values(
        chunk.map((u) => ({
          id: randomUUID(),
          user_id: u.id,
          token_hash: hashToken(u.token),
          created_at: at,
          last_seen_at: at,
          expires_at: new Date(now.getTime() + 6 * 3_600_000).toISOString(),
          revoked_at: null,
          ip: '127.0.0.1',
          user_agent: 'bench',
        })),
      )
      .execute();
  }
  return users;
}
