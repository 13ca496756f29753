// Desktop mutations pushed from the outbox. Each carries a client-generated id
// and is applied at most once: it runs in its own transaction together with the
// row that records its result, and a retried id gets the recorded result back
// instead of a second application.
import type { Actor, Deps, Q } from '../deps.js';
import { Problem } from '../http/problem.js';
import { auditConflictRead } from '../audit/service.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import {
  addNoteTx, addReferralTx, createCaseTx, linkCasesTx, updateCaseTx, type CasePatch, type NewCase,
} from '../cases/write.js';
import { updateConsumerTx, type ConsumerFields } from '../consumers/service.js';
import type { ReferralMethod } from '../db/schema.js';

export type Mutation = { id: string } & (
  | { type: 'case.create'; case: NewCase & { id: string } }
  | { type: 'case.update'; caseId: string; version: number; patch: CasePatch }
  | { type: 'note.add'; caseId: string; note: { id: string; body: string } }
  | { type: 'referral.add'; caseId: string; referral: { id: string; partnerId: string; reason: string; method: ReferralMethod } }
  | { type: 'case.link'; caseId: string; linkedCaseId: string }
  | { type: 'consumer.update'; consumerId: string; version: number; fields: ConsumerFields }
);

export type MutationResult =
  | { id: string; status: 'applied'; entity: string; entityId: string }
  | { id: string; status: 'conflict'; code: string; message: string; currentVersion: number; current: unknown }
  | { id: string; status: 'rejected'; code: string; message: string };

async function apply(q: Q, deps: Deps, actor: Actor, m: Mutation): Promise<{ entity: string; entityId: string }> {
  switch (m.type) {
    case 'case.create':
      return { entity: 'case', entityId: await createCaseTx(q, deps, actor, m.case) };
    case 'case.update':
      await updateCaseTx(q, deps, actor, m.caseId, m.version, m.patch);
      return { entity: 'case', entityId: m.caseId };
    case 'note.add':
      return { entity: 'note', entityId: await addNoteTx(q, deps, actor, m.caseId, m.note) };
    case 'referral.add':
      return { entity: 'referral', entityId: await addReferralTx(q, deps, actor, m.caseId, m.referral) };
    case 'case.link':
      return { entity: 'case_link', entityId: await linkCasesTx(q, deps, actor, m.caseId, m.linkedCaseId) };
    case 'consumer.update':
      return { entity: 'consumer', entityId: (await updateConsumerTx(q, deps, actor, m.consumerId, m.version, m.fields)).id };
  }
}

function outcomeOf(id: string, err: unknown): MutationResult {
  if (err instanceof Problem && err.code === 'version_conflict') {
    return {
      id,
      status: 'conflict',
      code: err.code,
      message: err.message,
      currentVersion: Number(err.extra.currentVersion),
      current: err.extra.current,
    };
  }
  if (err instanceof Problem && err.status < 500) return { id, status: 'rejected', code: err.code, message: err.message };
  // Two devices creating the same record id at once: the loser's insert hits the key.
  if (isUniqueViolation(err)) return { id, status: 'rejected', code: 'conflict', message: 'A record with this id already exists' };
  throw err;
}

async function recorded(q: Q, actor: Actor, id: string): Promise<MutationResult | null> {
  const row = await q.selectFrom('applied_mutations').select(['user_id', 'result']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  if (row.user_id !== actor.userId) {
    return { id, status: 'rejected', code: 'conflict', message: 'This mutation id was used by another user' };
  }
  return JSON.parse(row.result) as MutationResult;
}

async function store(q: Q, deps: Deps, actor: Actor, m: Mutation, result: MutationResult): Promise<void> {
  await q
    .insertInto('applied_mutations')
    .values({ id: m.id, user_id: actor.userId, kind: m.type, result: JSON.stringify(result), applied_at: deps.clock.now().toISOString() })
    .execute();
}

async function pushOne(deps: Deps, actor: Actor, m: Mutation): Promise<MutationResult> {
  const { kysely } = deps.db;
  const seen = await recorded(kysely, actor, m.id);
  if (seen) return seen;
  try {
    return await kysely.transaction().execute(async (trx) => {
      const applied = await apply(trx, deps, actor, m);
      const result: MutationResult = { id: m.id, status: 'applied', ...applied };
      await store(trx, deps, actor, m, result);
      return result;
    });
  } catch (err) {
    // The same id pushed twice at once: the loser's insert hit the primary key.
    const raced = await recorded(kysely, actor, m.id);
    if (raced) return raced;
    const result = outcomeOf(m.id, err);
    if (m.type === 'case.update') await auditConflictRead(deps.db, deps.clock.now(), actor, err, 'case', m.caseId);
    if (m.type === 'consumer.update') await auditConflictRead(deps.db, deps.clock.now(), actor, err, 'consumer', m.consumerId);
    // Refusals are recorded too, so a retry hears the same answer.
    try {
      await store(kysely, deps, actor, m, result);
    } catch {
      const again = await recorded(kysely, actor, m.id);
      if (again) return again;
      throw err;
    }
    return result;
  }
}

/**
 * Applies a batch in order. Mutations are independent: one refused does not
 * stop the rest (the desktop shows each result against its outbox entry).
 */
export async function pushMutations(deps: Deps, actor: Actor, mutations: readonly Mutation[]): Promise<MutationResult[]> {
  const ids = new Set<string>();
  for (const m of mutations) {
    if (ids.has(m.id)) throw new Problem(400, 'validation_failed', `Mutation id ${m.id} appears twice in the batch`);
    ids.add(m.id);
  }
  const results: MutationResult[] = [];
  for (const m of mutations) results.push(await pushOne(deps, actor, m));
  return results;
}
