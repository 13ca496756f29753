// Pushing the outbox: in order, in batches, each entry with its own mutation
// id so a retry after a lost response applies nothing twice. Each result is
// recorded against its entry: applied → gone from the outbox; conflict or
// rejected → moved to the conflicts with both versions, never dropped.
import type { User } from '../../bridge.js';
import { HttpError } from '../api.js';
import type { OutboxEntry } from '../cache/outbox.js';
import type { Mutation, MutationResult } from '../local/mutation.js';
import { type SyncContext, TABLE_OF, reapplyPending } from './context.js';

export const PUSH_BATCH = 100;

/**
 * The next batch: the oldest entries, stopping before a second update of the
 * same case. That update was based on the first one's result; sent in the
 * same batch it could apply on top of someone else's version if the first
 * one conflicted.
 */
function nextBatch(entries: OutboxEntry[]): OutboxEntry[] {
  const updated = new Set<string>();
  const batch: OutboxEntry[] = [];
  for (const e of entries) {
    if (e.mutation.type === 'case.update') {
      if (updated.has(e.mutation.caseId)) break;
      updated.add(e.mutation.caseId);
    }
    batch.push(e);
  }
  return batch;
}

type Refused = Extract<MutationResult, { status: 'conflict' | 'rejected' }>;

function recordResults(ctx: SyncContext, user: User, batch: OutboxEntry[], results: MutationResult[], changed: Set<string>): void {
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const touched = new Set<string>();
    batch.forEach((entry, i) => {
      const result = results[i];
      // A result missing for an entry: leave it in the outbox for the next push.
      if (!result || result.id !== entry.mutation.id) return;
      ctx.outbox.remove(entry.mutation.id);
      if (result.status === 'applied') return;
      refuse(ctx, user, entry.mutation, result, at, touched);
    });
    if (touched.size > 0) {
      reapplyPending(ctx, user, touched);
      changed.add('cases');
    }
  })();
}

function refuse(ctx: SyncContext, user: User, m: Mutation, result: Refused, at: string, touched: Set<string>): void {
  const current = result.status === 'conflict' ? result.current : undefined;
  ctx.conflicts.add(user.id, m, { status: result.status, code: result.code, message: result.message, current }, at);
  if (m.type === 'case.update') {
    touched.add(m.caseId);
    if (result.status === 'conflict' && isCase(current)) {
      // Show the server's version; the adviser's stays in the conflict.
      ctx.store.putCase(current);
      // Later updates of this case were based on the refused one: they are refused with it.
      for (const later of ctx.outbox.ofCases(user.id, [m.caseId])) {
        if (later.mutation.type !== 'case.update') continue;
        ctx.outbox.remove(later.mutation.id);
        ctx.conflicts.add(
          user.id,
          later.mutation,
          { status: 'conflict', code: result.code, message: 'Based on a change that conflicted; review the current version', current },
          at,
        );
      }
    }
    return;
  }
  ctx.applier.retract(m);
  if (m.type === 'case.create' || m.type === 'note.add' || m.type === 'referral.add') touched.add(m.type === 'case.create' ? m.case.id : m.caseId);
}

const isCase = (v: unknown): v is Parameters<SyncContext['store']['putCase']>[0] =>
  typeof v === 'object' && v !== null && 'id' in v && 'reference' in v && 'version' in v;

/** Pushes the user's outbox until it is empty; returns the tables that changed. Throws on network and server errors. */
export async function pushAll(ctx: SyncContext, user: User, batchSize = PUSH_BATCH): Promise<Set<string>> {
  const changed = new Set<string>();
  for (;;) {
    const batch = nextBatch(ctx.outbox.head(user.id, batchSize));
    if (batch.length === 0) return changed;
    const ids = batch.map((e) => e.mutation.id);
    ctx.outbox.markSending(ids);
    let results: MutationResult[];
    try {
      results = (await ctx.api.push(batch.map((e) => e.mutation))).results;
    } catch (err) {
      ctx.outbox.markFailed(ids, err instanceof Error ? err.message : String(err));
      // A malformed entry makes the server refuse the whole batch; alone, it is refused on its own.
      if (err instanceof HttpError && err.status === 400) {
        if (batch.length > 1) {
          await pushAll(ctx, user, 1).then((c) => c.forEach((t) => changed.add(t)));
          continue;
        }
        const [only] = batch;
        if (only) {
          recordResults(ctx, user, batch, [{ id: only.mutation.id, status: 'rejected', code: err.code ?? 'validation_failed', message: err.message }], changed);
          continue;
        }
      }
      throw err;
    }
    recordResults(ctx, user, batch, results, changed);
    for (const e of batch) changed.add(TABLE_OF[e.mutation.type === 'consumer.update' ? 'consumer' : 'case']);
  }
}
