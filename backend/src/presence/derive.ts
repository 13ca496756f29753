// What an adviser's presence shows, from what they chose (the intent) and the
// work in hand. Work wins: an adviser who goes "not ready" during a call shows
// busy until the call and its wrap-up are over, and only then not ready.
import type { PresenceIntent, PresenceState } from '../db/schema.js';

export interface WorkInHand {
  /** Contacts ringing at the adviser (at most one). */
  offered: number;
  active: number;
  wrapUp: number;
}

export function deriveState(intent: PresenceIntent, work: WorkInHand): PresenceState {
  if (work.wrapUp > 0) return 'wrap_up';
  if (work.active > 0 || work.offered > 0) return 'busy';
  return intent;
}
