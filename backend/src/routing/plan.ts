// The routing decision, as a pure function: which waiting contact goes to
// which adviser. The most urgent contact first (queue priority, then its
// place in line), each to the best eligible adviser (least busy, then
// longest idle).
// A contact nobody can take now is passed over, so an English call does not
// hold up Swedish chats behind it. No I/O: the engine feeds it rows read
// under the routing lock, and property tests feed it anything.
import type { Channel, Language } from '../db/schema.js';
import { VOICE } from '../presence/work.js';

export interface WaitingContact {
  id: string;
  channel: Channel;
  language: Language;
  /** The queue's priority, 1 most urgent. */
  priority: number;
  /** Its place in line (ISO time). */
  enqueuedAt: string;
  /** When set, only this adviser may take it (a transfer to a colleague). */
  targetAdviserId: string | null;
  /** Advisers who just declined it or let it ring out: not offered to them again yet. */
  notTo: ReadonlySet<string>;
}

export interface AdviserCandidate {
  userId: string;
  /** Only advisers who chose ready and whose workstation is there. */
  ready: boolean;
  languages: readonly Language[];
  channels: readonly Channel[];
  capacity: Partial<Record<Channel, number>>;
  /** Offered and active contacts per channel. */
  load: Partial<Record<Channel, number>>;
  /** An offer already rings at this adviser. */
  offered: boolean;
  /** After-contact work in hand: nothing new until it is done. */
  inWrapUp: boolean;
  /** When the adviser last became free (ISO time). */
  idleSince: string;
}

export interface Assignment {
  contactId: string;
  adviserId: string;
}

const total = (load: Partial<Record<Channel, number>>) => Object.values(load).reduce((a, b) => a + (b ?? 0), 0);
const voiceLoad = (load: Partial<Record<Channel, number>>) => (load.phone ?? 0) + (load.callback ?? 0);

/**
 * Can this adviser take this contact now? A call needs the adviser's whole
 * attention: nothing else in hand, and nothing else while on one. Written
 * channels each have their own capacity (e.g. three chats plus an e-mail).
 */
export function canTake(a: AdviserCandidate, c: WaitingContact): boolean {
  if (!a.ready || a.offered || a.inWrapUp) return false;
  if (c.targetAdviserId !== null && c.targetAdviserId !== a.userId) return false;
  if (c.notTo.has(a.userId)) return false;
  if (!a.languages.includes(c.language) || !a.channels.includes(c.channel)) return false;
  const cap = a.capacity[c.channel] ?? 0;
  if (VOICE.has(c.channel)) return total(a.load) === 0 && cap > 0;
  if (voiceLoad(a.load) > 0) return false;
  return (a.load[c.channel] ?? 0) < cap;
}

export const byUrgency = (x: WaitingContact, y: WaitingContact) =>
  x.priority - y.priority || (x.enqueuedAt < y.enqueuedAt ? -1 : x.enqueuedAt > y.enqueuedAt ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Who gets the next contact: the least busy first (an adviser holding two
 * chats is not idle, however long ago they were last free), then whoever has
 * been free longest.
 */
export const byIdle = (x: AdviserCandidate, y: AdviserCandidate) =>
  total(x.load) - total(y.load) ||
  (x.idleSince < y.idleSince ? -1 : x.idleSince > y.idleSince ? 1 : 0) ||
  (x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0);

export function planOffers(contacts: readonly WaitingContact[], advisers: readonly AdviserCandidate[]): Assignment[] {
  // Copies: the plan marks advisers as offered as it goes.
  const pool = advisers.map((a) => ({ ...a, load: { ...a.load } })).sort(byIdle);
  const out: Assignment[] = [];
  for (const c of [...contacts].sort(byUrgency)) {
    const best = pool.find((a) => canTake(a, c));
    if (!best) continue;
    best.offered = true;
    best.load[c.channel] = (best.load[c.channel] ?? 0) + 1;
    out.push({ contactId: c.id, adviserId: best.userId });
  }
  return out;
}
