// The two sides of one chat as their clients see it across reconnects: the
// consumer's page (GET /v1/public/chats/:id/live) and the adviser's live feed
// (GET /v1/live). Each side keeps every connection it has had; its view is
// what all of them received, in arrival order, and a reconnect resumes after
// the last thing seen — as a real page or workstation would.
import type { ChatMessage } from './chat-page.js';
import { openPage, type ChatPage } from './chat-page.js';
import { connectLive, type LiveClient } from './live-client.js';
import type { LiveEvent } from '../../backend/src/live/events.js';

type ChatMessageEvent = Extract<LiveEvent, { type: 'chat-message' }>;

export interface Side {
  connected(): boolean;
  drop(): Promise<void>;
  /** Connects again (if dropped), resuming after the last thing seen. */
  reconnect(): Promise<void>;
  /** Every chat message received on any connection, in arrival order. */
  view(): ChatMessage[];
  /** Every durable sequence received on any connection, in arrival order (the page: message sequences). */
  durableSeqs(): number[];
  close(): Promise<void>;
}

export async function consumerSide(base: string, chatId: string, token: string): Promise<Side> {
  const conns: ChatPage[] = [];
  let current: ChatPage | null = null;
  const view = () => conns.flatMap((c) => c.messages());
  const lastSeen = () => Math.max(0, ...view().map((m) => m.seq));
  const connect = async () => {
    current = await openPage(base, chatId, { token, after: lastSeen() });
    conns.push(current);
  };
  await connect();
  return {
    connected: () => current !== null,
    async drop() {
      const c = current;
      current = null;
      await c?.close();
    },
    async reconnect() {
      if (!current) await connect();
    },
    view,
    durableSeqs: () => view().map((m) => m.seq),
    async close() {
      await Promise.all(conns.map((c) => c.close()));
    },
  };
}

export async function adviserSide(base: string, chatId: string, token: string, after = 0): Promise<Side> {
  const conns: LiveClient[] = [];
  let current: LiveClient | null = null;
  const durable = () => conns.flatMap((c) => c.durable());
  const lastSeen = () => Math.max(after, ...durable().map((e) => e.seq));
  const connect = async () => {
    const c = await connectLive(base, token, lastSeen());
    conns.push(c);
    current = c;
    await c.waitFor('hello', (m) => m.type === 'hello');
  };
  await connect();
  return {
    connected: () => current !== null,
    async drop() {
      const c = current;
      current = null;
      await c?.close();
    },
    async reconnect() {
      if (!current) await connect();
    },
    view: () => durable().flatMap((e) => (e.type === 'chat-message' && (e as ChatMessageEvent).message.interactionId === chatId ? [(e as ChatMessageEvent).message] : [])),
    durableSeqs: () => durable().map((e) => e.seq),
    async close() {
      await Promise.all(conns.map((c) => c.close()));
    },
  };
}
