// Every decision about live work — offers, accepts, presence changes, expiry —
// runs in a transaction holding ONE routing lock (a row lock on PostgreSQL;
// SQLite has a single writer anyway). Matching many waiting contacts to many
// advisers needs a consistent picture of both: with per-row SKIP LOCKED two
// instances could each see half the advisers and break the queue's order, so
// they take turns instead. A pass takes milliseconds, so turns are cheap.
//
// Durable live events are written inside the same transaction, so their
// sequence numbers are assigned in commit order: a workstation that resumes
// "after seq N" can never miss an event that committed later with a lower one.
import type { Transaction } from 'kysely';
import type { Actor, Deps } from '../deps.js';
import type { Database } from '../db/schema.js';
import { audit, type AuditEntry } from '../audit/service.js';
import type { LiveEventBody } from '../live/events.js';

export interface RoutingTx {
  trx: Transaction<Database>;
  deps: Deps;
  now: Date;
  /** A durable event for one user (resumable, delivered once). */
  toUser(userId: string, event: LiveEventBody): Promise<void>;
  /** A durable event for team leads and supervisors. */
  toLeads(event: LiveEventBody): Promise<void>;
  audit(actor: { userId: string | null; ip: string | null } | null, entry: AuditEntry): Promise<void>;
  /** Users whose presence must be recomputed before commit. */
  touched: Set<string>;
  /** Runs after the transaction commits (signals to other parts and instances). */
  afterCommit(fn: () => void): void;
}

export type SystemActor = Pick<Actor, 'userId' | 'ip'>;

export async function withRouting<T>(deps: Deps, fn: (rtx: RoutingTx) => Promise<T>): Promise<T> {
  let wrote = false;
  const after: Array<() => void> = [];
  const result = await deps.db.kysely.transaction().execute(async (trx) => {
    if (deps.db.dialect === 'postgres') {
      await trx.selectFrom('counters').select('value').where('name', '=', 'routing').forUpdate().executeTakeFirstOrThrow();
    }
    const now = deps.clock.now();
    const insert = async (audience: 'user' | 'leads', userId: string | null, event: LiveEventBody) => {
      wrote = true;
      await trx
        .insertInto('live_events')
        .values({ at: now.toISOString(), audience, user_id: userId, type: event.type, payload: JSON.stringify(event) })
        .execute();
    };
    const rtx: RoutingTx = {
      trx,
      deps,
      now,
      toUser: (userId, event) => insert('user', userId, event),
      toLeads: (event) => insert('leads', null, event),
      audit: (actor, entry) => audit(trx, now, actor, entry),
      touched: new Set(),
      afterCommit: (fn) => void after.push(fn),
    };
    return fn(rtx);
  });
  if (wrote) deps.bus.eventsCommitted();
  for (const fn of after) fn();
  return result;
}
