// Pulling the change feed: page by page from the stored cursor, each page
// applied in ONE transaction together with its new cursor. An interruption
// (network, crash) between pages loses nothing and repeats nothing: the next
// pull starts after the last page that committed.
import type { User } from '../../bridge.js';
import { type SyncContext, TABLE_OF, reapplyPending } from './context.js';

export const DEFAULT_PAGE_SIZE = 500;

/** Pulls until the feed has no more; returns the tables that changed. */
export async function pullAll(ctx: SyncContext, user: User, pageSize = DEFAULT_PAGE_SIZE): Promise<Set<string>> {
  const changed = new Set<string>();
  for (;;) {
    const page = await ctx.api.changes(ctx.syncState.cursor(), pageSize);
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
    if (!page.hasMore) return changed;
  }
}
