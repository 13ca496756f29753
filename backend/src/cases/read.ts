// Reading cases: one case in full (audited), and the filtered, paged list.
import type { Actor, Deps, Q } from '../deps.js';
import type { CaseRow, CaseStatus, Channel, Language, ReferralMethod } from '../db/schema.js';
import { param, prepare, type Target } from '../db/prepared.js';
import { notFound } from '../http/problem.js';
import { auditRead } from '../audit/service.js';
import { toConsumer } from '../consumers/service.js';
import { normalizeEmail, normalizePhone } from '../consumers/normalize.js';
import { likeContains, likePattern } from '../shared/sql.js';
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

type ListRow = CaseRow & { consumer_name: string | null };
type ListValues = Record<string, unknown>;

/**
 * The list query for one combination of filters (its "shape"), with every
 * value a placeholder: built and compiled once per shape and dialect, since
 * building it costs more than running it.
 */
function buildListQuery(shape: ReadonlySet<string>) {
  return prepare<ListValues, ListRow>((q) => {
    let query = q
      .selectFrom('cases')
      .leftJoin('consumers', 'consumers.id', 'cases.consumer_id')
      .selectAll('cases')
      .select('consumers.name as consumer_name');
    if (shape.has('status')) query = query.where('cases.status', '=', param<CaseStatus>('status'));
    // A top-level topic also matches its subtopics.
    if (shape.has('topic')) {
      query = query.where('cases.topic_id', 'in', (eb) =>
        eb
          .selectFrom('topics')
          .select('topics.id')
          .where((w) => w.or([w('topics.id', '=', param<string>('topic')), w('topics.parent_id', '=', param<string>('topic'))])),
      );
    }
    if (shape.has('channel')) query = query.where('cases.channel', '=', param<Channel>('channel'));
    if (shape.has('adviser')) query = query.where('cases.assigned_adviser_id', '=', param<string>('adviser'));
    if (shape.has('reference')) query = query.where('cases.reference', '=', param<string>('reference'));
    if (shape.has('from')) query = query.where('cases.created_at', '>=', param<string>('from'));
    if (shape.has('to')) query = query.where('cases.created_at', '<', param<string>('to'));
    if (shape.has('consumer')) query = query.where('cases.consumer_id', '=', param<string>('consumer'));
    if (shape.has('phone')) query = query.where('consumers.phone', '=', param<string>('phone'));
    if (shape.has('email')) query = query.where('consumers.email', '=', param<string>('email'));
    if (shape.has('name')) query = query.where(likePattern('consumers.name', param<string>('name')));
    if (shape.has('q')) {
      query = query.where((eb) =>
        eb.or([
          eb('cases.reference', '=', param<string>('qReference')),
          likePattern('cases.subject', param<string>('q')),
          eb.exists(
            eb
              .selectFrom('case_notes')
              .select('case_notes.id')
              .whereRef('case_notes.case_id', '=', 'cases.id')
              .where(likePattern('case_notes.body', param<string>('q'))),
          ),
        ]),
      );
    }
    if (shape.has('cursor')) {
      query = query.where((eb) =>
        eb.or([
          eb('cases.created_at', '<', param<string>('afterAt')),
          eb.and([eb('cases.created_at', '=', param<string>('afterAt')), eb('cases.id', '<', param<string>('afterId'))]),
        ]),
      );
    }
    return query.orderBy('cases.created_at', 'desc').orderBy('cases.id', 'desc').limit(param<number>('limit'));
  });
}

const listQueries = new Map<string, ReturnType<typeof buildListQuery>>();

/** Cases newest first, paged by an opaque (created_at, id) cursor. */
export async function listCases(deps: Deps, actor: Actor, f: CaseFilter): Promise<{ items: CaseListItem[]; nextCursor: string | null }> {
  const limit = f.limit ?? 50;
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  const values: ListValues = {
    status: f.status,
    topic: f.topic,
    channel: f.channel,
    adviser: f.adviser,
    reference: f.reference?.trim().toUpperCase(),
    from: f.from ? new Date(f.from).toISOString() : undefined,
    to: f.to ? new Date(f.to).toISOString() : undefined,
    consumer: f.consumer,
    phone: f.phone ? normalizePhone(f.phone) : undefined,
    email: f.email ? normalizeEmail(f.email) : undefined,
    name: f.name ? likeContains(f.name.toLowerCase()) : undefined,
    q: f.q ? likeContains(f.q.toLowerCase()) : undefined,
    qReference: f.q?.trim().toUpperCase(),
    cursor: after ? true : undefined,
    afterAt: after?.at,
    afterId: after?.id,
    limit: limit + 1,
  };
  const shape = new Set(['status', 'topic', 'channel', 'adviser', 'reference', 'from', 'to', 'consumer', 'phone', 'email', 'name', 'q', 'cursor'].filter((k) => values[k] !== undefined));
  const key = `${deps.db.dialect}:${[...shape].join(',')}`;
  let prepared = listQueries.get(key);
  if (!prepared) {
    prepared = buildListQuery(shape);
    listQueries.set(key, prepared);
  }
  const rows = await prepared.rows({ q: deps.db.kysely, dialect: deps.db.dialect }, values);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: last.created_at, id: last.id }) : null;
  // A list shows consumers' names: one audit row records the search and what it returned.
  await auditRead(deps.db, deps.clock.now(), actor, {
    action: 'case.search',
    entityType: 'case',
    // Which personal-data filters were used, not their values: the audit log
    // is readable by admins, who see no consumer data.
    detail: {
      filter: { ...f, cursor: undefined, phone: f.phone && true, email: f.email && true, name: f.name && true, q: f.q && true },
      caseIds: page.map((r) => r.id),
    },
  });
  return { items: page.map((r) => ({ ...toCase(r), consumerName: r.consumer_name })), nextCursor };
}
