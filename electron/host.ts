// Browser mode: the workstation without the Electron binary. The SAME desk
// core and handler table as the Electron main process, served to a browser on
// 127.0.0.1. Used by the end-to-end tests and wherever Electron is missing.
//
//   HALLA_SERVER_URL  backend URL (default http://127.0.0.1:8080)
//   DESK_DATA_DIR     where the cache lives (default ./data/desk)
//   DESK_PORT         port for the browser (default 5180; 0 picks a free one)
//   HALLA_SIP_ORIGINS the SIP platform's WebSocket origin(s) the page may reach (the softphone)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeskCore } from './core/desk-core.js';
import type { TokenStore } from './core/ports.js';
import { startHost } from './host/server.js';
import { sipOrigins } from './shell/csp.js';

/**
 * Browser mode keeps the session token in this process's memory only: a
 * restarted host asks the adviser to sign in again, and no token ever lands
 * on disk unencrypted.
 */
export function memoryTokenStore(): TokenStore {
  let token: string | null = null;
  return {
    load: async () => token,
    save: async (t) => {
      token = t;
    },
    clear: async () => {
      token = null;
    },
  };
}

export async function runHost(env: NodeJS.ProcessEnv = process.env) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const core = await createDeskCore({
    dataDir: path.resolve(env.DESK_DATA_DIR || path.join(root, 'data', 'desk')),
    serverUrl: env.HALLA_SERVER_URL || 'http://127.0.0.1:8080',
    tokenStore: memoryTokenStore(),
    // The page opens approved links itself (see host/desk-client.ts).
    openExternal: async () => undefined,
    mode: 'browser',
    version: env.npm_package_version || '0.1.0',
  });
  const host = await startHost({ core, rendererDir: path.join(root, 'renderer', 'dist'), port: Number(env.DESK_PORT ?? 5180), connectSrc: sipOrigins(env.HALLA_SIP_ORIGINS) });
  const close = async () => {
    await host.close();
    await core.close();
  };
  return { url: host.url, close };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { url, close } = await runHost();
  console.log(`Workstation (browser mode): ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      close().then(() => process.exit(0), () => process.exit(1));
    });
  }
}
