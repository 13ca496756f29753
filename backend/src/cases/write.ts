// Changing cases. Each function runs inside the caller's transaction (a REST
// request or one pushed desktop mutation), writes the audit entry and the sync
// change log with the change, and throws a Problem for anything it refuses.
import { randomUUID } from 'node:crypto';
import type { Actor, Deps, Q } from '../deps.js';
import type { CaseOutcome, CaseRow, CaseStatus, Channel, Language, ReferralMethod } from '../db/schema.js';
import { forbidden, invalidReference, notFound, Problem } from '../http/problem.js';
import { audit } from '../audit/service.js';
import { recordChanges, type Change } from '../sync/change-log.js';
import { assertTopicsExist } from '../topics/service.js';
import { resolveConsumer, type ConsumerFields } from '../consumers/service.js';
import { toCase } from './model.js';
import { nextCaseReference } from './reference.js';

export interface NewCase {
  id?: string;
  consumerId?: string;
  consumer?: ConsumerFields;
  topicId?: string | null;
  channel: Channel;
  language: Language;
  subject?: string | null;
  tags?: string[];
  assignedAdviserId?: string | null;
  note?: string;
}

export interface CasePatch {
  topicId?: string | null;
  status?: CaseStatus;
  outcome?: CaseOutcome | null;
  assignedAdviserId?: string | null;
  subject?: string | null;
  tags?: string[];
  language?: Language;
}

const cleanTags = (tags: string[]) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();

/** Advisers change open cases; team leads and supervisors also closed ones. */
function assertMayChange(actor: Actor, row: Pick<CaseRow, 'status'>): void {
  if (row.status === 'closed' && actor.role === 'adviser') {
    throw forbidden('The case is closed; only a team lead or supervisor can change it');
  }
}

/**
 * The change-log entries for a changed case: the case itself and its consumer,
 * so a desktop that receives the case through the sync feed also has (and keeps
 * current) the consumer shown on it.
 */
function caseChanges(row: Pick<CaseRow, 'id' | 'consumer_id'>): Change[] {
  const out: Change[] = [{ entity: 'case', id: row.id, caseId: row.id }];
  if (row.consumer_id) out.push({ entity: 'consumer', id: row.consumer_id });
  return out;
}

