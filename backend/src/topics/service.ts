// The two-level topic taxonomy (e.g. "Köp av varor" › "Reklamation").
import type { Q } from '../deps.js';
import { invalidReference } from '../http/problem.js';

export interface Topic {
  id: string;
  parentId: string | null;
  labelSv: string;
  labelEn: string;
  sort: number;
}

export async function listTopics(q: Q): Promise<Topic[]> {
  const rows = await q.selectFrom('topics').selectAll().orderBy('sort').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, parentId: r.parent_id, labelSv: r.label_sv, labelEn: r.label_en, sort: r.sort }));
}

/** Throws 422 invalid_reference unless every id names a topic. */
export async function assertTopicsExist(q: Q, ids: readonly string[], field = 'topicId'): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await q.selectFrom('topics').select('id').where('id', 'in', unique).execute();
  const known = new Set(found.map((r) => r.id));
  const missing = unique.find((id) => !known.has(id));
  if (missing !== undefined) throw invalidReference(field, missing);
}

/** A topic and, for a top-level topic, its children: what "handles topic T" matches. */
export async function topicWithAncestors(q: Q, id: string): Promise<string[]> {
  const row = await q.selectFrom('topics').select(['id', 'parent_id']).where('id', '=', id).executeTakeFirst();
  if (!row) return [];
  return row.parent_id ? [row.id, row.parent_id] : [row.id];
}
