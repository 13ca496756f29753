// The live picture a workstation keeps: the adviser's presence and contacts
// (offered, active, in wrap-up), and for team leads the queues and advisers.
// Applying events is pure and idempotent — an event seen twice, or one older
// than what a snapshot already shows, changes nothing — so the connection can
// replay and re-read without ever showing a contact twice or losing one.
import type { ChatMessage, ChatView, Interaction, LiveBoard, LiveEvent, LiveWork, Presence } from '../../bridge.js';

const HELD: ReadonlySet<Interaction['state']> = new Set(['offered', 'active', 'wrap_up']);

export interface LiveModel {
  userId: string | null;
  connected: boolean;
  /** Server clock minus local clock, from the hello message (countdowns use server times). */
  clockOffsetMs: number;
  presence: Presence | null;
  interactions: Map<string, Interaction>;
  queues: LiveBoard['queues'];
  advisers: Map<string, Presence>;
  boardAt: string | null;
  /** Chats in hand by interaction id. */
  chats: Map<string, ChatView>;
}

export const emptyModel = (): LiveModel => ({
  userId: null,
  connected: false,
  clockOffsetMs: 0,
  presence: null,
  interactions: new Map(),
  queues: [],
  advisers: new Map(),
  boardAt: null,
  chats: new Map(),
});

const emptyChat = (): ChatView => ({ messages: [], consumerName: null, consumerTyping: false, consumerPresent: true, deliveredSeq: 0, readSeq: 0, loading: true });

/** A chat is kept while its contact is active or in wrap-up at this desk. */
const chatHeld = (i: Interaction | undefined) => !!i && i.channel === 'chat' && (i.state === 'active' || i.state === 'wrap_up');

/** Adds messages once each, in sequence order (a replay or a re-read may repeat some). */
export function mergeMessages(chat: ChatView, incoming: readonly ChatMessage[]): boolean {
  const bySeq = new Map(chat.messages.map((m) => [m.seq, m]));
  let changed = false;
  for (const m of incoming) {
    const known = bySeq.get(m.seq);
    if (known && known.delivered === m.delivered && known.read === m.read) continue;
    bySeq.set(m.seq, m);
    changed = true;
  }
  if (changed) chat.messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return changed;
}

/**
 * The server says "typing" as of its event, and sends no event when the
 * consumer stops: a typing mark lapses this long after it arrived (the
 * server's own window), unless a newer event renews it.
 */
export const CONSUMER_TYPING_MS = 6_000;

/** The consumer's typing mark lapses; true if it was showing. */
export function lapseTyping(m: LiveModel, chatId: string): boolean {
  const chat = m.chats.get(chatId);
  if (!chat?.consumerTyping) return false;
  chat.consumerTyping = false;
  return true;
}

/** What the server says of a chat after a (re)connect: who the consumer is and how far they have got. */
export function applyChatInfo(chat: ChatView, info: { consumerName: string | null; consumerTyping: boolean; consumerPresent: boolean; deliveredSeq: number; readSeq: number }): void {
  chat.consumerName = info.consumerName;
  chat.consumerTyping = info.consumerTyping;
  chat.consumerPresent = info.consumerPresent;
  chat.deliveredSeq = Math.max(chat.deliveredSeq, info.deliveredSeq);
  chat.readSeq = Math.max(chat.readSeq, info.readSeq);
  chat.messages = chat.messages.map((msg) =>
    msg.sender === 'adviser' ? { ...msg, delivered: msg.delivered || msg.seq <= chat.deliveredSeq, read: msg.read || msg.seq <= chat.readSeq } : msg,
  );
}

/** Chats whose contact is no longer in hand are dropped; new ones start empty (their history is fetched). */
export function syncChats(m: LiveModel): string[] {
  for (const id of [...m.chats.keys()]) if (!chatHeld(m.interactions.get(id))) m.chats.delete(id);
  const missing: string[] = [];
  for (const i of m.interactions.values()) {
    if (!chatHeld(i)) continue;
    const chat = m.chats.get(i.id);
    if (!chat) m.chats.set(i.id, emptyChat());
    if (!chat || chat.loading) missing.push(i.id);
  }
  return missing;
}

