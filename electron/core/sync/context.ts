// What the pull and the push work on: the cache's pieces and the API.
import type { User } from '../../bridge.js';
import type { DeskApi } from '../api.js';
import type { Conflicts } from '../cache/conflicts.js';
import type { EntityStore, SyncEntity } from '../cache/entities.js';
import type { CacheDb } from '../cache/open-cache.js';
import type { Outbox } from '../cache/outbox.js';
import type { SyncState } from '../cache/sync-state.js';
import type { LocalApplier } from '../local/apply-local.js';

export interface SyncContext {
  db: CacheDb;
  api: DeskApi;
  store: EntityStore;
  applier: LocalApplier;
  outbox: Outbox;
  conflicts: Conflicts;
  syncState: SyncState;
  now(): Date;
}

/** The names `data-changed` events use: the cache's table names. */
export const TABLE_OF: Record<SyncEntity, string> = {
  case: 'cases',
  note: 'notes',
  referral: 'referrals',
  case_link: 'case_links',
  consumer: 'consumers',
  topic: 'topics',
  municipality: 'municipalities',
  partner: 'partners',
  article: 'articles',
};

/**
 * Lays the user's pending changes for these cases (and consumers) back on top
 * of what the server just sent, in outbox order. Runs inside the caller's
 * transaction.
 */
export function reapplyPending(ctx: SyncContext, user: User, caseIds: Iterable<string>, consumerIds: Iterable<string> = []): void {
  const cases = [...new Set(caseIds)];
  const entries = ctx.outbox.ofCases(user.id, cases);
  for (const id of new Set(consumerIds)) entries.push(...ctx.outbox.ofEntity(user.id, id));
  entries.sort((a, b) => a.seq - b.seq);
  for (const e of entries) ctx.applier.apply(e.mutation, user, e.createdAt);
}
