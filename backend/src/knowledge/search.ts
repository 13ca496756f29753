// Full-text search over published articles: FTS5 with bm25 on SQLite, the
// generated tsvector with ts_rank_cd on PostgreSQL. Both rank a title hit
// above a body hit, fold diacritics and treat every word as a prefix. Ranking
// happens first, on narrow rows; snippets are cut only for the page returned.
import { sql, type RawBuilder } from 'kysely';
import type { ArticleKind, Language } from '../db/schema.js';
import type { Deps, Q } from '../deps.js';
import { Problem } from '../http/problem.js';
import { topicFamily, topicsOf, type SearchHit } from './model.js';
import { fts5Match, queryWords, tsPrefixQuery } from './query-words.js';
import { HIT_END, HIT_START, hasHit, toSegments } from './snippet.js';

export interface SearchInput {
  q: string;
  language?: Language;
  topic?: string;
  kind?: ArticleKind;
  limit?: number;
}

interface RankedRow {
  id: string;
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  body_snippet: string | null;
  summary_snippet: string | null;
}

export const DEFAULT_SEARCH_LIMIT = 20;
const SNIPPET_TOKENS = 24;

// bm25 column weights, in the FTS5 column order: title, summary, body, tags.
const BM25 = sql.raw('10.0, 4.0, 1.0, 4.0');
// ts_rank_cd weights in PostgreSQL's order {D, C, B, A}: body is C, summary and tags B, title A.
const TS_WEIGHTS = '{0.0, 0.1, 0.4, 1.0}';
// Divides by 1 + log(length), so a long body repeating a word does not outrank a title.
const TS_NORMALIZATION = 1;
const HEADLINE_OPTIONS = [
  `StartSel=${HIT_START}`,
  `StopSel=${HIT_END}`,
  // Two fragments of at most half the length each: about as long as FTS5's.
  `MaxWords=${SNIPPET_TOKENS / 2}`,
  `MinWords=${SNIPPET_TOKENS / 4}`,
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

export async function searchArticles(deps: Deps, input: SearchInput): Promise<SearchHit[]> {
  const q = deps.db.kysely;
  const words = queryWords(input.q);
  if (words.length === 0) throw noWords();
  const limit = input.limit ?? DEFAULT_SEARCH_LIMIT;

  const filters: RawBuilder<unknown>[] = [sql`a.status = 'published'`];
  if (input.language) filters.push(sql`a.language = ${input.language}`);
  if (input.kind) filters.push(sql`a.kind = ${input.kind}`);
  if (input.topic) {
    const family = await topicFamily(q, input.topic);
    filters.push(
      sql`EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id IN (${sql.join(family)}))`,
    );
  }
  const where = sql.join(filters, sql` AND `);

  const rows = deps.db.dialect === 'sqlite' ? await rankSqlite(q, words, where, limit) : await rankPostgres(q, words, where, limit);
  const topics = await topicsOf(q, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    language: r.language,
    title: r.title,
    summary: r.summary,
    topicIds: topics.get(r.id) ?? [],
    snippet: toSegments(pickSnippet(r)),
  }));
}

const noWords = () =>
  new Problem(400, 'validation_failed', 'The query has no words to search for', {
    errors: [{ in: 'querystring', path: '/q', message: 'must contain at least one letter or digit' }],
  });

// The body shows the hit in context; a hit only in the summary (or only in
// the title or tags) still gets a useful line.
function pickSnippet(r: RankedRow): string {
  if (hasHit(r.body_snippet)) return r.body_snippet ?? '';
  if (hasHit(r.summary_snippet)) return r.summary_snippet ?? '';
  return r.summary_snippet || r.body_snippet || '';
}

async function rankSqlite(q: Q, words: string[], where: RawBuilder<unknown>, limit: number): Promise<RankedRow[]> {
  const match = fts5Match(words);
  // snippet() needs the FTS cursor of a MATCH, so the page is matched again
  // by rowid: the expensive snippet runs for `limit` rows, not every match.
  const { rows } = await sql<RankedRow>`
    WITH top AS (
      SELECT a.rowid AS rid, a.id, a.slug, a.kind, a.language, a.title, a.summary,
             bm25(articles_fts, ${BM25}) AS score
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ${match} AND ${where}
      ORDER BY score, a.title, a.id
      LIMIT ${limit}
    )
    SELECT top.id, top.slug, top.kind, top.language, top.title, top.summary,
           snippet(articles_fts, 2, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) AS body_snippet,
           snippet(articles_fts, 1, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) AS summary_snippet
    FROM top JOIN articles_fts ON articles_fts.rowid = top.rid
    WHERE articles_fts MATCH ${match}
    ORDER BY top.score, top.title, top.id`.execute(q);
  return rows;
}

async function rankPostgres(q: Q, words: string[], where: RawBuilder<unknown>, limit: number): Promise<RankedRow[]> {
  // Folded by the same function as the indexed text, so "angerratt" and
  // "ångerrätt" become the same term.
  const { rows: folded } = await sql<{ folded: string }>`SELECT halla_unaccent(${words.join(' ')}) AS folded`.execute(q);
  const tsq = tsPrefixQuery(folded.map((r) => r.folded));
  if (tsq === null) throw noWords();
  const query = sql`to_tsquery('simple', ${tsq})`;
  // halla_folded (migration 0002) parses the original text with the same
  // folding, so the headline marks "försäkring" for the term "forsakr".
  const { rows } = await sql<RankedRow>`
    WITH top AS (
      SELECT a.id, a.slug, a.kind, a.language, a.title, a.summary, a.body,
             ts_rank_cd(${TS_WEIGHTS}::float4[], a.search, ${query}, ${TS_NORMALIZATION}) AS score
      FROM articles a
      WHERE a.search @@ ${query} AND ${where}
      ORDER BY score DESC, a.title, a.id
      LIMIT ${limit}
    )
    SELECT top.id, top.slug, top.kind, top.language, top.title, top.summary,
           ts_headline('halla_folded', top.body, ${query}, ${HEADLINE_OPTIONS}) AS body_snippet,
           ts_headline('halla_folded', top.summary, ${query}, ${HEADLINE_OPTIONS}) AS summary_snippet
    FROM top
    ORDER BY top.score DESC, top.title, top.id`.execute(q);
  return rows;
}
