// Canned responses: answers the team shares (Swedish and English), found by
// words in their title, text or tags, with {{name}}, {{adviser}} and
// {{reference}} filled in by the workstation. Team leads and supervisors keep
// them; removing one hides it (what was sent with it stays in the chats).
import { randomUUID } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps } from '../deps.js';
import type { CannedResponsesTable, Language } from '../db/schema.js';
import { audit } from '../audit/service.js';
import { notFound, Problem } from '../http/problem.js';
import type { CannedBody, CannedPatchBody, CannedResponseSchema } from './schemas.js';

export type CannedResponse = Static<typeof CannedResponseSchema>;

const tagsOf = (text: string): string[] => {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
};

const toCanned = (r: CannedResponsesTable): CannedResponse => ({
  id: r.id, language: r.language, title: r.title, body: r.body, tags: tagsOf(r.tags), version: r.version, updatedAt: r.updated_at,
});

/** Lower case without diacritics, so "forsakring" finds "Försäkring". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export async function listCanned(deps: Deps, filter: { language?: Language; q?: string }): Promise<CannedResponse[]> {
  let query = deps.db.kysely.selectFrom('canned_responses').selectAll().where('active', '=', 1).orderBy('title').orderBy('id');
  if (filter.language) query = query.where('language', '=', filter.language);
  const rows = (await query.execute()).map(toCanned);
  const words = fold(filter.q ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  // Every word must match somewhere; a few hundred responses at most, so in memory is fine.
  return rows.filter((c) => {
    const hay = fold(`${c.title} ${c.body} ${c.tags.join(' ')}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Text as stored: trimmed, and never blank (the schema's minLength lets "   " through). */
function filled(value: string, field: string): string {
  const v = value.trim();
  if (v === '') throw new Problem(400, 'validation_failed', `${field} must not be blank`, { field });
  return v;
}
const tagList = (tags: string[]) => JSON.stringify(tags.map((t) => filled(t, 'tags')));

export async function createCanned(deps: Deps, actor: Actor, body: Static<typeof CannedBody>): Promise<CannedResponse> {
  const now = deps.clock.now().toISOString();
  const row: CannedResponsesTable = {
    id: randomUUID(), language: body.language, title: filled(body.title, 'title'), body: filled(body.body, 'body'), tags: tagList(body.tags ?? []),
    active: 1, version: 1, created_by: actor.userId, updated_at: now,
  };
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto('canned_responses').values(row).execute();
    await audit(trx, deps.clock.now(), actor, { action: 'canned.create', entityType: 'canned_response', entityId: row.id });
  });
  return toCanned(row);
}

export async function updateCanned(deps: Deps, actor: Actor, id: string, patch: Static<typeof CannedPatchBody>): Promise<CannedResponse> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('canned_responses').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst();
    if (!row) throw notFound('Canned response');
    if (row.version !== patch.version) throw new Problem(409, 'version_conflict', 'Someone else changed it first', { current: toCanned(row) });
    const next: CannedResponsesTable = {
      ...row,
      ...(patch.language ? { language: patch.language } : {}),
      ...(patch.title !== undefined ? { title: filled(patch.title, 'title') } : {}),
      ...(patch.body !== undefined ? { body: filled(patch.body, 'body') } : {}),
      ...(patch.tags ? { tags: tagList(patch.tags) } : {}),
      version: row.version + 1,
      updated_at: deps.clock.now().toISOString(),
    };
    // Only from the version read: two leads saving at once both read version n (PostgreSQL
    // reads without waiting for the other's write), and only the first may make it n+1.
    const res = await trx.updateTable('canned_responses').set(next).where('id', '=', id).where('version', '=', row.version).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) {
      const current = await trx.selectFrom('canned_responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      throw new Problem(409, 'version_conflict', 'Someone else changed it first', { current: toCanned(current) });
    }
    await audit(trx, deps.clock.now(), actor, { action: 'canned.update', entityType: 'canned_response', entityId: id });
    return toCanned(next);
  });
}

export async function removeCanned(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const res = await trx.updateTable('canned_responses').set({ active: 0, updated_at: deps.clock.now().toISOString() }).where('id', '=', id).where('active', '=', 1).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw notFound('Canned response');
    await audit(trx, deps.clock.now(), actor, { action: 'canned.remove', entityType: 'canned_response', entityId: id });
  });
}
