// Browser mode: defines window.desk for the workstation page by calling the
// host over its WebSocket. Built by the host with esbuild and served as a
// separate script (the CSP allows no inline scripts). It reconnects after the
// host restarts; calls made while disconnected wait for the connection.
import { BRIDGE_METHODS, type DeskEvent, type DeskWindowApi } from '../bridge.js';
import { RPC_PATH, type ReplyMessage } from './rpc-protocol.js';

type Pending = { resolve(v: unknown): void; reject(e: Error): void };

const listeners = new Set<(e: DeskEvent) => void>();
const pending = new Map<number, Pending>();
const queue: string[] = [];
let nextId = 1;
let socket: WebSocket | null = null;
let retryMs = 250;

function connect(): void {
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RPC_PATH}`);
  socket = ws;
  ws.onopen = () => {
    retryMs = 250;
    for (const msg of queue.splice(0)) ws.send(msg);
  };
  ws.onmessage = (m) => {
    const msg = JSON.parse(String(m.data)) as ReplyMessage;
    if ('event' in msg) {
      for (const l of listeners) l(msg.event);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(new Error(msg.error.message));
  };
  ws.onclose = () => {
    socket = null;
    // Calls in flight are lost with the connection; their callers hear so.
    for (const [id, p] of pending) {
      p.reject(new Error('The workstation host is not reachable'));
      pending.delete(id);
    }
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  };
}

function call(method: string, args: unknown[]): Promise<unknown> {
  const id = nextId++;
  const msg = JSON.stringify({ id, method, args });
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(msg);
    else queue.push(msg);
  });
}

const api: Record<string, unknown> = {
  onEvent(listener: (e: DeskEvent) => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
for (const m of BRIDGE_METHODS) api[m] = (...args: unknown[]) => call(m, args);
// The core vets the link exactly as in Electron; in browser mode the page is
// already in the adviser's browser, so an approved link opens in a new tab.
api.openExternal = async (url: string) => {
  const ok = (await call('openExternal', [url])) === true;
  if (ok) window.open(url, '_blank', 'noopener,noreferrer');
  return ok;
};

connect();
(window as unknown as { desk: DeskWindowApi }).desk = api as unknown as DeskWindowApi;
