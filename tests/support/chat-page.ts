// A consumer's chat page in tests: a real WebSocket (the `ws` package) to
// GET /v1/public/chats/:id/live on a listening app, which authenticates in its
// first message and keeps every frame the server sends. Delivery takes real
// time, so tests wait for a condition with a deadline, never for a fixed time.
import WebSocket from 'ws';
import type { components } from '../../api-client/src/index.js';

type S = components['schemas'];
export type ChatMessage = S['ChatMessage'];
export type PublicChat = S['PublicChat'];
export type PageFrame = { type: 'message'; message: ChatMessage } | { type: 'chat'; chat: PublicChat };

export interface ChatPage {
  socket: WebSocket;
  /** Every frame received, in arrival order. */
  frames: PageFrame[];
  /** The messages received, in arrival order. */
  messages(): ChatMessage[];
  /** The chat states received, in arrival order. */
  chats(): PublicChat[];
  /** The highest message sequence received, or `after` if none yet. */
  lastSeq(): number;
  /** Sends a raw text frame (the auth message, or anything a test needs). */
  say(text: string): void;
  /** The first frame (already received or still to come) that matches, within the deadline. */
  waitFor<T extends PageFrame = PageFrame>(what: string, match: (f: PageFrame) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves when the connection closes, with the server's code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** The auth message's token; omit to send no auth message at all. */
  token?: string | undefined;
  after?: number;
  /** false: the page stops answering the server's pings (a connection that died without closing). */
  autoPong?: boolean;
}

export async function openPage(base: string, chatId: string, opts: PageOptions = {}): Promise<ChatPage> {
  const socket = new WebSocket(`${base}/v1/public/chats/${chatId}/live`, { autoPong: opts.autoPong ?? true });
  const frames: PageFrame[] = [];
  const listeners = new Set<() => void>();
  const after = opts.after ?? 0;
  socket.on('message', (data: Buffer) => {
    frames.push(JSON.parse(data.toString('utf8')) as PageFrame);
    for (const l of [...listeners]) l();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
  if (opts.token !== undefined) socket.send(JSON.stringify({ type: 'auth', token: opts.token, after }));
  const messages = () => frames.flatMap((f) => (f.type === 'message' ? [f.message] : []));
  return {
    socket,
    frames,
    messages,
    chats: () => frames.flatMap((f) => (f.type === 'chat' ? [f.chat] : [])),
    lastSeq: () => Math.max(after, ...messages().map((m) => m.seq)),
    say: (text) => socket.send(text),
    waitFor<T extends PageFrame>(what: string, match: (f: PageFrame) => boolean, timeoutMs = 5000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const hit = frames.find(match);
          if (!hit) return false;
          cleanup();
          resolve(hit as T);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${what}; got ${JSON.stringify(frames.map((f) => (f.type === 'message' ? `#${f.message.seq}` : f.chat.state)))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(onFrame);
        };
        const onFrame = () => void check();
        if (!check()) listeners.add(onFrame);
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

export const isMessage =
  (also: (m: ChatMessage) => boolean = () => true) =>
  (f: PageFrame): boolean =>
    f.type === 'message' && also(f.message);
export const isChat =
  (also: (c: PublicChat) => boolean = () => true) =>
  (f: PageFrame): boolean =>
    f.type === 'chat' && also(f.chat);
