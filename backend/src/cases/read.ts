// Reading cases: one case in full (audited), and the filtered, paged list.
import type { Actor, Deps, Q } from '../deps.js';
import type { CaseRow, CaseStatus, Channel, Language, ReferralMethod } from '../db/schema.js';
import { param, prepare, type Target } from '../db/prepared.js';
import { notFound } from '../http/problem.js';
import { auditRead } from '../audit/service.js';
import { toConsumer } from '../consumers/service.js';
import { normalizeEmail, normalizePhone } from '../consumers/normalize.js';
import { containsText } from '../shared/sql.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { toCase, type CaseDetail, type CaseLink, type CaseListItem, type Note, type Referral } from './model.js';

// A case read runs these four queries; they are built once (see db/prepared.ts).
const caseWithConsumer = prepare<{ id: string }, CaseRow & ConsumerColumns>((q) =>
  q
    .selectFrom('cases')
    .leftJoin('consumers as p', 'p.id', 'cases.consumer_id')
    .selectAll('cases')
    .select([
      'p.name as p_name', 'p.phone as p_phone', 'p.email as p_email', 'p.municipality_code as p_municipality_code',
      'p.language as p_language', 'p.version as p_version', 'p.created_at as p_created_at', 'p.updated_at as p_updated_at',
    ])
    .where('cases.id', '=', param<string>('id')),
);

const notesOf = prepare<{ caseId: string }, { id: string; case_id: string; author_id: string; display_name: string; body: string; created_at: string }>((q) =>
  q
    .selectFrom('case_notes')
    .innerJoin('users', 'users.id', 'case_notes.author_id')
    .select(['case_notes.id', 'case_notes.case_id', 'case_notes.author_id', 'users.display_name', 'case_notes.body', 'case_notes.created_at'])
    .where('case_notes.case_id', '=', param<string>('caseId'))
    .orderBy('case_notes.created_at')
    .orderBy('case_notes.id'),
);

const referralsOf = prepare<
  { caseId: string },
  { id: string; case_id: string; partner_id: string; name: string; reason: string; method: ReferralMethod; created_by: string; created_at: string }
>((q) =>
  q
    .selectFrom('referrals')
    .innerJoin('partners', 'partners.id', 'referrals.partner_id')
    .select([
      'referrals.id', 'referrals.case_id', 'referrals.partner_id', 'partners.name', 'referrals.reason',
      'referrals.method', 'referrals.created_by', 'referrals.created_at',
    ])
    .where('referrals.case_id', '=', param<string>('caseId'))
    .orderBy('referrals.created_at')
    .orderBy('referrals.id'),
);

/** Links in both directions, each shown from this case's side. */
const linksOf = prepare<
  { caseId: string },
  { id: string; created_by: string; created_at: string; other_id: string; reference: string; status: CaseStatus }
>((q) =>
  q
    .selectFrom('case_links')
    .innerJoin('cases as other', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([eb('case_links.case_id', '=', param<string>('caseId')), eb('other.id', '=', eb.ref('case_links.linked_case_id'))]),
          eb.and([eb('case_links.linked_case_id', '=', param<string>('caseId')), eb('other.id', '=', eb.ref('case_links.case_id'))]),
        ]),
      ),
    )
    .select(['case_links.id', 'case_links.created_by', 'case_links.created_at', 'other.id as other_id', 'other.reference', 'other.status'])
    .orderBy('case_links.created_at'),
);

interface ConsumerColumns {
  p_name: string | null;
  p_phone: string | null;
  p_email: string | null;
  p_municipality_code: string | null;
  p_language: Language | null;
  p_version: number | null;
  p_created_at: string | null;
  p_updated_at: string | null;
}

export async function loadLinkRows(q: Q, ids: readonly string[]): Promise<CaseLink[]> {
  if (ids.length === 0) return [];
  const rows = await q.selectFrom('case_links').selectAll().where('id', 'in', ids).execute();
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, linkedCaseId: r.linked_case_id, createdBy: r.created_by, createdAt: r.created_at }));
}

