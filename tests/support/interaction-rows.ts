// Interactions and advisers written straight into the database with exact
// times, for statistics tests that need a history no API call sequence could
// produce quickly (yesterday's contacts, a full working day).
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Channel, InteractionsTable, Language, PresenceIntent } from '../../backend/src/db/schema.js';
import type { Deps } from '../../backend/src/deps.js';
import { ensureAdviser } from '../../backend/src/presence/service.js';

export interface RowSpec {
  queue: `${Channel}-${Language}`;
  state: InteractionsTable['state'];
  arrived: string;
  /** When it could first be offered (a booked callback); default: on arrival. */
  available?: string;
  accepted?: string;
  ended?: string;
  done?: string;
  adviserId?: string;
}

export async function insertRow(deps: Deps, spec: RowSpec): Promise<string> {
  const id = randomUUID();
  const [channel, language] = spec.queue.split('-') as [Channel, Language];
  const row: Insertable<InteractionsTable> = {
    id,
    channel,
    queue_id: spec.queue,
    language,
    state: spec.state,
    enqueued_at: spec.arrived,
    available_at: spec.available ?? spec.arrived,
    target_adviser_id: null,
    consumer_id: null,
    case_id: null,
    topic_id: null,
    from_address: null,
    subject: null,
    external_ref: null,
    note: null,
    arrived_at: spec.arrived,
    offered_to: spec.state === 'offered' ? (spec.adviserId ?? null) : null,
    offered_at: spec.state === 'offered' ? spec.arrived : null,
    offer_expires_at: spec.state === 'offered' ? new Date(Date.parse(spec.arrived) + 3_600_000).toISOString() : null,
    offers: spec.accepted ? 1 : 0,
    adviser_id: spec.accepted ? (spec.adviserId ?? null) : null,
    accepted_at: spec.accepted ?? null,
    wrap_up_at: null,
    wrap_up_until: null,
    done_at: spec.done ?? null,
    ended_at: spec.ended ?? null,
    end_reason: spec.ended ? 'consumer_left' : null,
    created_by: null,
    version: 1,
    updated_at: spec.done ?? spec.ended ?? spec.accepted ?? spec.arrived,
  };
  await deps.db.kysely.insertInto('interactions').values(row).execute();
  // Its lifecycle log, as the engine would have written it.
  const steps: Array<[string, string | undefined]> = [
    ['queued', spec.arrived],
    ['offered', spec.state === 'offered' ? spec.arrived : undefined],
    ['accepted', spec.accepted],
    [spec.state === 'expired' ? 'expired' : 'abandoned', spec.ended],
    ['done', spec.done],
  ];
  for (const [type, at] of steps) {
    if (!at) continue;
    await deps.db.kysely
      .insertInto('interaction_events')
      .values({ interaction_id: id, at, type, adviser_id: spec.adviserId ?? null, queue_id: spec.queue, actor_id: null, detail: '{}' })
      .execute();
  }
  return id;
}

/** A case worker's presence and skills, as the statistics read them. */
export async function setAdviser(
  deps: Deps,
  userId: string,
  opts: { intent: PresenceIntent; seenAt: string; languages?: Language[]; channels?: Channel[] },
): Promise<void> {
  const k = deps.db.kysely;
  await ensureAdviser(k, userId, deps.clock.now());
  await k.updateTable('adviser_presence').set({ intent: opts.intent, state: opts.intent, seen_at: opts.seenAt }).where('user_id', '=', userId).execute();
  if (opts.languages || opts.channels) {
    await k
      .updateTable('adviser_profiles')
      .set({ ...(opts.languages ? { languages: JSON.stringify(opts.languages) } : {}), ...(opts.channels ? { channels: JSON.stringify(opts.channels) } : {}) })
      .where('user_id', '=', userId)
      .execute();
  }
}
