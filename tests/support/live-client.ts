// A workstation's live connection in tests: a real WebSocket (the `ws`
// package) to GET /v1/live on a listening app, keeping every message it
// receives. Delivery takes real time, so tests wait for a condition with a
// deadline, never for a fixed time.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { FastifyInstance } from 'fastify';
import type { LiveEvent } from '../../backend/src/live/events.js';

export type Durable = Extract<LiveEvent, { seq: number }>;

export interface LiveClient {
  socket: WebSocket;
  messages: LiveEvent[];
  /** The durable events received, in arrival order. */
  durable(): Durable[];
  /** The first message (already received or still to come) that matches, within the deadline. */
  waitFor<T extends LiveEvent = LiveEvent>(what: string, match: (m: LiveEvent) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves when the server closes the connection. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 (if not yet) and returns the ws:// base. */
export async function liveBase(app: FastifyInstance): Promise<string> {
  if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
  return `ws://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Polls a condition until it holds or the deadline passes. */
export async function waitUntil(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function connectLive(base: string, token: string, after?: number): Promise<LiveClient> {
  const socket = new WebSocket(`${base}/v1/live${after === undefined ? '' : `?after=${after}`}`, { headers: { authorization: `Bearer ${token}` } });
  const messages: LiveEvent[] = [];
  const listeners = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString('utf8')) as LiveEvent);
    for (const l of [...listeners]) l();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
  return {
    socket,
    messages,
    durable: () => messages.filter((m): m is Durable => 'seq' in m),
    waitFor<T extends LiveEvent>(what: string, match: (m: LiveEvent) => boolean, timeoutMs = 5000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const hit = messages.find(match);
          if (!hit) return false;
          cleanup();
          resolve(hit as T);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(messages.map((m) => m.type))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(onMessage);
        };
        const onMessage = () => void check();
        if (!check()) listeners.add(onMessage);
      });
    },
    closed,
    async close() {
      if (socket.readyState === WebSocket.CLOSED) return;
      socket.close();
      await closed;
    },
  };
}

/** The HTTP status with which the server refuses an upgrade (without a token, with a bad one). */
export async function refusedWith(base: string, headers: Record<string, string> = {}, query = ''): Promise<number> {
  const socket = new WebSocket(`${base}/v1/live${query}`, { headers });
  return new Promise<number>((resolve, reject) => {
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.once('open', () => {
      socket.terminate();
      reject(new Error('the upgrade was accepted'));
    });
    socket.once('error', () => undefined);
  });
}
