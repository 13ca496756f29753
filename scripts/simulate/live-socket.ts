// A workstation's live connection (GET /v1/live) as the desktop keeps it:
// the session token in the Authorization header, every message one LiveEvent,
// and after a drop a reconnect with ?after=<last seq> so no offer is missed.
// When the server cannot replay (too old, or restarted) it says resync and the
// owner re-reads its work instead.
import WebSocket from 'ws';
import type { LiveEvent } from './api.js';

export interface LiveHandlers {
  onEvent(event: LiveEvent): void;
  /** The server could not replay what was missed: re-read GET /v1/work. */
  onResync(): void;
  onError(message: string): void;
}

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;

export class LiveSocket {
  private socket: WebSocket | null = null;
  private lastSeq: number | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private delay = RECONNECT_MIN_MS;
  private opened: Promise<void> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly token: () => string | undefined,
    private readonly handlers: LiveHandlers,
  ) {}

  /** Resolves once the first hello arrived. */
  start(): Promise<void> {
    this.opened ??= new Promise((resolve, reject) => this.connect(resolve, reject));
    return this.opened;
  }

  private connect(onHello?: () => void, onFail?: (err: Error) => void): void {
    if (this.stopped) return;
    const url = new URL('/v1/live', this.baseUrl.replace(/^http/, 'ws'));
    if (this.lastSeq !== null) url.searchParams.set('after', String(this.lastSeq));
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${this.token() ?? ''}` } });
    this.socket = socket;
    socket.on('message', (data) => {
      let event: LiveEvent;
      try {
        event = JSON.parse(String(data)) as LiveEvent;
      } catch {
        return;
      }
      if ('seq' in event) this.lastSeq = Math.max(this.lastSeq ?? 0, event.seq);
      if (event.type === 'hello') {
        this.delay = RECONNECT_MIN_MS;
        const resync = event.resync;
        this.lastSeq = Math.max(this.lastSeq ?? 0, event.lastSeq);
        onHello?.();
        onHello = undefined;
        onFail = undefined;
        if (resync) this.handlers.onResync();
        return;
      }
      this.handlers.onEvent(event);
    });
    socket.on('error', (err) => {
      if (onFail) {
        onFail(err);
        onFail = undefined;
        onHello = undefined;
        this.stopped = true;
        return;
      }
      this.handlers.onError(`live connection: ${err.message}`);
    });
    socket.on('close', (code) => {
      if (this.socket === socket) this.socket = null;
      if (this.stopped) return;
      if (onFail) {
        onFail(new Error(`live connection closed before hello (code ${code})`));
        this.stopped = true;
        return;
      }
      // 4401: the session ended; reconnecting with the same token cannot help.
      if (code === 4401) {
        this.handlers.onError('live connection: the session ended');
        return;
      }
      this.retry = setTimeout(() => {
        this.retry = null;
        this.connect();
      }, this.delay);
      this.delay = Math.min(this.delay * 2, RECONNECT_MAX_MS);
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.socket?.close(1000, 'simulation over');
    this.socket = null;
  }
}
