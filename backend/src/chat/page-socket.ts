// One chat page's WebSocket, from connecting to closing: the page must say
// who it is in its first message ({"type":"auth","token","after"}) within the
// time limit, is then attached to the hub once — a second auth message is
// ignored, or the page would be attached twice and get every message twice —
// and answers the heartbeat's pings, or is dropped.
import type { WebSocket } from 'ws';
import type { Deps } from '../deps.js';
import { SECOND } from '../shared/clock.js';
import type { ConsumerHub } from './consumer-hub.js';
import { consumerActivity } from './conversation.js';

/** A chat page must say who it is this soon after connecting. */
export const AUTH_WITHIN_MS = 10 * SECOND;

export function servePage(socket: WebSocket, chatId: string, hub: ConsumerHub, deps: Deps): void {
  let detach: (() => void) | null = null;
  let authenticating = false;
  let closed = false;
  const timer = setTimeout(() => socket.close(4401, 'authenticate first'), AUTH_WITHIN_MS);
  socket.on('close', () => {
    closed = true;
    clearTimeout(timer);
    detach?.();
  });
  socket.on('message', (data, isBinary) => {
    if (authenticating || isBinary) return;
    let msg: { type?: unknown; token?: unknown; after?: unknown };
    try {
      msg = JSON.parse(data.toString()) as typeof msg;
    } catch {
      socket.close(4400, 'not JSON');
      return;
    }
    if (msg?.type !== 'auth') return;
    authenticating = true;
    clearTimeout(timer);
    const after = typeof msg.after === 'number' && Number.isInteger(msg.after) && msg.after >= 0 ? msg.after : 0;
    const page = {
      send: (text: string) => {
        if (socket.readyState === socket.OPEN) socket.send(text);
      },
      close: (code?: number, reason?: string) => socket.close(code, reason),
      ping: () => socket.ping(),
      terminate: () => socket.terminate(),
    };
    hub.attach(page, chatId, msg.token, after).then(
      (attached) => {
        socket.on('pong', attached.pong);
        detach = attached.detach;
        if (closed) attached.detach();
        else void consumerActivity(deps, chatId, msg.token, false).catch(() => undefined);
      },
      () => socket.close(4404, 'chat not found'),
    );
  });
}
