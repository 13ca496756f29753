// Fetching one case from the server (a case outside the feed's scope, opened
// by reference, or a refresh after a conflict) and keeping it in the cache.
import type { CaseDetail, User } from '../bridge.js';
import { HttpError, isNetworkError } from './api.js';
import { reapplyPending, type SyncContext } from './sync/context.js';

/** 'missing' when the server has no such case (any more); 'offline' when it cannot be asked. */
export async function fetchCaseIntoCache(ctx: SyncContext, user: User, id: string): Promise<'stored' | 'missing' | 'offline'> {
  let detail: CaseDetail;
  try {
    detail = await ctx.api.getCase(id);
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) return 'missing';
    if (isNetworkError(err)) return 'offline';
    throw err;
  }
  const { consumer, notes, referrals, links, ...c } = detail;
  ctx.db.transaction(() => {
    ctx.store.putCase(c);
    if (consumer) ctx.store.putConsumer(consumer);
    for (const n of notes) ctx.store.putNote(n);
    for (const r of referrals) ctx.store.putReferral(r);
    for (const l of links) ctx.store.putLink(l);
    reapplyPending(ctx, user, [id]);
    ctx.applier.dropOrphanLocalConsumers();
  })();
  return 'stored';
}
