// Serves the softphone harness page (renderer/src/features/phone/testing) on
// 127.0.0.1 and opens it as a SIP endpoint in its own browser context: a
// caller, or an adviser's phone without the workstation around it. The test
// reads the page's state and gives commands through its form.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface HarnessServer {
  /**
   * A SIP endpoint page registered on the platform at `wsUrl` as `user` in
   * `domain`: with `credentials`, as a member of staff; a user of digits is a
   * line on the platform's stand-in for the telephone network. `initScript`
   * runs in the page before the harness (e.g. to watch WebRTC).
   */
  open(browser: Browser, wsUrl: string, user: string, domain: string, extra?: { credentials?: { auth: string; password: string }; initScript?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarnessServer(): Promise<HarnessServer> {
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'renderer/src/features/phone/testing/softphone-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/harness.js')) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Softphone harness</title><body><script src="/harness.js"></script></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return {
    async open(browser, wsUrl, user, domain, extra = {}) {
      const context = await browser.newContext();
      if (extra.initScript) await context.addInitScript(extra.initScript);
      const page = await context.newPage();
      const query = new URLSearchParams({ ws: wsUrl, user, domain, ...(extra.credentials ?? {}) });
      await page.goto(`${base}?${query.toString()}`);
      return page;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface HarnessCall {
  id: string;
  status: string;
  remote: string;
  interactionId: string | null;
  muted: boolean;
}

export interface HarnessState {
  line: string;
  transfer: unknown;
  calls: HarnessCall[];
  lastEnded: (HarnessCall & { endCause: string }) | null;
}

export const harnessState = async (page: Page): Promise<HarnessState> => JSON.parse((await page.textContent('#state')) || '{}') as HarnessState;

export async function harnessCommand(page: Page, value: unknown): Promise<unknown> {
  await page.fill('#json', JSON.stringify(value));
  await page.click('text=Run');
  return JSON.parse((await page.textContent('#result')) || 'null');
}

/** The far end's loudness as the page measures it (RMS of the received audio). */
export const harnessLevel = async (page: Page): Promise<number> => Number(await page.textContent('#level'));

/** Chromium's fake microphone is a beep: above this the far end hears it, below SILENT it hears nothing. */
export const LOUD = 0.005;
export const SILENT = 0.0005;

/** Polls `read` until `ok` (the harness has no events to wait on). */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}