/** Keeps the newer of two versions of a contact; drops it from the list once it is no longer in hand. */
export function putInteraction(m: LiveModel, i: Interaction): boolean {
  const current = m.interactions.get(i.id);
  if (current && current.version > i.version) return false;
  const mine = HELD.has(i.state) && (i.state === 'offered' ? i.offeredTo === m.userId : i.adviserId === m.userId);
  if (!mine) return m.interactions.delete(i.id);
  m.interactions.set(i.id, i);
  return true;
}

export type Change = 'work' | 'board' | 'offer' | 'data';

/** Applies one event; says what changed (and the offered contact, for the notification). */
export function applyEvent(m: LiveModel, e: LiveEvent): { changed: Change[]; offer?: Interaction } {
  switch (e.type) {
    case 'offer': {
      const isNew = !m.interactions.has(e.interaction.id) || m.interactions.get(e.interaction.id)?.state !== 'offered';
      const changed = putInteraction(m, e.interaction);
      return changed && isNew ? { changed: ['work', 'offer'], offer: e.interaction } : { changed: changed ? ['work'] : [] };
    }
    case 'interaction':
      return { changed: putInteraction(m, e.interaction) ? ['work'] : [] };
    case 'chat-message': {
      const chat = m.chats.get(e.message.interactionId);
      // A chat not (yet) held: its history is fetched when it is.
      if (!chat) return { changed: [] };
      return { changed: mergeMessages(chat, [e.message]) ? ['work'] : [] };
    }
    case 'chat-activity': {
      const chat = m.chats.get(e.interactionId);
      if (!chat) return { changed: [] };
      chat.consumerTyping = e.consumerTyping;
      chat.consumerPresent = e.consumerPresent;
      chat.consumerName = e.consumerName;
      chat.deliveredSeq = Math.max(chat.deliveredSeq, e.deliveredSeq);
      chat.readSeq = Math.max(chat.readSeq, e.readSeq);
      // The adviser's own messages now show as delivered / read.
      chat.messages = chat.messages.map((msg) =>
        msg.sender === 'adviser' ? { ...msg, delivered: msg.delivered || msg.seq <= chat.deliveredSeq, read: msg.read || msg.seq <= chat.readSeq } : msg,
      );
      return { changed: ['work'] };
    }
    case 'offer-withdrawn': {
      const current = m.interactions.get(e.interactionId);
      if (current?.state !== 'offered') return { changed: [] };
      m.interactions.delete(e.interactionId);
      return { changed: ['work'] };
    }
    case 'presence': {
      const out: Change[] = [];
      if (e.presence.userId === m.userId) {
        m.presence = e.presence;
        out.push('work');
      }
      if (m.advisers.size > 0 || e.presence.userId !== m.userId) {
        m.advisers.set(e.presence.userId, e.presence);
        out.push('board');
      }
      return { changed: out };
    }
    case 'queue-stats':
      m.queues = e.queues;
      m.boardAt = e.at;
      return { changed: ['board'] };
    case 'data-changed':
      return { changed: ['data'] };
    case 'hello':
      return { changed: [] };
  }
}

export const workOf = (m: LiveModel): LiveWork => ({
  connected: m.connected,
  clockOffsetMs: m.clockOffsetMs,
  presence: m.presence,
  interactions: [...m.interactions.values()].sort((a, b) => (a.arrivedAt < b.arrivedAt ? -1 : a.arrivedAt > b.arrivedAt ? 1 : 0)),
  chats: Object.fromEntries([...m.chats].map(([id, c]) => [id, { ...c, messages: [...c.messages] }])),
});

export const boardOf = (m: LiveModel): LiveBoard => ({
  connected: m.connected,
  at: m.boardAt,
  queues: m.queues,
  advisers: [...m.advisers.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv')),
});
