// Knowledge articles as the API shows them, and the mapping from rows.
import type { ArticleKind, ArticleRow, ArticleStatus, Language } from '../db/schema.js';
import type { Q } from '../deps.js';
import type { SnippetSegment } from './snippet.js';

export interface ArticleSummary {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  tags: string[];
  topicIds: string[];
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface Article extends ArticleSummary {
  /** Markdown. */
  body: string;
}

export interface SearchHit {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  topicIds: string[];
  snippet: SnippetSegment[];
}

/** The columns of a list item: everything but the body. */
export const summaryColumns = [
  'articles.id',
  'articles.slug',
  'articles.kind',
  'articles.language',
  'articles.title',
  'articles.summary',
  'articles.tags',
  'articles.status',
  'articles.version',
  'articles.published_at',
  'articles.created_at',
  'articles.updated_at',
  'articles.updated_by',
] as const;

export type SummaryRow = Omit<ArticleRow, 'body'>;

export function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    // Rows written outside the service (imports, hand edits) must not break reads.
    return [];
  }
}

export function toSummary(row: SummaryRow, topicIds: string[]): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    language: row.language,
    title: row.title,
    summary: row.summary,
    tags: parseTags(row.tags),
    topicIds,
    status: row.status,
    version: row.version,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export const toArticle = (row: ArticleRow, topicIds: string[]): Article => ({ ...toSummary(row, topicIds), body: row.body });

/** Topic ids per article, in one query. */
export async function topicsOf(q: Q, articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (articleIds.length === 0) return out;
  const rows = await q
    .selectFrom('article_topics')
    .select(['article_id', 'topic_id'])
    .where('article_id', 'in', [...new Set(articleIds)])
    .orderBy('article_id')
    .orderBy('topic_id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.article_id);
    if (list) list.push(r.topic_id);
    else out.set(r.article_id, [r.topic_id]);
  }
  return out;
}

/** A topic and its direct children: what filtering by a topic matches. */
export async function topicFamily(q: Q, topicId: string): Promise<string[]> {
  const children = await q.selectFrom('topics').select('id').where('parent_id', '=', topicId).execute();
  return [topicId, ...children.map((c) => c.id)];
}
