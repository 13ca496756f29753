// Serves the desk core's handler table over a WebSocket: the same handlers the
// Electron main process registers with ipcMain, reached by another transport.
// Only pages from the host's own origin may connect (a page elsewhere in the
// adviser's browser must not drive the workstation).
import type http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DeskCore } from '../core/ports.js';
import { dispatchBridgeCall } from '../shell/dispatch.js';
import { RPC_PATH, type CallMessage, type ReplyMessage } from './rpc-protocol.js';

const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

function parseCall(raw: string): CallMessage | null {
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== 'object' || v === null) return null;
    const { id, method, args } = v as Record<string, unknown>;
    if (typeof id !== 'number' || typeof method !== 'string' || !Array.isArray(args)) return null;
    return { id, method, args };
  } catch {
    return null;
  }
}

export function attachRpc(server: http.Server, core: DeskCore, origin: () => string): { close(): void } {
  const wss = new WebSocketServer({
    server,
    path: RPC_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin: o }: { origin: string }) => o === origin(),
  });
  const clients = new Set<WebSocket>();
  const send = (ws: WebSocket, msg: ReplyMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const unsubscribe = core.onEvent((event) => {
    for (const ws of clients) send(ws, { event });
  });

  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      const call = parseCall(data.toString());
      if (!call) return;
      dispatchBridgeCall(core.handlers, call.method, call.args).then(
        (result) => send(ws, { id: call.id, ok: true, result: result ?? null }),
        (err: unknown) => send(ws, { id: call.id, ok: false, error: { message: err instanceof Error ? err.message : String(err) } }),
      );
    });
  });

  return {
    close() {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      wss.close();
    },
  };
}
