// Knowledge articles: reading (published for everyone, drafts for supervisors)
// and editing (supervisors). Desktop caches hold published articles only, so
// the change log carries an article while it is published and a deletion when
// it is unpublished; drafts that never were published never reach it.
import { randomUUID } from 'node:crypto';
import type { ArticleKind, ArticleRow, ArticleStatus, Language } from '../db/schema.js';
import type { Actor, Deps, Q } from '../deps.js';
import { audit } from '../audit/service.js';
import { supervisors } from '../http/access.js';
import { Problem, forbidden, notFound } from '../http/problem.js';
import { recordChanges } from '../sync/change-log.js';
import { assertTopicsExist } from '../topics/service.js';
import { decodeTitleCursor, encodeTitleCursor } from './list-cursor.js';
import {
  parseTags,
  summaryColumns,
  toArticle,
  toSummary,
  topicFamily,
  topicsOf,
  type Article,
  type ArticleSummary,
} from './model.js';
import { stripControls } from './snippet.js';

export { searchArticles, type SearchInput } from './search.js';

export const DEFAULT_LIST_LIMIT = 50;

const canSeeDrafts = (actor: Actor) => supervisors.includes(actor.role);

export interface ListInput {
  language?: Language;
  topic?: string;
  kind?: ArticleKind;
  status?: ArticleStatus;
  cursor?: string;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export async function listArticles(deps: Deps, actor: Actor, input: ListInput): Promise<Page<ArticleSummary>> {
  const q = deps.db.kysely;
  const status = input.status ?? 'published';
  if (status === 'draft' && !canSeeDrafts(actor)) throw forbidden('Only supervisors may list drafts');
  const limit = input.limit ?? DEFAULT_LIST_LIMIT;
  const after = input.cursor === undefined ? null : decodeTitleCursor(input.cursor);
  const family = input.topic === undefined ? null : await topicFamily(q, input.topic);

  let query = q.selectFrom('articles').select(summaryColumns).where('articles.status', '=', status);
  if (input.language) query = query.where('articles.language', '=', input.language);
  if (input.kind) query = query.where('articles.kind', '=', input.kind);
  if (family) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('article_topics')
          .select('article_topics.article_id')
          .whereRef('article_topics.article_id', '=', 'articles.id')
          .where('article_topics.topic_id', 'in', family),
      ),
    );
  }
  if (after) {
    query = query.where((eb) => eb(eb.refTuple('articles.title', 'articles.id'), '>', eb.tuple(after.title, after.id)));
  }
  const rows = await query.orderBy('articles.title').orderBy('articles.id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const topics = await topicsOf(q, page.map((r) => r.id));
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(r, topics.get(r.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeTitleCursor({ title: last.title, id: last.id }) : null,
  };
}

/** One article with its body; a draft is "not found" to those who may not see drafts. */
export async function getArticle(deps: Deps, actor: Actor, id: string): Promise<Article> {
  const q = deps.db.kysely;
  const row = await q.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.status !== 'published' && !canSeeDrafts(actor))) throw notFound('Article');
  const topics = await topicsOf(q, [id]);
  return toArticle(row, topics.get(id) ?? []);
}

export interface ArticleFields {
  slug: string;
  kind: ArticleKind;
  language: Language;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  topicIds: string[];
  status: ArticleStatus;
}

export type NewArticle = Omit<ArticleFields, 'tags' | 'topicIds' | 'status'> &
  Partial<Pick<ArticleFields, 'tags' | 'topicIds' | 'status'>>;

export type ArticlePatch = Partial<ArticleFields> & { version: number };

export async function createArticle(deps: Deps, actor: Actor, input: NewArticle): Promise<Article> {
  const now = deps.clock.now();
  const fields = normalise({ ...input, tags: input.tags ?? [], topicIds: input.topicIds ?? [], status: input.status ?? 'draft' });
  const row: ArticleRow = {
    id: randomUUID(),
    slug: fields.slug,
    kind: fields.kind,
    language: fields.language,
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    tags: JSON.stringify(fields.tags),
    status: fields.status,
    version: 1,
    published_at: fields.status === 'published' ? now.toISOString() : null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    updated_by: actor.userId,
  };
  await withSlugConflict(row.slug, () =>
    deps.db.kysely.transaction().execute(async (trx) => {
      await assertTopicsExist(trx, fields.topicIds, 'topicIds');
      await assertSlugFree(trx, row.slug, null);
      await trx.insertInto('articles').values(row).execute();
      await setTopics(trx, row.id, fields.topicIds);
      await audit(trx, now, actor, {
        action: 'article.create',
        entityType: 'article',
        entityId: row.id,
        detail: { slug: row.slug, status: row.status },
      });
      if (row.status === 'published') await recordChanges(trx, now, [{ entity: 'article', id: row.id }]);
    }),
  );
  return toArticle(row, fields.topicIds);
}

/**
 * Applies a patch at the version the editor saw. A patch that changes nothing
 * returns the article as it is, without a new version.
 */
