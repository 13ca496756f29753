// Case history search, served from the cache: by reference, phone, e-mail,
// consumer name or free text in the subject and notes. Every typed word must
// match somewhere (reference, subject, a note or the consumer's name) as a
// diacritic-folded prefix; a phone number or e-mail address, normalised as the
// backend stores them, finds the consumer's cases exactly.
import type Database from 'better-sqlite3';
import type { CaseSearch, CaseSummary } from '../../bridge.js';
import { normalizeEmail, normalizePhone } from '../../../backend/src/consumers/normalize.js';
import { fts5Match, queryWords } from '../../../backend/src/knowledge/query-words.js';
import type { CacheDb } from '../cache/open-cache.js';
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from './case-views.js';

export const DEFAULT_CASE_SEARCH_LIMIT = 50;
const MAX_LIMIT = 200;

type Params = Record<string, string | number>;

function phoneOf(text: string): string | null {
  if (!/^\+?[\d\s\-()./]+$/.test(text) || text.replace(/\D/g, '').length < 6) return null;
  try {
    return normalizePhone(text);
  } catch {
    return null;
  }
}

// One word's cases: those whose reference or subject, notes or consumer name match it.
const wordSet = (p: string) => `SELECT id FROM (
    SELECT c.id AS id FROM cases_fts JOIN cases c ON c.rowid = cases_fts.rowid WHERE cases_fts MATCH @${p}
    UNION SELECT n.case_id FROM notes_fts JOIN notes n ON n.rowid = notes_fts.rowid WHERE notes_fts MATCH @${p}
    UNION SELECT c.id FROM consumers_fts JOIN consumers k ON k.rowid = consumers_fts.rowid
      JOIN cases c ON c.consumer_id = k.id WHERE consumers_fts MATCH @${p})`;

export function createCaseSearch(db: CacheDb) {
  const statements = new Map<string, Database.Statement<Params, SummaryRow>>();
  const prepared = (key: string, build: () => string) => {
    let s = statements.get(key);
    if (!s) {
      s = db.prepare<Params, SummaryRow>(build());
      statements.set(key, s);
    }
    return s;
  };

  return function searchCases(query: CaseSearch, userId: string): CaseSummary[] {
    const text = query.text.trim();
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_CASE_SEARCH_LIMIT)), MAX_LIMIT);
    const params: Params = { userId, limit };
    const status = query.status ? 'AND c.status = @status' : '';
    if (query.status) params.status = query.status;

    if (text === '') {
      const s = prepared(`recent:${status}`, () =>
        `SELECT ${SUMMARY_COLUMNS} FROM cases c LEFT JOIN consumers k ON k.id = c.consumer_id
         WHERE 1 = 1 ${status} ORDER BY c.updated_at DESC, c.id LIMIT @limit`,
      );
      return s.all(params).map(toSummary);
    }

    const sets: string[] = [];
    const words = queryWords(text);
    if (words.length > 0) {
      words.forEach((w, i) => (params[`w${i}`] = fts5Match([w])));
      sets.push(words.map((_, i) => wordSet(`w${i}`)).join(' INTERSECT '));
    }
    const phone = phoneOf(text);
    if (phone) {
      params.phone = phone;
      sets.push('SELECT c.id FROM consumers k JOIN cases c ON c.consumer_id = k.id WHERE k.phone = @phone');
    }
    if (text.includes('@')) {
      params.email = normalizeEmail(text);
      sets.push('SELECT c.id FROM consumers k JOIN cases c ON c.consumer_id = k.id WHERE k.email = @email');
    }
    if (sets.length === 0) return [];
    const key = `w${words.length}:${phone ? 'p' : ''}:${text.includes('@') ? 'e' : ''}:${status}`;
    const s = prepared(key, () =>
      `WITH hits(id) AS (${sets.map((x) => `SELECT id FROM (${x})`).join(' UNION ')})
       SELECT ${SUMMARY_COLUMNS} FROM hits JOIN cases c ON c.id = hits.id LEFT JOIN consumers k ON k.id = c.consumer_id
       WHERE 1 = 1 ${status} ORDER BY c.updated_at DESC, c.id LIMIT @limit`,
    );
    return s.all(params).map(toSummary);
  };
}
