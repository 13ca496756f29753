// Knowledge search over the cached published articles: the backend's SQLite
// query (FTS5, bm25 with the title weighted highest, every word a prefix) and
// its snippet segments, so results look the same offline as online.
import type Database from 'better-sqlite3';
import type { Article, KnowledgeQuery, SearchHit } from '../../bridge.js';
import { fts5Match, queryWords } from '../../../backend/src/knowledge/query-words.js';
import { HIT_END, HIT_START, hasHit, toSegments } from '../../../backend/src/knowledge/snippet.js';
import type { CacheDb } from '../cache/open-cache.js';

export const DEFAULT_KNOWLEDGE_LIMIT = 20;
const MAX_LIMIT = 100;
const SNIPPET_TOKENS = 24;

interface RankedRow {
  id: string;
  title: string;
  summary: string;
  meta: string;
  body_snippet: string | null;
  summary_snippet: string | null;
}

type Params = Record<string, string | number>;

// The body shows the hit in context; a hit only in the title or summary still gets a useful line.
function pickSnippet(r: RankedRow): string {
  if (hasHit(r.body_snippet)) return r.body_snippet ?? '';
  if (hasHit(r.summary_snippet)) return r.summary_snippet ?? '';
  return r.summary_snippet || r.body_snippet || '';
}

export function createKnowledgeReads(db: CacheDb) {
  const statements = new Map<string, Database.Statement<Params, RankedRow>>();
  const article = db.prepare<[string], { body: string; meta: string }>('SELECT body, meta FROM articles WHERE id = ?');
  const topicFamily = db.prepare<[string], { id: string }>('SELECT id FROM topics WHERE parent_id = ?');

  function statement(language: boolean, topic: boolean) {
    const key = `${language}:${topic}`;
    let s = statements.get(key);
    if (!s) {
      const filters = [
        language ? 'AND a.language = @language' : '',
        topic ? 'AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id IN (SELECT value FROM json_each(@topics)))' : '',
      ].join(' ');
      // Ranking runs on narrow rows; snippet() needs the FTS cursor of a MATCH,
      // so only the page is matched again for its snippets.
      s = db.prepare<Params, RankedRow>(`
        WITH top AS (
          SELECT a.rowid AS rid, a.id, a.title, a.summary, a.meta, bm25(articles_fts, 10.0, 4.0, 1.0, 4.0) AS score
          FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
          WHERE articles_fts MATCH @match ${filters}
          ORDER BY score, a.title, a.id
          LIMIT @limit
        )
        SELECT top.id, top.title, top.summary, top.meta,
          snippet(articles_fts, 2, @hs, @he, '…', ${SNIPPET_TOKENS}) AS body_snippet,
          snippet(articles_fts, 1, @hs, @he, '…', ${SNIPPET_TOKENS}) AS summary_snippet
        FROM top JOIN articles_fts ON articles_fts.rowid = top.rid
        WHERE articles_fts MATCH @match
        ORDER BY top.score, top.title, top.id`);
      statements.set(key, s);
    }
    return s;
  }

  return {
    /** No words (only punctuation) finds nothing rather than failing: the box is searched as the adviser types. */
    search(query: KnowledgeQuery): SearchHit[] {
      const words = queryWords(query.text);
      if (words.length === 0) return [];
      const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_KNOWLEDGE_LIMIT)), MAX_LIMIT);
      const params: Params = { match: fts5Match(words), limit, hs: HIT_START, he: HIT_END };
      if (query.language) params.language = query.language;
      if (query.topicId) {
        params.topics = JSON.stringify([query.topicId, ...topicFamily.all(query.topicId).map((t) => t.id)]);
      }
      return statement(Boolean(query.language), Boolean(query.topicId))
        .all(params)
        .map((r) => {
          const meta = JSON.parse(r.meta) as Omit<Article, 'body'>;
          return {
            id: r.id,
            slug: meta.slug,
            kind: meta.kind,
            language: meta.language,
            title: r.title,
            summary: r.summary,
            topicIds: meta.topicIds,
            snippet: toSegments(pickSnippet(r)),
          };
        });
    },
    getArticle(id: string): Article | null {
      const r = article.get(id);
      return r ? { ...(JSON.parse(r.meta) as Omit<Article, 'body'>), body: r.body } : null;
    },
  };
}
