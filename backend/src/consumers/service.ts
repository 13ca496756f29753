// Consumers: minimal personal data (every field optional). Every read is audited.
import { randomUUID } from 'node:crypto';
import type { Actor, Deps, Q } from '../deps.js';
import type { ConsumerRow, Language } from '../db/schema.js';
import { invalidReference, notFound, Problem } from '../http/problem.js';
import { audit, auditReads } from '../audit/service.js';
import { recordChanges } from '../sync/change-log.js';
import { containsText } from '../shared/sql.js';
import { normalizeEmail, normalizePhone } from './normalize.js';

export interface Consumer {
  id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  municipalityCode: string | null;
  language: Language | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ConsumerFields {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  municipalityCode?: string | null;
  language?: Language | null;
}

export const toConsumer = (r: ConsumerRow): Consumer => ({
  id: r.id,
  name: r.name,
  phone: r.phone,
  email: r.email,
  municipalityCode: r.municipality_code,
  language: r.language,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function normalized(q: Q, f: ConsumerFields) {
  if (f.municipalityCode) {
    const m = await q.selectFrom('municipalities').select('code').where('code', '=', f.municipalityCode).executeTakeFirst();
    if (!m) throw invalidReference('municipalityCode', f.municipalityCode);
  }
  return {
    ...(f.name !== undefined ? { name: f.name?.trim() || null } : {}),
    ...(f.phone !== undefined ? { phone: f.phone ? normalizePhone(f.phone) : null } : {}),
    ...(f.email !== undefined ? { email: f.email ? normalizeEmail(f.email) : null } : {}),
    ...(f.municipalityCode !== undefined ? { municipality_code: f.municipalityCode } : {}),
    ...(f.language !== undefined ? { language: f.language } : {}),
  };
}

/**
 * The consumer for a new case: the one whose phone or e-mail matches, with
 * any fields it lacked filled in, or a new record. Runs inside the case's
 * transaction; returns the id and whether the record changed.
 */
export async function resolveConsumer(q: Q, at: Date, fields: ConsumerFields): Promise<{ id: string; filled: string[] }> {
  const f = await normalized(q, fields);
  const match =
    (f.phone && (await q.selectFrom('consumers').selectAll().where('phone', '=', f.phone).orderBy('updated_at', 'desc').executeTakeFirst())) ||
    (f.email && (await q.selectFrom('consumers').selectAll().where('email', '=', f.email).orderBy('updated_at', 'desc').executeTakeFirst())) ||
    undefined;
  const now = at.toISOString();
  if (match) {
    const fill = Object.fromEntries(
      Object.entries(f).filter(([k, v]) => v !== null && v !== undefined && match[k as keyof ConsumerRow] === null),
    );
    if (Object.keys(fill).length === 0) return { id: match.id, filled: [] };
    await q.updateTable('consumers').set({ ...fill, version: match.version + 1, updated_at: now }).where('id', '=', match.id).execute();
    return { id: match.id, filled: Object.keys(fill) };
  }
  const id = randomUUID();
  await q
    .insertInto('consumers')
    .values({
      id,
      name: f.name ?? null,
      phone: f.phone ?? null,
      email: f.email ?? null,
      municipality_code: f.municipality_code ?? null,
      language: f.language ?? null,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, filled: [] };
}

export async function getConsumer(deps: Deps, actor: Actor, id: string): Promise<Consumer> {
  const { kysely } = deps.db;
  const row = await kysely.selectFrom('consumers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Consumer');
  await audit(kysely, deps.clock.now(), actor, { action: 'consumer.read', entityType: 'consumer', entityId: id });
  return toConsumer(row);
}

export interface ConsumerMatch extends Consumer {
  caseCount: number;
}

/** Finds consumers by exact phone or e-mail (normalised) or by part of the name. */
export async function searchConsumers(
  deps: Deps,
  actor: Actor,
  filter: { phone?: string; email?: string; name?: string },
): Promise<ConsumerMatch[]> {
  const { kysely } = deps.db;
  if (!filter.phone && !filter.email && !filter.name) {
    throw new Problem(400, 'validation_failed', 'Give a phone number, an e-mail address or a name');
  }
  let query = kysely
    .selectFrom('consumers')
    .selectAll('consumers')
    .select((eb) => eb.selectFrom('cases').select(eb.fn.countAll<number>().as('n')).whereRef('cases.consumer_id', '=', 'consumers.id').as('case_count'));
  if (filter.phone) query = query.where('phone', '=', normalizePhone(filter.phone));
  if (filter.email) query = query.where('email', '=', normalizeEmail(filter.email));
  if (filter.name) query = query.where(containsText('consumers.name', filter.name));
  const rows = await query.orderBy('updated_at', 'desc').limit(50).execute();
  await auditReads(kysely, deps.clock.now(), actor, 'consumer.search', 'consumer', rows.map((r) => r.id));
  return rows.map((r) => ({ ...toConsumer(r), caseCount: Number(r.case_count ?? 0) }));
}

export async function updateConsumerTx(
  q: Q,
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
  fields: ConsumerFields,
): Promise<Consumer> {
  const now = deps.clock.now();
  let read = q.selectFrom('consumers').selectAll().where('id', '=', id);
  if (deps.db.dialect === 'postgres') read = read.forUpdate();
  const row = await read.executeTakeFirst();
  if (!row) throw notFound('Consumer');
  if (row.version !== version) {
    throw new Problem(409, 'version_conflict', 'The consumer was changed by someone else', {
      currentVersion: row.version,
      current: toConsumer(row),
    });
  }
  const set = await normalized(q, fields);
  await q.updateTable('consumers').set({ ...set, version: version + 1, updated_at: now.toISOString() }).where('id', '=', id).execute();
  await audit(q, now, actor, { action: 'consumer.update', entityType: 'consumer', entityId: id, detail: { fields: Object.keys(fields) } });
  await recordChanges(q, now, [{ entity: 'consumer', id }]);
  const updated = await q.selectFrom('consumers').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toConsumer(updated);
}