export async function loadCaseDetail(t: Target, id: string): Promise<CaseDetail | null> {
  const row = await caseWithConsumer.first(t, { id });
  if (!row) return null;
  const consumer =
    row.consumer_id && row.p_version !== null && row.p_created_at !== null && row.p_updated_at !== null
      ? toConsumer({
          id: row.consumer_id, name: row.p_name, phone: row.p_phone, email: row.p_email, municipality_code: row.p_municipality_code,
          language: row.p_language, version: row.p_version, created_at: row.p_created_at, updated_at: row.p_updated_at,
        })
      : null;
  const notes: Note[] = (await notesOf.rows(t, { caseId: id })).map((r) => ({
    id: r.id, caseId: r.case_id, authorId: r.author_id, authorName: r.display_name, body: r.body, createdAt: r.created_at,
  }));
  const referrals: Referral[] = (await referralsOf.rows(t, { caseId: id })).map((r) => ({
    id: r.id, caseId: r.case_id, partnerId: r.partner_id, partnerName: r.name, reason: r.reason, method: r.method,
    createdBy: r.created_by, createdAt: r.created_at,
  }));
  const links = (await linksOf.rows(t, { caseId: id })).map((r) => ({
    id: r.id, caseId: id, linkedCaseId: r.other_id, createdBy: r.created_by, createdAt: r.created_at,
    linkedReference: r.reference, linkedStatus: r.status,
  }));
  return { ...toCase(row), consumer, notes, referrals, links };
}

/** A case in full; the read is audited (any adviser may read any case). */
export async function getCase(deps: Deps, actor: Actor, id: string): Promise<CaseDetail> {
  const t = { q: deps.db.kysely, dialect: deps.db.dialect };
  const detail = await loadCaseDetail(t, id);
  if (!detail) throw notFound('Case');
  await auditRead(deps.db, deps.clock.now(), actor, {
    action: 'case.read',
    entityType: 'case',
    entityId: id,
    detail: detail.consumerId ? { consumerId: detail.consumerId } : {},
  });
  return detail;
}

export interface CaseFilter {
  status?: CaseStatus;
  topic?: string;
  channel?: Channel;
  adviser?: string;
  reference?: string;
  from?: string;
  to?: string;
  phone?: string;
  email?: string;
  name?: string;
  consumer?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

/** Cases newest first, paged by an opaque (created_at, id) cursor. */
export async function listCases(deps: Deps, actor: Actor, f: CaseFilter): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
  const { kysely, dialect } = deps.db;
  const limit = f.limit ?? 50;
  let query = kysely.selectFrom('cases').leftJoin('consumers', 'consumers.id', 'cases.consumer_id').selectAll('cases').select('consumers.name as consumer_name');
  if (f.status) query = query.where('cases.status', '=', f.status);
  // A top-level topic also matches its subtopics.
  if (f.topic) {
    const topic = f.topic;
    query = query.where('cases.topic_id', 'in', (eb) =>
      eb.selectFrom('topics').select('topics.id').where((w) => w.or([w('topics.id', '=', topic), w('topics.parent_id', '=', topic)])),
    );
  }
  if (f.channel) query = query.where('cases.channel', '=', f.channel);
  if (f.adviser) query = query.where('cases.assigned_adviser_id', '=', f.adviser);
  if (f.reference) query = query.where('cases.reference', '=', f.reference.trim().toUpperCase());
  if (f.from) query = query.where('cases.created_at', '>=', new Date(f.from).toISOString());
  if (f.to) query = query.where('cases.created_at', '<', new Date(f.to).toISOString());
  if (f.consumer) query = query.where('cases.consumer_id', '=', f.consumer);
  if (f.phone) query = query.where('consumers.phone', '=', normalizePhone(f.phone));
  if (f.email) query = query.where('consumers.email', '=', normalizeEmail(f.email));
  if (f.name) query = query.where(containsText(dialect, 'consumers.name', f.name));
  if (f.q) {
    const text = f.q;
    query = query.where((eb) =>
      eb.or([
        eb('cases.reference', '=', text.trim().toUpperCase()),
        containsText(dialect, 'cases.subject', text),
        eb.exists(eb.selectFrom('case_notes').select('case_notes.id').whereRef('case_notes.case_id', '=', 'cases.id').where(containsText(dialect, 'case_notes.body', text))),
      ]),
    );
  }
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('cases.created_at', '<', after.at), eb.and([eb('cases.created_at', '=', after.at), eb('cases.id', '<', after.id)])]),
    );
  }
  const rows = await query.orderBy('cases.created_at', 'desc').orderBy('cases.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null;
  // A list shows consumers' names: one audit row records the search and what it returned.
  await auditRead(deps.db, deps.clock.now(), actor, {
    action: 'case.search',
    entityType: 'case',
    detail: { filter: { ...f, cursor: undefined }, caseIds: page.map((r) => r.id) },
  });
  return { items: page.map((r) => ({ ...toCase(r), consumerName: r.consumer_name })), nextCursor };
}
