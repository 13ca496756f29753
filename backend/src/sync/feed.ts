// The change feed a desktop cache pulls: every change since its cursor, oldest
// first, in pages. A first sync (no cursor) receives reference data (topics,
// municipalities, partners, published articles) and the case data (cases,
// notes, referrals, links, consumers) that changed within the sync horizon or
// belongs to a case assigned to the user; older cases are fetched on demand
// when opened (GET /v1/cases/{id}, audited). After that, every change since
// the cursor arrives, however long the desktop was away: a horizon measured
// from today would silently skip changes to cases the cache already holds.
import { sql, type SqlBool } from 'kysely';
import type { Actor, Deps } from '../deps.js';
import type { SyncEntity } from '../db/schema.js';
import { DAY } from '../shared/clock.js';
import { auditReads } from '../audit/service.js';
import { loadEntities, type EntityData } from './loaders.js';

const REFERENCE_ENTITIES: SyncEntity[] = ['topic', 'municipality', 'partner', 'article'];

export type FeedChange =
  | { seq: number; entity: SyncEntity; id: string; op: 'delete' }
  | ({ seq: number; id: string; op: 'upsert' } & EntityData);

export interface FeedPage {
  changes: FeedChange[];
  /** Pass back as `cursor` for the next page; unchanged when there was nothing new. */
  cursor: string;
  hasMore: boolean;
}

/**
 * The cursor: "<seq>" once the first sync is complete, "<seq>-<cutoff ms>"
 * while a first sync is still paging (so every page of it applies the same
 * horizon). The schema allows nothing else.
 */
export interface FeedCursor {
  seq: number;
  /** Set during a first sync: case data older than this is left out. */
  cutoff: string | null;
}

export function parseCursor(raw: string | undefined, now: Date, horizonDays: number): FeedCursor {
  const [seq = '0', cutoff] = (raw ?? '').split('-');
  const n = Number(seq || '0');
  if (cutoff !== undefined) return { seq: n, cutoff: new Date(Number(cutoff)).toISOString() };
  if (n === 0) return { seq: 0, cutoff: new Date(now.getTime() - horizonDays * DAY).toISOString() };
  return { seq: n, cutoff: null };
}

export async function pullChanges(deps: Deps, actor: Actor, rawCursor: string | undefined, limit: number): Promise<FeedPage> {
  const { kysely } = deps.db;
  const now = deps.clock.now();
  const { seq: cursor, cutoff } = parseCursor(rawCursor, now, deps.config.syncHorizonDays);
  const rows = await kysely
    .selectFrom('change_log as cl')
    .leftJoin('cases as c', 'c.id', 'cl.case_id')
    .select(['cl.seq', 'cl.entity', 'cl.entity_id', 'cl.deleted'])
    .where('cl.seq', '>', cursor)
    .where((eb) =>
      cutoff === null ? sql<SqlBool>`1 = 1` : eb.or([
        eb('cl.entity', 'in', REFERENCE_ENTITIES),
        eb('cl.changed_at', '>=', cutoff),
        eb('c.assigned_adviser_id', '=', actor.userId),
        eb.and([
          eb('cl.entity', '=', 'consumer'),
          eb.exists(
            eb
              .selectFrom('cases as mine')
              .select(sql.lit(1).as('one'))
              .whereRef('mine.consumer_id', '=', 'cl.entity_id')
              .where('mine.assigned_adviser_id', '=', actor.userId),
          ),
        ]),
      ]),
    )
    .orderBy('cl.seq')
    .limit(limit + 1)
    .execute();

  const page = rows.slice(0, limit);
  const live = page.filter((r) => r.deleted === 0);
  const data = await loadEntities(kysely, now, live.map((r) => ({ entity: r.entity, id: r.entity_id })));
  const changes: FeedChange[] = [];
  for (const r of page) {
    const d = r.deleted === 0 ? data.get(`${r.entity}:${r.entity_id}`) : undefined;
    // A row whose entity no longer exists is a deletion as far as the cache is concerned.
    changes.push(d ? { seq: r.seq, id: r.entity_id, op: 'upsert', ...d } : { seq: r.seq, entity: r.entity, id: r.entity_id, op: 'delete' });
  }

  // Personal data leaving for a desktop cache is a read like any other.
  const ofType = (e: SyncEntity) => changes.filter((c) => c.op === 'upsert' && c.entity === e).map((c) => c.id);
  await auditReads(kysely, now, actor, 'sync.pull', 'case', ofType('case'));
  await auditReads(kysely, now, actor, 'sync.pull', 'consumer', ofType('consumer'));

  const last = page[page.length - 1];
  const hasMore = rows.length > limit;
  const seq = String(last ? last.seq : cursor);
  return { changes, cursor: hasMore && cutoff !== null ? `${seq}-${new Date(cutoff).getTime()}` : seq, hasMore };
}
