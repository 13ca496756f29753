// The live picture a workstation keeps: the adviser's presence and contacts
// (offered, active, in wrap-up), and for team leads the queues and advisers.
// Applying events is pure and idempotent — an event seen twice, or one older
// than what a snapshot already shows, changes nothing — so the connection can
// replay and re-read without ever showing a contact twice or losing one.
import type { Interaction, LiveBoard, LiveEvent, LiveWork, Presence } from '../../bridge.js';

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
});

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
});

export const boardOf = (m: LiveModel): LiveBoard => ({
  connected: m.connected,
  at: m.boardAt,
  queues: m.queues,
  advisers: [...m.advisers.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv')),
});
