// Pulling the change feed: page by page from the stored cursor, each page
// applied in ONE transaction together with its new cursor. An interruption
// (network, crash) between pages loses nothing and repeats nothing: the next
// pull starts after the last page that committed.
//
// Pipelined: the next page is requested before this one is applied, so the
// server builds page N+1 while the desk writes page N (an initial sync of
// 100,000 cases is otherwise the sum of both). Pages are still applied
// strictly in order, and only after the previous one committed.
import type { User } from '../../bridge.js';
import { checkpointWal } from '../cache/open-cache.js';
import { type SyncContext, TABLE_OF, reapplyPending } from './context.js';

/** The server's maximum: fewer round trips and transactions for an initial sync. */
export const DEFAULT_PAGE_SIZE = 1000;
/** Pages between WAL checkpoints during a long pull, so the WAL stays bounded (local writes never checkpoint). */
const PAGES_PER_CHECKPOINT = 16;

type Page = Awaited<ReturnType<SyncContext['api']['changes']>>;

function applyPage(ctx: SyncContext, user: User, page: Page, changed: Set<string>): void {
  ctx.db.transaction(() => {
    const cases = new Set<string>();
    const consumers = new Set<string>();
    for (const change of page.changes) {
      ctx.store.apply(change);
      changed.add(TABLE_OF[change.entity]);
      if (change.op === 'delete') continue;
      if (change.entity === 'case') cases.add(change.id);
      else if (change.entity === 'note' || change.entity === 'referral' || change.entity === 'case_link') cases.add(change.data.caseId);
      else if (change.entity === 'consumer') consumers.add(change.id);
    }
    // The server's rows replaced ours; what the adviser has not yet pushed goes back on top.
    if (cases.size > 0 || consumers.size > 0) reapplyPending(ctx, user, cases, consumers);
    if (cases.size > 0) ctx.applier.dropOrphanLocalConsumers();
    ctx.syncState.setCursor(page.cursor);
  })();
}

/** Pulls until the feed has no more; returns the tables that changed. */
export async function pullAll(ctx: SyncContext, user: User, pageSize = DEFAULT_PAGE_SIZE): Promise<Set<string>> {
  const changed = new Set<string>();
  const request = (cursor: string) => {
    const p = ctx.api.changes(cursor, pageSize);
    // Awaited below unless applying the page before it throws; never an unhandled rejection.
    p.catch(() => undefined);
    return p;
  };
  let next = request(ctx.syncState.cursor());
  for (let pages = 1; ; pages++) {
    const page = await next;
    if (page.hasMore) {
      next = request(page.cursor);
      // fetch() only writes the request once the event loop turns; without this the server would wait for the apply.
      await new Promise((resolve) => setImmediate(resolve));
    }
    applyPage(ctx, user, page, changed);
    if (!page.hasMore) return changed;
    if (pages % PAGES_PER_CHECKPOINT === 0) checkpointWal(ctx.db);
  }
}
