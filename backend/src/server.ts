// Starts the backend: configuration from the environment, migrations, then
// HTTP on HOST:PORT; SIGINT/SIGTERM close the server and the database cleanly.
// This is what a server deployment runs (npm run backend); it never seeds data.
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';
import { openDb } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import type { Deps } from './deps.js';
import { systemClock } from './shared/clock.js';
import { createLiveBus } from './live/bus.js';

export interface Started {
  deps: Deps;
  url: string;
  close(): Promise<void>;
}

export async function prepare(config: Config = loadConfig()): Promise<Deps> {
  const db = openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(db);
  return { db, clock: systemClock, config, bus: createLiveBus() };
}

export async function listen(deps: Deps): Promise<Started> {
  const app = await buildApp(deps, { logger: true, liveTimers: true });
  await app.listen({ host: deps.config.host, port: deps.config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  const url = `http://${deps.config.host.includes(':') ? `[${deps.config.host}]` : deps.config.host}:${port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
      await deps.db.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      close().then(
        () => process.exit(0),
        (err: unknown) => {
          app.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { deps, url, close };
}

async function main(): Promise<void> {
  const deps = await prepare();
  const { url } = await listen(deps);
  console.log(`Backend listening on ${url} (database: ${deps.db.dialect})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
