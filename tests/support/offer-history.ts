// Replays the whole lifecycle log (interaction_events, in id order — commit
// order, since steps are logged under the routing lock) and reports every
// moment at which a contact was offered while already offered or held, an
// adviser had two offers ringing, was offered something during wrap-up, or
// held more than their capacity (a call being exclusive with other work).
import type { Kysely } from 'kysely';
import type { Channel, Database } from '../../backend/src/db/schema.js';
import { parseCapacity } from '../../backend/src/presence/service.js';

const VOICE: ReadonlySet<string> = new Set(['phone', 'callback']);

interface Hand {
  ringing: number;
  wrapUp: number;
  load: Map<Channel, number>;
}

export async function replayHistory(k: Kysely<Database>): Promise<string[]> {
  const events = await k
    .selectFrom('interaction_events as e')
    .innerJoin('interactions as i', 'i.id', 'e.interaction_id')
    .select(['e.id', 'e.interaction_id', 'e.type', 'e.adviser_id', 'i.channel'])
    .orderBy('e.id')
    .execute();
  const capacity = new Map((await k.selectFrom('adviser_profiles').select(['user_id', 'capacity']).execute()).map((p) => [p.user_id, parseCapacity(p.capacity)]));
  const contact = new Map<string, { state: 'waiting' | 'offered' | 'active' | 'wrap_up' | 'over'; holder: string | null }>();
  const hands = new Map<string, Hand>();
  const hand = (id: string) => hands.get(id) ?? hands.set(id, { ringing: 0, wrapUp: 0, load: new Map() }).get(id)!;
  const problems: string[] = [];

  for (const e of events) {
    const c = contact.get(e.interaction_id) ?? { state: 'waiting' as const, holder: null };
    contact.set(e.interaction_id, c);
    const channel = e.channel;
    const release = () => {
      if (!c.holder) return;
      const h = hand(c.holder);
      h.load.set(channel, (h.load.get(channel) ?? 0) - 1);
    };
    switch (e.type) {
      case 'offered': {
        if (c.state !== 'waiting') problems.push(`event ${e.id}: ${e.interaction_id} offered to ${e.adviser_id} while ${c.state} (holder ${c.holder})`);
        const h = hand(e.adviser_id!);
        if (h.ringing > 0) problems.push(`event ${e.id}: ${e.adviser_id} offered a second contact while one rings`);
        if (h.wrapUp > 0) problems.push(`event ${e.id}: ${e.adviser_id} offered a contact during wrap-up`);
        h.ringing++;
        h.load.set(channel, (h.load.get(channel) ?? 0) + 1);
        const cap = capacity.get(e.adviser_id!)?.[channel] ?? 0;
        if ((h.load.get(channel) ?? 0) > cap) problems.push(`event ${e.id}: ${e.adviser_id} over capacity on ${channel}`);
        const total = [...h.load.values()].reduce((x, y) => x + y, 0);
        const voice = [...h.load].filter(([ch]) => VOICE.has(ch)).reduce((x, [, n]) => x + n, 0);
        if (voice > 0 && total > 1) problems.push(`event ${e.id}: ${e.adviser_id} has a call alongside other work`);
        c.state = 'offered';
        c.holder = e.adviser_id;
        break;
      }
      case 'accepted':
        if (c.state !== 'offered' || c.holder !== e.adviser_id) problems.push(`event ${e.id}: ${e.interaction_id} accepted by ${e.adviser_id} while ${c.state} at ${c.holder}`);
        hand(c.holder!).ringing--;
        c.state = 'active';
        break;
      case 'declined':
      case 'offer_expired':
        hand(c.holder!).ringing--;
        release();
        c.state = 'waiting';
        c.holder = null;
        break;
      case 'abandoned':
      case 'expired':
        if (c.state === 'offered') {
          hand(c.holder!).ringing--;
          release();
        }
        c.state = 'over';
        c.holder = null;
        break;
      case 'transferred':
        release();
        c.state = 'waiting';
        c.holder = null;
        break;
      case 'wrap_up':
        release();
        hand(c.holder!).wrapUp++;
        c.state = 'wrap_up';
        break;
      case 'done':
        if (c.state === 'active') release();
        else if (c.state === 'wrap_up') hand(c.holder!).wrapUp--;
        c.state = 'over';
        break;
    }
  }
  return problems;
}
