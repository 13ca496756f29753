// Browser mode: serves the built renderer over http on 127.0.0.1 with the same
// path checks and headers as Electron's app:// handler, injects the bridge
// client script into index.html, and carries the bridge over a WebSocket.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { DeskCore } from '../core/ports.js';
import { appResponseHeaders } from '../shell/csp.js';
import { APP_ORIGIN } from '../shell/navigation.js';
import { resolveAppRequest } from '../shell/protocol-path.js';
import { attachRpc } from './rpc-server.js';
import { CLIENT_SCRIPT_PATH } from './rpc-protocol.js';

export interface HostOptions {
  core: DeskCore;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Extra connect-src for the page's CSP: the SIP platform's WebSocket (the page is the softphone in browser mode). */
  connectSrc?: readonly string[];
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

async function buildClientScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./desk-client.ts', import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true });
  const file = out.outputFiles[0];
  if (!file) throw new Error('building the bridge client produced nothing');
  return file.text;
}

/** The bridge client must run before the app's module script, so it goes first in <head>. */
export function injectClient(html: string): string {
  const tag = `<script src=".${CLIENT_SCRIPT_PATH}"></script>`;
  return html.includes('<head>') ? html.replace('<head>', `<head>\n    ${tag}`) : `${tag}\n${html}`;
}

export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const rendererDir = path.resolve(opts.rendererDir);
  const csp = { connectSrc: opts.connectSrc ?? [] };
  const client = await buildClientScript();
  let origin = '';

  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const pathname = new URL(req.url ?? '/', 'http://host').pathname;
      if (pathname === CLIENT_SCRIPT_PATH) {
        res.writeHead(200, appResponseHeaders('text/javascript; charset=utf-8', csp)).end(client);
        return;
      }
      const found = await resolveAppRequest(`${APP_ORIGIN}${pathname}`, rendererDir);
      if (found.kind === 'forbidden') {
        res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
        return;
      }
      if (found.kind === 'not-found') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      let body: Buffer | string = await fs.readFile(found.path);
      if (found.contentType.startsWith('text/html')) body = injectClient(body.toString('utf8'));
      res.writeHead(200, appResponseHeaders(found.contentType, csp)).end(req.method === 'HEAD' ? undefined : body);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(err instanceof Error ? err.message : 'error');
    });
  });

  const rpc = attachRpc(server, opts.core, () => origin);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  origin = `http://${host}:${port}`;
  return {
    url: `${origin}/`,
    async close() {
      rpc.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