export async function updateArticle(deps: Deps, actor: Actor, id: string, patch: ArticlePatch): Promise<Article> {
  const now = deps.clock.now();
  return withSlugConflict(patch.slug ?? '', () =>
    deps.db.kysely.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw notFound('Article');
      const currentTopics = (await topicsOf(trx, [id])).get(id) ?? [];
      if (current.version !== patch.version) throw versionConflict(toArticle(current, currentTopics));

      const before: ArticleFields = {
        slug: current.slug,
        kind: current.kind,
        language: current.language,
        title: current.title,
        summary: current.summary,
        body: current.body,
        tags: parseTags(current.tags),
        topicIds: currentTopics,
        status: current.status,
      };
      const after = normalise(applyPatch(before, patch));
      const changed = changedFields(before, after);
      if (changed.length === 0) return toArticle(current, currentTopics);

      if (changed.includes('topicIds')) await assertTopicsExist(trx, after.topicIds, 'topicIds');
      if (changed.includes('slug')) await assertSlugFree(trx, after.slug, id);

      const publishing = after.status === 'published' && before.status !== 'published';
      const next: ArticleRow = {
        ...current,
        slug: after.slug,
        kind: after.kind,
        language: after.language,
        title: after.title,
        summary: after.summary,
        body: after.body,
        tags: JSON.stringify(after.tags),
        status: after.status,
        version: current.version + 1,
        published_at: publishing ? now.toISOString() : current.published_at,
        updated_at: now.toISOString(),
        updated_by: actor.userId,
      };
      const res = await trx
        .updateTable('articles')
        .set({
          slug: next.slug,
          kind: next.kind,
          language: next.language,
          title: next.title,
          summary: next.summary,
          body: next.body,
          tags: next.tags,
          status: next.status,
          version: next.version,
          published_at: next.published_at,
          updated_at: next.updated_at,
          updated_by: next.updated_by,
        })
        .where('id', '=', id)
        .where('version', '=', patch.version)
        .executeTakeFirst();
      // A concurrent writer that committed between our read and this update.
      if (Number(res.numUpdatedRows) === 0) {
        const fresh = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        throw versionConflict(toArticle(fresh, (await topicsOf(trx, [id])).get(id) ?? []));
      }
      if (changed.includes('topicIds')) await setTopics(trx, id, after.topicIds);

      await audit(trx, now, actor, {
        action: 'article.update',
        entityType: 'article',
        entityId: id,
        detail: {
          fields: changed,
          version: next.version,
          ...(before.status !== after.status ? { status: { from: before.status, to: after.status } } : {}),
        },
      });
      if (after.status === 'published') await recordChanges(trx, now, [{ entity: 'article', id }]);
      else if (before.status === 'published') await recordChanges(trx, now, [{ entity: 'article', id, deleted: true }]);
      return toArticle(next, after.topicIds);
    }),
  );
}

const FIELD_NAMES: readonly (keyof ArticleFields)[] = [
  'slug', 'kind', 'language', 'title', 'summary', 'body', 'tags', 'topicIds', 'status',
];

function applyPatch(before: ArticleFields, patch: ArticlePatch): ArticleFields {
  const after: ArticleFields = { ...before };
  for (const key of FIELD_NAMES) {
    if (patch[key] !== undefined) Object.assign(after, { [key]: patch[key] });
  }
  return after;
}

function normalise(f: ArticleFields): ArticleFields {
  return {
    ...f,
    title: stripControls(f.title).trim(),
    summary: stripControls(f.summary).trim(),
    body: stripControls(f.body),
    tags: [...new Set(f.tags.map((t) => stripControls(t).trim()).filter((t) => t !== ''))],
    topicIds: [...new Set(f.topicIds)].sort(),
  };
}

function changedFields(a: ArticleFields, b: ArticleFields): (keyof ArticleFields)[] {
  return FIELD_NAMES.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

async function setTopics(q: Q, articleId: string, topicIds: readonly string[]): Promise<void> {
  await q.deleteFrom('article_topics').where('article_id', '=', articleId).execute();
  if (topicIds.length === 0) return;
  await q
    .insertInto('article_topics')
    .values(topicIds.map((topic_id) => ({ article_id: articleId, topic_id })))
    .execute();
}

const slugTaken = (slug: string) => new Problem(409, 'conflict', `The slug "${slug}" is taken`, { field: 'slug' });

async function assertSlugFree(q: Q, slug: string, ownId: string | null): Promise<void> {
  const row = await q.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
  if (row && row.id !== ownId) throw slugTaken(slug);
}

// Two editors may claim one slug at the same moment; the unique index decides
// and the loser hears 409, not 500.
async function withSlugConflict<T>(slug: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken(slug);
    throw err;
  }
}

function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function versionConflict(current: Article): Problem {
  return new Problem(409, 'version_conflict', 'The article was changed by someone else; review and apply again', {
    currentVersion: current.version,
    current,
  });
}
