// The adviser's chat messages until the server has them. Kept in the tab's
// session storage, so a reload of the page does not lose a message written
// while the network was away: the sender picks it up again with the same
// client id, and the server stores it once. Belongs to one signed-in user.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PendingMessage } from './pending-messages';

export interface ChatOutboxState {
  userId: string | null;
  pending: PendingMessage[];
  /** A new message; its createdAt is kept unique and increasing, so the order of writing is the order of sending. */
  add(message: Omit<PendingMessage, 'attempts' | 'status' | 'nextAttemptAt' | 'seq' | 'failure'>): void;
  update(clientId: string, patch: Partial<PendingMessage>): void;
  remove(clientIds: readonly string[]): void;
  /** Starts over for another user (or none). */
  owner(userId: string | null): void;
}

export type ChatOutbox = StoreApi<ChatOutboxState>;

const STORAGE_KEY = 'desk.chatOutbox';

interface Saved {
  userId: string | null;
  pending: PendingMessage[];
}

function load(storage: Storage | null): Saved {
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Saved | null;
    if (saved && Array.isArray(saved.pending)) {
      // An attempt that was running when the page went away is simply due again.
      return { userId: saved.userId ?? null, pending: saved.pending.map((p) => (p.status === 'retrying' ? { ...p, status: 'sending' as const, nextAttemptAt: null } : p)) };
    }
  } catch {
    // Unreadable: start empty rather than fail the workspace.
  }
  return { userId: null, pending: [] };
}

export function createChatOutbox(storage: Storage | null): ChatOutbox {
  const store = createStore<ChatOutboxState>()((set) => ({
    ...load(storage),
    add: (message) =>
      set((s) => {
        const last = s.pending.reduce((top, p) => Math.max(top, Date.parse(p.createdAt) || 0), 0);
        const at = Math.max(Date.parse(message.createdAt) || 0, last + 1);
        const entry: PendingMessage = { ...message, createdAt: new Date(at).toISOString(), attempts: 0, status: 'sending', nextAttemptAt: null, seq: null, failure: null };
        return { pending: [...s.pending, entry] };
      }),
    update: (clientId, patch) => set((s) => ({ pending: s.pending.map((p) => (p.clientId === clientId ? { ...p, ...patch } : p)) })),
    remove: (clientIds) => {
      const drop = new Set(clientIds);
      set((s) => (s.pending.some((p) => drop.has(p.clientId)) ? { pending: s.pending.filter((p) => !drop.has(p.clientId)) } : s));
    },
    owner: (userId) => set((s) => (s.userId === userId ? s : { userId, pending: [] })),
  }));
  if (storage) {
    store.subscribe((s) => {
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify({ userId: s.userId, pending: s.pending } satisfies Saved));
      } catch {
        // Full or unavailable storage: the messages still go out from memory.
      }
    });
  }
  return store;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The workspace's outbox. */
export const chatOutbox: ChatOutbox = createChatOutbox(sessionStorageOrNull());
