// Contacts answered or abandoned from some moment on that arrived before a
// given one: an e-mail from the evening before answered in the morning, a
// callback booked yesterday. The statistics read contacts by arrival time;
// these would be missed, so they are found through the lifecycle log, whose
// time index keeps this a small read rather than a scan of every contact.
import type { Q } from '../deps.js';
import type { InteractionState } from '../db/schema.js';

export interface SettledRow {
  id: string;
  queue_id: string;
  state: InteractionState;
  arrived_at: string;
  available_at: string;
  accepted_at: string | null;
  ended_at: string | null;
}

/**
 * When a contact's wait began: the later of its arrival and the time it was
 * available from (a booked callback; a transfer puts it back in line) — but
 * an answer measures from arrival when the availability came after it (a
 * transfer after the first answer).
 */
export function waitStart(r: Pick<SettledRow, 'arrived_at' | 'available_at' | 'accepted_at'>): number {
  const arrived = Date.parse(r.arrived_at);
  const available = Date.parse(r.available_at);
  if (r.accepted_at && available > Date.parse(r.accepted_at)) return arrived;
  return Math.max(arrived, available);
}

export async function settledSince(q: Q, since: string, arrivedBefore: string): Promise<SettledRow[]> {
  return q
    .selectFrom('interactions')
    .select(['id', 'queue_id', 'state', 'arrived_at', 'available_at', 'accepted_at', 'ended_at'])
    .where('arrived_at', '<', arrivedBefore)
    .where('id', 'in', (eb) => eb.selectFrom('interaction_events').select('interaction_id').where('at', '>=', since).where('type', 'in', ['accepted', 'abandoned', 'expired']))
    .execute();
}

/** Both lists, each contact once. */
export function mergeRows<T extends { id: string }>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(a.map((r) => r.id));
  return [...a, ...b.filter((r) => !seen.has(r.id))];
}
