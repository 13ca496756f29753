// What the presence badge says, and what the ready/not-ready shortcut does.
// Kept apart from the component so the rules are testable: the server derives
// the shown state from the adviser's intent and the work in hand (work wins),
// so "busy" with the intent "not ready" means "not ready once this is done".
import type { Presence } from '../../lib/bridge-types';

export type PresenceState = Presence['state'];
export type PresenceReason = NonNullable<Presence['reason']>;
export type PresenceIntent = Presence['intent'];

/** The reasons an adviser can choose (missed and disconnected are set by the system). */
export const CHOSEN_REASONS = ['break', 'meeting', 'training', 'admin', 'other'] as const;
export type ChosenReason = (typeof CHOSEN_REASONS)[number];

export const isChosenReason = (value: unknown): value is ChosenReason => typeof value === 'string' && (CHOSEN_REASONS as readonly string[]).includes(value);

export type PresenceLook =
  | { kind: 'disconnected' }
  | {
      kind: 'state';
      state: PresenceState;
      /** Why not ready (only with the state not_ready). */
      reason: PresenceReason | null;
      /** What follows the work in hand, when the adviser already chose something else than ready. */
      then: { intent: Exclude<PresenceIntent, 'ready'>; reason: PresenceReason | null } | null;
      since: string;
    };

/** The badge: "not connected" whenever the live connection is down or no presence is known yet. */
export function presenceLook(presence: Presence | null, connected: boolean): PresenceLook {
  if (!connected || !presence) return { kind: 'disconnected' };
  const working = presence.state === 'busy' || presence.state === 'wrap_up';
  const then = working && presence.intent !== 'ready' ? { intent: presence.intent, reason: presence.intent === 'not_ready' ? presence.reason : null } : null;
  return {
    kind: 'state',
    state: presence.state,
    reason: presence.state === 'not_ready' ? presence.reason : null,
    then,
    since: presence.since,
  };
}

export type PresenceChange = { intent: 'ready' } | { intent: 'not_ready'; reason: ChosenReason } | { intent: 'offline' };

/**
 * The shortcut's toggle: ready → not ready (with the reason chosen last),
 * anything else → ready. It follows the intent, not the shown state, so
 * pressing it during a call means "not ready after this one".
 */
export function toggledPresence(presence: Presence | null, lastReason: ChosenReason): PresenceChange {
  return presence?.intent === 'ready' ? { intent: 'not_ready', reason: lastReason } : { intent: 'ready' };
}
