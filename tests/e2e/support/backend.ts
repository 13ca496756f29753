// A real backend for the end-to-end tests: the server's own `prepare` (SQLite
// file in a data directory, migrations) and `buildApp`, listening on
// 127.0.0.1. It can be stopped and started again on the same data directory
// and port, which is how the offline test takes the server away and back.
// `listen` from server.ts is not used: it installs process signal handlers
// that exit the process, which a test worker must not get.
import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../../backend/src/app.js';
import { loadConfig } from '../../../backend/src/config.js';
import { seedDemo } from '../../../backend/src/db/seed/index.js';
import type { Deps } from '../../../backend/src/deps.js';
import type { LiveRuntime } from '../../../backend/src/live/install.js';
import { prepare } from '../../../backend/src/server.js';
import type { Clock } from '../../../backend/src/shared/clock.js';

/**
 * Fewer cases than the demo's 3000 keep the first sync short; reference data
 * is seeded in full. The seed leaves only the last days' cases open, and 1000
 * leaves about ten open ones with a phone number on any day (300 sometimes
 * only two), which the case journey needs.
 */
export const E2E_SEED_CASES = 1000;

export interface E2eBackend {
  /** http://127.0.0.1:<port>; the same after a restart. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The running server's database handle; throws while stopped. */
  deps(): Deps;
  /**
   * The running server's live-work runtime. Unless started with liveTimers, the e2e backend runs no timers, so
   * a test calls `live().sendQueueStats()` where a server's one-second timer would.
   */
  live(): LiveRuntime;
  running(): boolean;
  /** Closes the HTTP server and the database; the data directory stays. */
  stop(): Promise<void>;
  /** Opens the same data directory again and listens on the same port. */
  start(): Promise<void>;
  /** A session token from the real login route. */
  tokenFor(username: string, password?: string): Promise<string>;
}

interface Running {
  deps: Deps;
  app: App;
}

export interface BackendOptions {
  /** The server's clock (default: the system clock), e.g. one set within the queues' opening hours. */
  clock?: Clock;
  /**
   * Run the live-work timers as a server does (routing tick, heartbeats, chat
   * pages kept alive). Off by default: most tests move time themselves.
   */
  liveTimers?: boolean;
  /** Listen on this port (default: a free one), e.g. one a SIP platform started first was told of. */
  port?: number;
  /** More configuration, as environment variables (e.g. SIP_SECRET, SIP_WS_URL). */
  env?: Record<string, string>;
}

async function open(dataDir: string, port: number, options: BackendOptions): Promise<Running> {
  const config = loadConfig({ ...options.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' });
  const prepared = await prepare(config);
  const deps: Deps = options.clock ? { ...prepared, clock: options.clock } : prepared;
  try {
    const app = await buildApp(deps, { liveTimers: options.liveTimers ?? false });
    await app.listen({ host: config.host, port: config.port });
    return { deps, app };
  } catch (err) {
    await deps.db.close();
    throw err;
  }
}

/** Migrates and seeds a fresh backend in `dataDir` and starts it on a free port. */
export async function startBackend(dataDir: string, cases = E2E_SEED_CASES, options: BackendOptions = {}): Promise<E2eBackend> {
  let current: Running | null = await open(dataDir, options.port ?? 0, options);
  await seedDemo(current.deps, { cases });
  const port = (current.app.server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const live = (): Running => {
    if (!current) throw new Error('the e2e backend is stopped');
    return current;
  };

  return {
    url,
    port,
    dataDir,
    deps: () => live().deps,
    live: () => live().app.live,
    running: () => current !== null,
    async stop() {
      if (!current) return;
      const { app, deps } = current;
      current = null;
      await app.close();
      await deps.db.close();
    },
    async start() {
      if (current) return;
      current = await open(dataDir, port, options);
    },
    async tokenFor(username, password = `demo-${username}`) {
      const res = await live().app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
      return res.json<{ token: string }>().token;
    },
  };
}
