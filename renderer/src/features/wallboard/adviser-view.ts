// The advisers as the wallboard lists them: grouped by state in the order a
// team lead scans (who can take work, who is working, who is away), time in
// state on the server's clock, and the contacts each holds per channel.
import type { Channel, Presence } from '../../lib/bridge-types';

export type PresenceState = Presence['state'];

export const STATE_ORDER: readonly PresenceState[] = ['ready', 'busy', 'wrap_up', 'not_ready', 'offline'];
export const CHANNELS: readonly Channel[] = ['phone', 'callback', 'chat', 'email', 'forum', 'social'];

/** Whole seconds since `sinceIso` on the server clock; 0 for an unreadable time or a moment in the future (clock skew). */
export function secondsInState(sinceIso: string, serverNowMs: number): number {
  const since = Date.parse(sinceIso);
  if (Number.isNaN(since)) return 0;
  return Math.max(0, Math.floor((serverNowMs - since) / 1000));
}

/**
 * By state, then longest in that state first (the ready adviser idle longest
 * is offered next; the longest break is the one to ask about), then by name.
 */
export function sortAdvisers(advisers: readonly Presence[]): Presence[] {
  const rank = (p: Presence) => STATE_ORDER.indexOf(p.state);
  return [...advisers].sort((a, b) => rank(a) - rank(b) || Date.parse(a.since) - Date.parse(b.since) || a.displayName.localeCompare(b.displayName, 'sv'));
}

export function countByState(advisers: readonly Presence[]): Record<PresenceState, number> {
  const counts: Record<PresenceState, number> = { ready: 0, busy: 0, wrap_up: 0, not_ready: 0, offline: 0 };
  for (const a of advisers) counts[a.state] += 1;
  return counts;
}

export interface LoadEntry {
  channel: Channel;
  load: number;
  capacity: number;
}

/** The channels where the adviser holds contacts now, in channel order. */
export function loadEntries(p: Pick<Presence, 'load' | 'capacity'>): LoadEntry[] {
  const out: LoadEntry[] = [];
  for (const channel of CHANNELS) {
    const load = p.load[channel] ?? 0;
    if (load > 0) out.push({ channel, load, capacity: p.capacity[channel] ?? 0 });
  }
  return out;
}

/** The adviser's channels in channel order (the profile keeps them in the order they were set). */
export function orderedChannels(channels: readonly Channel[]): Channel[] {
  return CHANNELS.filter((c) => channels.includes(c));
}

/**
 * The board's presence with a newer profile (by profileVersion) laid over it:
 * only the profile fields, since the board's state and times are the live ones.
 */
export function mergeProfile(board: Presence, fresher: Presence | undefined): Presence {
  if (!fresher || fresher.profileVersion <= board.profileVersion) return board;
  return { ...board, channels: fresher.channels, languages: fresher.languages, capacity: fresher.capacity, profileVersion: fresher.profileVersion };
}
