// The consumers' chat pages connected to this backend instance, one WebSocket
// each. A page authenticates with its chat's secret in its first message
// (browsers cannot set headers on a WebSocket, and a secret in the URL ends up
// in logs), names the last message it has, and from then on gets every new
// message once, in order, and the chat's state whenever it changes. A page
// that stops answering pings (the network went away without closing the
// connection) is dropped, so it no longer keeps its chat alive.
import type { Deps } from '../deps.js';
import { allMessagesOf, toMessage } from './messages.js';
import { on, sessionById } from './queries.js';
import { chatByToken, publicChat } from './session.js';

export interface ConsumerSocket {
  send(text: string): void;
  close(code?: number, reason?: string): void;
  ping(): void;
  /** Drops the connection at once (no closing handshake: the other end is not answering). */
  terminate(): void;
}

interface Page {
  socket: ConsumerSocket;
  chatId: string;
  lastSeq: number;
  lastState: string;
  /** What the page shows can change with time alone: a place in line, an estimate, the adviser typing. */
  timed: boolean;
  /** Answered the last ping (or attached since). */
  alive: boolean;
}

export interface AttachedPage {
  detach(): void;
  /** The page answered a ping. */
  pong(): void;
}

export class ConsumerHub {
  private readonly pages = new Set<Page>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(private readonly deps: Deps) {}

  get size(): number {
    return this.pages.size;
  }

  /** Pages that have not yet answered the last ping. */
  get unanswered(): number {
    return [...this.pages].filter((p) => !p.alive).length;
  }

  chatIds(): string[] {
    return [...new Set([...this.pages].map((p) => p.chatId))];
  }

  /** A page proved it holds the chat's secret; it resumes after `after`. */
  async attach(socket: ConsumerSocket, chatId: string, token: unknown, after: number): Promise<AttachedPage> {
    await chatByToken(this.deps, chatId, token);
    const page: Page = { socket, chatId, lastSeq: after, lastState: '', timed: true, alive: true };
    this.pages.add(page);
    try {
      await this.refresh(chatId);
    } catch (err) {
      this.pages.delete(page);
      throw err;
    }
    return {
      detach: () => void this.pages.delete(page),
      pong: () => {
        page.alive = true;
      },
    };
  }

  /** Drops the pages that did not answer the previous ping, and pings the others. */
  sweep(): void {
    for (const p of this.pages) {
      if (!p.alive) {
        this.pages.delete(p);
        p.socket.terminate();
        continue;
      }
      p.alive = false;
      p.socket.ping();
    }
  }

  /** Something changed in a chat: each of its pages gets the new messages, then the state if it moved. */
  refresh(chatId: string): Promise<void> {
    const current = this.running.get(chatId);
    if (current) {
      this.again.add(chatId);
      return current;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(chatId);
          await this.push(chatId);
        } while (this.again.has(chatId));
      } finally {
        this.running.delete(chatId);
      }
    })();
    this.running.set(chatId, run);
    return run;
  }

  private async push(chatId: string): Promise<void> {
    const pages = [...this.pages].filter((p) => p.chatId === chatId);
    if (pages.length === 0) return;
    const session = await sessionById.first(on(this.deps), { id: chatId });
    if (!session) return;
    const from = Math.min(...pages.map((p) => p.lastSeq));
    const messages = await allMessagesOf(on(this.deps), chatId, from);
    const chat = await publicChat(this.deps, chatId, session);
    const state = JSON.stringify(chat);
    for (const p of pages) {
      for (const { row, authorName } of messages) {
        if (row.seq <= p.lastSeq) continue;
        p.lastSeq = row.seq;
        p.socket.send(JSON.stringify({ type: 'message', message: toMessage(row, session, authorName) }));
      }
      if (state !== p.lastState) {
        p.lastState = state;
        p.timed = chat.state === 'waiting' || chat.adviserTyping;
        p.socket.send(JSON.stringify({ type: 'chat', chat }));
      }
    }
  }

  /**
   * Pages whose view changes with time alone — waiting (others are answered,
   * the estimate moves) or showing the adviser typing (it runs out) — are
   * refreshed now and then; the others hear of every change as it happens.
   */
  async refreshTimed(): Promise<void> {
    const ids = new Set([...this.pages].filter((p) => p.timed).map((p) => p.chatId));
    for (const id of ids) await this.refresh(id);
  }

  closeAll(): void {
    for (const p of this.pages) p.socket.close(1001, 'server shutting down');
    this.pages.clear();
  }
}
