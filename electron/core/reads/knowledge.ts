// Knowledge search over the cached published articles: FTS5 with the
// backend's query (every word a prefix, diacritics folded) and bm25 with the
// title weighted highest, and its snippet segments, so results look the same
// offline as online.
//
// Ranked in two tiers, because bm25 is computed for EVERY matching row before
// a LIMIT applies, and a common word or a short prefix matches most of the
// corpus: first the articles whose title holds every word (few, so cheap to
// rank), and only when they do not fill the page, everything. A title match
// is therefore always listed first, which is what an adviser looking up a
// topic expects. Snippets are made for the page only.
import type Database from 'better-sqlite3';
import type { Article, KnowledgeQuery, SearchHit } from '../../bridge.js';
import { fts5Match, queryWords } from '../../../backend/src/knowledge/query-words.js';
import { HIT_END, HIT_START, hasHit, toSegments } from '../../../backend/src/knowledge/snippet.js';
import type { CacheDb } from '../cache/open-cache.js';

export const DEFAULT_KNOWLEDGE_LIMIT = 20;
const MAX_LIMIT = 100;
const SNIPPET_TOKENS = 24;
const BM25 = 'bm25(articles_fts, 10.0, 4.0, 1.0, 4.0)';
const BODY = 2;
const SUMMARY = 1;

interface Ranked {
  rid: number;
}

interface PageRow {
  id: string;
  title: string;
  summary: string;
  meta: string;
}

type Params = Record<string, string | number>;

export function createKnowledgeReads(db: CacheDb) {
  const rankers = new Map<string, Database.Statement<Params, Ranked>>();
  const pageRow = db.prepare<[number], PageRow>('SELECT id, title, summary, meta FROM articles WHERE rowid = ?');
  // snippet() needs the FTS cursor of a MATCH, so the page is matched again:
  // one scan over the page's rowid range, with snippet() run only for its
  // rows (`+rowid` keeps the IN list a filter; as a constraint FTS5 would
  // restart the match once per row). The CASTs matter: better-sqlite3 binds a
  // JS number as a REAL, and FTS5 silently ignores a non-integer rowid bound.
  const snippets = db.prepare<Params, { rid: number; s: string | null }>(
    `SELECT rowid AS rid, snippet(articles_fts, @column, @hs, @he, '…', ${SNIPPET_TOKENS}) AS s FROM articles_fts
     WHERE articles_fts MATCH @match AND rowid BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)
       AND +rowid IN (SELECT value FROM json_each(@rids))`,
  );
  const article = db.prepare<[string], { body: string; meta: string }>('SELECT body, meta FROM articles WHERE id = ?');
  const topicFamily = db.prepare<[string], { id: string }>('SELECT id FROM topics WHERE parent_id = ?');

  function ranker(language: boolean, topic: boolean) {
    const key = `${language}:${topic}`;
    let s = rankers.get(key);
    if (!s) {
      const filtered = language || topic;
      const filters = [
        language ? 'AND a.language = @language' : '',
        topic ? 'AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id IN (SELECT value FROM json_each(@topics)))' : '',
      ].join(' ');
      // Only rowids and scores while ranking: the articles' rows are read for the page alone (or for the filters).
      s = db.prepare<Params, Ranked>(`
        SELECT articles_fts.rowid AS rid, ${BM25} AS score
        FROM articles_fts ${filtered ? 'JOIN articles a ON a.rowid = articles_fts.rowid' : ''}
        WHERE articles_fts MATCH @match ${filters}
        ORDER BY score, rid
        LIMIT @limit`);
      rankers.set(key, s);
    }
    return s;
  }

  // Tiers, each ranked by bm25 on its own: every word in the title; anything. The second runs only when the
  // first leaves the page short. (A middle tier for the summary and tags cost more, in extra index scans, than
  // it saved.)
  const TIERS = ['{title} : ', ''];

  function rank(params: Params, language: boolean, topic: boolean, limit: number): number[] {
    const s = ranker(language, topic);
    const match = String(params.match);
    const rids: number[] = [];
    const seen = new Set<number>();
    for (const tier of TIERS) {
      const rows = s.all({ ...params, match: tier ? `${tier}(${match})` : match, limit: limit + rids.length });
      for (const { rid } of rows) {
        if (seen.has(rid)) continue;
        seen.add(rid);
        rids.push(rid);
      }
      if (rids.length >= limit) break;
    }
    return rids.slice(0, limit);
  }

  function snippetsOf(match: string, rids: readonly number[], column: number): Map<number, string | null> {
    if (rids.length === 0) return new Map();
    const params = { match, column, hs: HIT_START, he: HIT_END, lo: Math.min(...rids), hi: Math.max(...rids), rids: JSON.stringify(rids) };
    return new Map(snippets.all(params).map((r) => [r.rid, r.s]));
  }

  // The body shows the hit in context; a hit only in the title or summary still gets a useful line.
  function pageSnippets(match: string, rids: readonly number[]): Map<number, string> {
    const bodies = snippetsOf(match, rids, BODY);
    const summaries = snippetsOf(match, rids.filter((rid) => !hasHit(bodies.get(rid) ?? null)), SUMMARY);
    return new Map(
      rids.map((rid) => {
        const body = bodies.get(rid) ?? null;
        const summary = summaries.get(rid) ?? null;
        return [rid, hasHit(body) ? (body ?? '') : hasHit(summary) ? (summary ?? '') : summary || body || ''];
      }),
    );
  }

  return {
    /** No words (only punctuation) finds nothing rather than failing: the box is searched as the adviser types. */
    search(query: KnowledgeQuery): SearchHit[] {
      const words = queryWords(query.text);
      if (words.length === 0) return [];
      const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_KNOWLEDGE_LIMIT)), MAX_LIMIT);
      const match = fts5Match(words);
      const params: Params = { match };
      if (query.language) params.language = query.language;
      if (query.topicId) {
        params.topics = JSON.stringify([query.topicId, ...topicFamily.all(query.topicId).map((t) => t.id)]);
      }
      const rids = rank(params, Boolean(query.language), Boolean(query.topicId), limit);
      const marked = pageSnippets(match, rids);
      const hits: SearchHit[] = [];
      for (const rid of rids) {
        const r = pageRow.get(rid);
        if (!r) continue;
        const meta = JSON.parse(r.meta) as Omit<Article, 'body'>;
        hits.push({
          id: r.id,
          slug: meta.slug,
          kind: meta.kind,
          language: meta.language,
          title: r.title,
          summary: r.summary,
          topicIds: meta.topicIds,
          snippet: toSegments(marked.get(rid) ?? ''),
        });
      }
      return hits;
    },
    getArticle(id: string): Article | null {
      const r = article.get(id);
      return r ? { ...(JSON.parse(r.meta) as Omit<Article, 'body'>), body: r.body } : null;
    },
  };
}
