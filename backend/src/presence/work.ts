// The work each adviser has in hand, counted from the interactions: what
// routing checks capacity against and what presence is derived from.
import type { Q } from '../deps.js';
import type { Channel } from '../db/schema.js';
import type { WorkInHand } from './derive.js';

export const VOICE: ReadonlySet<Channel> = new Set(['phone', 'callback']);

export interface AdviserWork extends WorkInHand {
  /** Offered plus active contacts per channel (what capacity limits). */
  load: Partial<Record<Channel, number>>;
  /** The earliest end of wrap-up work in hand. */
  wrapUpUntil: string | null;
}

export const noWork = (): AdviserWork => ({ offered: 0, active: 0, wrapUp: 0, load: {}, wrapUpUntil: null });

/** Work in hand of the given advisers (all advisers with any when `userIds` is omitted). */
export async function loadWork(q: Q, userIds?: readonly string[]): Promise<Map<string, AdviserWork>> {
  const out = new Map<string, AdviserWork>();
  if (userIds && userIds.length === 0) return out;
  const get = (id: string) => {
    let w = out.get(id);
    if (!w) out.set(id, (w = noWork()));
    return w;
  };
  let offered = q
    .selectFrom('interactions')
    .select(['offered_to', 'channel'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'offered')
    .groupBy(['offered_to', 'channel']);
  if (userIds) offered = offered.where('offered_to', 'in', userIds);
  for (const r of await offered.execute()) {
    if (!r.offered_to) continue;
    const w = get(r.offered_to);
    w.offered += Number(r.n);
    w.load[r.channel] = (w.load[r.channel] ?? 0) + Number(r.n);
  }
  let held = q
    .selectFrom('interactions')
    .select(['adviser_id', 'channel', 'state'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('wrap_up_until').as('until')])
    .where('state', 'in', ['active', 'wrap_up'])
    .groupBy(['adviser_id', 'channel', 'state']);
  if (userIds) held = held.where('adviser_id', 'in', userIds);
  for (const r of await held.execute()) {
    if (!r.adviser_id) continue;
    const w = get(r.adviser_id);
    const n = Number(r.n);
    if (r.state === 'active') {
      w.active += n;
      w.load[r.channel] = (w.load[r.channel] ?? 0) + n;
    } else {
      w.wrapUp += n;
      const until = r.until as string | null;
      if (until && (!w.wrapUpUntil || until < w.wrapUpUntil)) w.wrapUpUntil = until;
    }
  }
  return out;
}