async function lockCase(q: Q, deps: Deps, id: string): Promise<CaseRow> {
  let query = q.selectFrom('cases').selectAll().where('id', '=', id);
  if (deps.db.dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Case');
  return row;
}

/**
 * A link shows on both cases, so linking or unlinking changes both: each must
 * be changeable by the actor. Locked in id order so two opposite links cannot
 * deadlock.
 */
async function lockPair(q: Q, deps: Deps, actor: Actor, caseId: string, otherId: string): Promise<void> {
  for (const id of [caseId, otherId].sort()) {
    let read = q.selectFrom('cases').select('status').where('id', '=', id);
    if (deps.db.dialect === 'postgres') read = read.forUpdate();
    const row = await read.executeTakeFirst();
    if (!row) throw id === caseId ? notFound('Case') : invalidReference('linkedCaseId', otherId);
    assertMayChange(actor, row);
  }
}

async function assertAdviser(q: Q, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const u = await q.selectFrom('users').select(['id', 'role', 'active']).where('id', '=', id).executeTakeFirst();
  if (!u || u.active !== 1 || u.role === 'admin') throw invalidReference('assignedAdviserId', id);
}

export async function createCaseTx(q: Q, deps: Deps, actor: Actor, input: NewCase): Promise<string> {
  const now = deps.clock.now();
  const id = input.id ?? randomUUID();
  if (await q.selectFrom('cases').select('id').where('id', '=', id).executeTakeFirst()) {
    throw new Problem(409, 'conflict', `A case with id ${id} already exists`);
  }
  if (input.topicId) await assertTopicsExist(q, [input.topicId]);
  const assigned = input.assignedAdviserId === undefined ? (actor.role === 'admin' ? null : actor.userId) : input.assignedAdviserId;
  await assertAdviser(q, assigned);

  const changes: Change[] = [];
  let consumerId: string | null = null;
  if (input.consumerId) {
    const c = await q.selectFrom('consumers').select('id').where('id', '=', input.consumerId).executeTakeFirst();
    if (!c) throw invalidReference('consumerId', input.consumerId);
    consumerId = c.id;
  } else if (input.consumer && Object.values(input.consumer).some((v) => v !== null && v !== undefined && v !== '')) {
    const resolved = await resolveConsumer(q, now, input.consumer);
    consumerId = resolved.id;
    // Filling in a returning consumer's missing fields changes their record.
    if (resolved.filled.length > 0) {
      await audit(q, now, actor, { action: 'consumer.update', entityType: 'consumer', entityId: consumerId, detail: { fields: resolved.filled } });
    }
  }

  const reference = await nextCaseReference(q, now);
  await q
    .insertInto('cases')
    .values({
      id,
      reference,
      consumer_id: consumerId,
      topic_id: input.topicId ?? null,
      channel: input.channel,
      language: input.language,
      status: 'open',
      outcome: null,
      assigned_adviser_id: assigned,
      subject: input.subject?.trim() || null,
      tags: JSON.stringify(cleanTags(input.tags ?? [])),
      version: 1,
      created_by: actor.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      closed_at: null,
    })
    .execute();
  changes.push(...caseChanges({ id, consumer_id: consumerId }));
  if (input.note?.trim()) {
    const noteId = randomUUID();
    await q.insertInto('case_notes').values({ id: noteId, case_id: id, author_id: actor.userId, body: input.note.trim(), created_at: now.toISOString() }).execute();
    changes.push({ entity: 'note', id: noteId, caseId: id });
  }
  await audit(q, now, actor, { action: 'case.create', entityType: 'case', entityId: id, detail: { reference, consumerId } });
  await recordChanges(q, now, changes);
  return id;
}

export async function updateCaseTx(q: Q, deps: Deps, actor: Actor, id: string, version: number, patch: CasePatch): Promise<void> {
  const now = deps.clock.now();
  const row = await lockCase(q, deps, id);
  if (row.version !== version) {
    throw new Problem(409, 'version_conflict', 'The case was changed by someone else; review the current version', {
      currentVersion: row.version,
      current: toCase(row),
    });
  }
  assertMayChange(actor, row);
  if (patch.topicId) await assertTopicsExist(q, [patch.topicId]);
  if (patch.assignedAdviserId !== undefined) await assertAdviser(q, patch.assignedAdviserId);

  const status = patch.status ?? row.status;
  const outcome = patch.outcome !== undefined ? patch.outcome : row.outcome;
  if (status === 'closed' && !outcome) {
    throw new Problem(422, 'validation_failed', 'Closing a case needs an outcome (answered, referred or outside remit)', {
      errors: [{ in: 'body', path: '/outcome', message: 'is required to close' }],
    });
  }
  if (status === 'closed' && outcome === 'referred') {
    const ref = await q.selectFrom('referrals').select('id').where('case_id', '=', id).executeTakeFirst();
    if (!ref) {
      throw new Problem(422, 'validation_failed', 'Outcome "referred" needs a referral on the case first', {
        errors: [{ in: 'body', path: '/outcome', message: 'needs a referral' }],
      });
    }
  }
  const closing = status === 'closed' && row.status !== 'closed';
  const reopening = status !== 'closed' && row.status === 'closed';
  await q
    .updateTable('cases')
    .set({
      ...(patch.topicId !== undefined ? { topic_id: patch.topicId } : {}),
      ...(patch.assignedAdviserId !== undefined ? { assigned_adviser_id: patch.assignedAdviserId } : {}),
      ...(patch.subject !== undefined ? { subject: patch.subject?.trim() || null } : {}),
      ...(patch.tags !== undefined ? { tags: JSON.stringify(cleanTags(patch.tags)) } : {}),
      ...(patch.language !== undefined ? { language: patch.language } : {}),
      status,
      outcome: reopening && patch.outcome === undefined ? null : outcome,
      closed_at: closing ? now.toISOString() : reopening ? null : row.closed_at,
      version: row.version + 1,
      updated_at: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
  await audit(q, now, actor, {
    action: closing ? 'case.close' : reopening ? 'case.reopen' : 'case.update',
    entityType: 'case',
    entityId: id,
    detail: { fields: Object.keys(patch), fromVersion: version },
  });
  await recordChanges(q, now, caseChanges(row));
}

export async function addNoteTx(
  q: Q,
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { id?: string; body: string },
  /** A record the system keeps on the case (a chat transcript), not an edit: it goes on a closed case too. */
  opts: { record?: boolean } = {},
): Promise<string> {
  const now = deps.clock.now();
  const row = await lockCase(q, deps, caseId);
  if (!opts.record) assertMayChange(actor, row);
  const id = input.id ?? randomUUID();
  if (await q.selectFrom('case_notes').select('id').where('id', '=', id).executeTakeFirst()) {
    throw new Problem(409, 'conflict', `A note with id ${id} already exists`);
  }
  await q.insertInto('case_notes').values({ id, case_id: caseId, author_id: actor.userId, body: input.body.trim(), created_at: now.toISOString() }).execute();
  await q.updateTable('cases').set({ updated_at: now.toISOString() }).where('id', '=', caseId).execute();
  await audit(q, now, actor, { action: 'case.note', entityType: 'case', entityId: caseId, detail: { noteId: id } });
  await recordChanges(q, now, [...caseChanges(row), { entity: 'note', id, caseId }]);
  return id;
}

export async function addReferralTx(
  q: Q,
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: { id?: string; partnerId: string; reason: string; method: ReferralMethod },
): Promise<string> {
  const now = deps.clock.now();
  const row = await lockCase(q, deps, caseId);
  assertMayChange(actor, row);
  const partner = await q.selectFrom('partners').select(['id', 'active']).where('id', '=', input.partnerId).executeTakeFirst();
  if (!partner || partner.active !== 1) throw invalidReference('partnerId', input.partnerId);
  const id = input.id ?? randomUUID();
  if (await q.selectFrom('referrals').select('id').where('id', '=', id).executeTakeFirst()) {
    throw new Problem(409, 'conflict', `A referral with id ${id} already exists`);
  }
  await q
    .insertInto('referrals')
    .values({ id, case_id: caseId, partner_id: input.partnerId, reason: input.reason.trim(), method: input.method, created_by: actor.userId, created_at: now.toISOString() })
    .execute();
  await q.updateTable('cases').set({ updated_at: now.toISOString() }).where('id', '=', caseId).execute();
  await audit(q, now, actor, { action: 'case.refer', entityType: 'case', entityId: caseId, detail: { referralId: id, partnerId: input.partnerId, method: input.method } });
  await recordChanges(q, now, [...caseChanges(row), { entity: 'referral', id, caseId }]);
  return id;
}

export async function linkCasesTx(q: Q, deps: Deps, actor: Actor, caseId: string, otherId: string): Promise<string> {
  const now = deps.clock.now();
  if (caseId === otherId) throw new Problem(422, 'validation_failed', 'A case cannot be linked to itself');
  await lockPair(q, deps, actor, caseId, otherId);
  // Stored once per pair, smaller id first, so A→B and B→A are the same link.
  const [a, b] = caseId < otherId ? [caseId, otherId] : [otherId, caseId];
  const existing = await q.selectFrom('case_links').select('id').where('case_id', '=', a).where('linked_case_id', '=', b).executeTakeFirst();
  if (existing) return existing.id;
  const id = randomUUID();
  await q.insertInto('case_links').values({ id, case_id: a, linked_case_id: b, created_by: actor.userId, created_at: now.toISOString() }).execute();
  await audit(q, now, actor, { action: 'case.link', entityType: 'case', entityId: caseId, detail: { linkedCaseId: otherId } });
  await recordChanges(q, now, [{ entity: 'case_link', id, caseId: a }]);
  return id;
}

export async function unlinkCasesTx(q: Q, deps: Deps, actor: Actor, caseId: string, otherId: string): Promise<void> {
  const now = deps.clock.now();
  await lockPair(q, deps, actor, caseId, otherId);
  const [a, b] = caseId < otherId ? [caseId, otherId] : [otherId, caseId];
  const link = await q.selectFrom('case_links').select('id').where('case_id', '=', a).where('linked_case_id', '=', b).executeTakeFirst();
  if (!link) throw notFound('Link');
  await q.deleteFrom('case_links').where('id', '=', link.id).execute();
  await audit(q, now, actor, { action: 'case.unlink', entityType: 'case', entityId: caseId, detail: { linkedCaseId: otherId } });
  await recordChanges(q, now, [{ entity: 'case_link', id: link.id, caseId: a, deleted: true }]);
}
