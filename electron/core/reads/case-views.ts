// Cases as the renderer sees them, read from the cache with local changes
// already applied (local writes update the cached rows optimistically).
import type { Case, CaseStatus, CaseSummary, CaseView, Consumer, Note, Referral } from '../../bridge.js';
import type { ViewLink } from '../cache/entities.js';
import type { CacheDb } from '../cache/open-cache.js';

export interface SummaryRow {
  data: string;
  consumer_name: string | null;
  consumer_phone: string | null;
  consumer_email: string | null;
  pending: number;
}

/** Select list for CaseSummary rows; `c` is cases, `k` consumers, the first parameter the user id. */
export const SUMMARY_COLUMNS = `c.data AS data, k.name AS consumer_name, k.phone AS consumer_phone, k.email AS consumer_email,
  EXISTS (SELECT 1 FROM outbox o WHERE o.case_id = c.id AND o.user_id = @userId) AS pending`;

export const toSummary = (r: SummaryRow): CaseSummary => ({
  ...(JSON.parse(r.data) as Case),
  consumerName: r.consumer_name,
  consumerPhone: r.consumer_phone,
  consumerEmail: r.consumer_email,
  pending: r.pending === 1,
});

export function createCaseViews(db: CacheDb) {
  const s = {
    myOpen: db.prepare<{ userId: string }, SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM cases c LEFT JOIN consumers k ON k.id = c.consumer_id
       WHERE c.assigned_adviser_id = @userId AND c.status IN ('open', 'waiting')
       ORDER BY c.updated_at DESC, c.id LIMIT 500`,
    ),
    case: db.prepare<[string], { data: string }>('SELECT data FROM cases WHERE id = ?'),
    consumer: db.prepare<[string], { data: string }>('SELECT data FROM consumers WHERE id = ?'),
    notes: db.prepare<[string], { data: string }>('SELECT data FROM notes WHERE case_id = ? ORDER BY created_at, id'),
    referrals: db.prepare<[string], { data: string }>('SELECT data FROM referrals WHERE case_id = ? ORDER BY created_at, id'),
    links: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM case_links WHERE case_id = ? OR linked_case_id = ? ORDER BY created_at, id',
    ),
    other: db.prepare<[string], { reference: string; status: string }>('SELECT reference, status FROM cases WHERE id = ?'),
    // Two EXISTS rather than one OR: each is an index lookup (outbox_case, outbox_entity), where the OR made
    // SQLite walk the user's whole outbox on every write's returned view.
    pending: db.prepare<{ userId: string; id: string }, { n: number }>(
      `SELECT EXISTS (SELECT 1 FROM outbox WHERE case_id = @id AND user_id = @userId)
         OR EXISTS (SELECT 1 FROM outbox WHERE entity_id = @id AND user_id = @userId) AS n`,
    ),
  };

  return {
    myOpenCases(userId: string): CaseSummary[] {
      return s.myOpen.all({ userId }).map(toSummary);
    },
    getCase(id: string, userId: string): CaseView | null {
      const row = s.case.get(id);
      if (!row) return null;
      const c = JSON.parse(row.data) as Case;
      const consumerRow = c.consumerId ? s.consumer.get(c.consumerId) : undefined;
      const links = s.links.all(id, id).map((r) => {
        const l = JSON.parse(r.data) as ViewLink;
        // Links are stored once per pair; each side shows the other case.
        const otherId = l.caseId === id ? l.linkedCaseId : l.caseId;
        const other = s.other.get(otherId);
        return {
          id: l.id,
          caseId: id,
          linkedCaseId: otherId,
          createdBy: l.createdBy,
          createdAt: l.createdAt,
          linkedReference: other?.reference ?? l.linkedReference ?? '',
          linkedStatus: (other?.status as CaseStatus | undefined) ?? l.linkedStatus ?? 'open',
        };
      });
      return {
        ...c,
        consumer: consumerRow ? (JSON.parse(consumerRow.data) as Consumer) : null,
        notes: s.notes.all(id).map((r) => JSON.parse(r.data) as Note),
        referrals: s.referrals.all(id).map((r) => JSON.parse(r.data) as Referral),
        links,
        pending: s.pending.get({ userId, id })?.n === 1,
      };
    },
  };
}

export type CaseViews = ReturnType<typeof createCaseViews>;
