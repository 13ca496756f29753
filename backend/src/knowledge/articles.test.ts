import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../db/schema.js';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { MINUTE } from '../shared/clock.js';
import { createViaApi, insertTopics } from './test-articles.js';

interface ArticleJson {
  id: string;
  slug: string;
  title: string;
  body?: string;
  status: string;
  version: number;
  publishedAt: string | null;
  updatedAt: string;
  updatedBy: string | null;
  tags: string[];
  topicIds: string[];
}

describeEachDialect('knowledge articles', (dialect) => {
  let f: Fixture;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    f = await createFixture(dialect);
    await insertTopics(f);
    for (const role of ['adviser', 'team_lead', 'supervisor', 'admin'] as const) tokens[role] = await f.tokenFor(role);
  });
  afterAll(() => f.close());

  const post = (payload: unknown, role: Role = 'supervisor') =>
    f.app.inject({ method: 'POST', url: '/v1/knowledge/articles', headers: bearer(tokens[role]), payload: payload as object });
  const patch = (id: string, payload: unknown, role: Role = 'supervisor') =>
    f.app.inject({ method: 'PATCH', url: `/v1/knowledge/articles/${id}`, headers: bearer(tokens[role]), payload: payload as object });
  const get = (id: string, role: Role = 'adviser') =>
    f.app.inject({ method: 'GET', url: `/v1/knowledge/articles/${id}`, headers: bearer(tokens[role]) });
  const list = (query: string, role: Role = 'adviser') =>
    f.app.inject({ method: 'GET', url: `/v1/knowledge/articles${query}`, headers: bearer(tokens[role]) });

  const valid = (slug: string) => ({
    slug,
    kind: 'article',
    language: 'sv',
    title: `Titel ${slug}`,
    summary: 'Kort sammanfattning.',
    body: 'Brödtext.',
  });
  const changeRow = (id: string) =>
    f.deps.db.kysely.selectFrom('change_log').selectAll().where('entity', '=', 'article').where('entity_id', '=', id).executeTakeFirst();
  const auditActions = async (id: string) =>
    (await f.deps.db.kysely.selectFrom('audit_log').select('action').where('entity_type', '=', 'article').where('entity_id', '=', id).orderBy('id').execute()).map((r) => r.action);
  const countArticles = async () => Number((await f.deps.db.kysely.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('creates a draft by default, audited, and keeps it out of the change log', async () => {
    const res = await post({ ...valid('ny-artikel'), tags: [' reklamation ', 'reklamation', 'garanti', ' '], topicIds: ['shopping', 'insurance'] });
    expect(res.statusCode).toBe(201);
    const a = res.json<ArticleJson>();
    expect(a).toMatchObject({
      slug: 'ny-artikel',
      status: 'draft',
      version: 1,
      publishedAt: null,
      body: 'Brödtext.',
      tags: ['reklamation', 'garanti'],
      topicIds: ['insurance', 'shopping'],
      updatedBy: f.users.supervisor,
    });
    expect(await auditActions(a.id)).toEqual(['article.create']);
    expect(await changeRow(a.id)).toBeUndefined();
  });

  it('lets an admin create, and refuses advisers and team leads with 403 writing nothing', async () => {
    const before = await countArticles();
    expect((await post(valid('av-radgivare'), 'adviser')).statusCode).toBe(403);
    expect((await post(valid('av-teamledare'), 'team_lead')).statusCode).toBe(403);
    expect(await countArticles()).toBe(before);
    expect((await post(valid('av-admin'), 'admin')).statusCode).toBe(201);
  });

  it('validates the body: 400 for shape errors, 409 for a taken slug, 422 for unknown topics', async () => {
    const before = await countArticles();
    const bad: [string, unknown][] = [
      ['missing title', { ...valid('x1'), title: undefined }],
      ['blank title', { ...valid('x2'), title: '   ' }],
      ['slug with spaces', { ...valid('Not A Slug') }],
      ['slug with diacritics', { ...valid('ångerrätt') }],
      ['unknown kind', { ...valid('x3'), kind: 'podcast' }],
      ['unknown language', { ...valid('x4'), language: 'de' }],
      ['unknown field', { ...valid('x5'), author: 'me' }],
      ['tags not strings', { ...valid('x6'), tags: [{ a: 1 }] }],
      ['too many tags', { ...valid('x8'), tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }],
      ['body too long', { ...valid('x9'), body: 'x'.repeat(200_001) }],
      ['status unknown', { ...valid('x7'), status: 'archived' }],
    ];
    for (const [name, payload] of bad) {
      const res = await post(payload);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().code, name).toBe('validation_failed');
    }
    const taken = await post(valid('ny-artikel'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('conflict');
    const unknownTopic = await post({ ...valid('okant-amne'), topicIds: ['shopping', 'no-such-topic'] });
    expect(unknownTopic.statusCode).toBe(422);
    expect(unknownTopic.json()).toMatchObject({ code: 'invalid_reference', field: 'topicIds' });
    expect(await countArticles()).toBe(before);
  });

  it('lets exactly one of two simultaneous creates claim a slug', async () => {
    const results = await Promise.all([post(valid('samma-slug')), post(valid('samma-slug')), post(valid('samma-slug'))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const rows = await f.deps.db.kysely.selectFrom('articles').select('id').where('slug', '=', 'samma-slug').execute();
    expect(rows).toHaveLength(1);
  });

  it('publishes: sets publishedAt, bumps the version and records a change', async () => {
    const id = (await post(valid('publiceras'))).json<ArticleJson>().id;
    f.deps.clock.advance(MINUTE);
    const res = await patch(id, { version: 1, status: 'published' });
    expect(res.statusCode).toBe(200);
    const a = res.json<ArticleJson>();
    expect(a).toMatchObject({ status: 'published', version: 2, publishedAt: f.deps.clock.now().toISOString() });
    expect(await changeRow(id)).toMatchObject({ deleted: 0, case_id: null });

    // An edit of a published article is another change, with a later sequence number.
    const firstSeq = (await changeRow(id))!.seq;
    const edited = await patch(id, { version: 2, title: 'Ny titel' });
    expect(edited.json()).toMatchObject({ title: 'Ny titel', version: 3, publishedAt: a.publishedAt });
    expect((await changeRow(id))!.seq).toBeGreaterThan(firstSeq);
    expect(await auditActions(id)).toEqual(['article.create', 'article.update', 'article.update']);
  });

  it('unpublishing records a deletion; editing the draft afterwards records nothing', async () => {
    const id = await createViaApi(f, tokens.supervisor, { slug: 'avpubliceras', title: 'Snart borta', body: 'Text.' });
    expect(await changeRow(id)).toMatchObject({ deleted: 0 });
    const res = await patch(id, { version: 1, status: 'draft' });
    expect(res.json()).toMatchObject({ status: 'draft', version: 2 });
    const deletion = await changeRow(id);
    expect(deletion).toMatchObject({ deleted: 1 });
    await patch(id, { version: 2, body: 'Omskriven.' });
    expect(await changeRow(id)).toEqual(deletion);
    expect((await get(id)).statusCode).toBe(404);
  });

  it('refuses a stale version with 409 and the current article, writing nothing', async () => {
    const id = await createViaApi(f, tokens.supervisor, { slug: 'samtidig', title: 'Original', body: 'Text.' });
    expect((await patch(id, { version: 1, title: 'Första ändringen' })).statusCode).toBe(200);
    const auditBefore = await auditActions(id);
    const changeBefore = await changeRow(id);
    const stale = await patch(id, { version: 1, title: 'Andra ändringen', status: 'draft' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { title: 'Första ändringen', version: 2 } });
    const now = (await get(id)).json<ArticleJson>();
    expect(now).toMatchObject({ title: 'Första ändringen', version: 2, status: 'published' });
    expect(await auditActions(id)).toEqual(auditBefore);
    expect(await changeRow(id)).toEqual(changeBefore);
  });

  it('validates a patch: unknown article 404, taken slug 409, unknown topic 422, empty patch 400, all without writing', async () => {
    const id = await createViaApi(f, tokens.supervisor, { slug: 'andras', title: 'Ändras', body: 'Text.', topicIds: ['shopping'] });
    expect((await patch('no-such-article', { version: 1, title: 'x' })).statusCode).toBe(404);
    const slug = await patch(id, { version: 1, slug: 'ny-artikel' });
    expect(slug.statusCode).toBe(409);
    expect(slug.json().code).toBe('conflict');
    const topic = await patch(id, { version: 1, topicIds: ['no-such-topic'] });
    expect(topic.statusCode).toBe(422);
    expect(topic.json().code).toBe('invalid_reference');
    expect((await patch(id, { version: 1 })).statusCode).toBe(400);
    expect((await patch(id, { title: 'no version' })).statusCode).toBe(400);
    expect((await patch(id, { version: 1, body: 'x' }, 'adviser')).statusCode).toBe(403);
    expect((await get(id)).json()).toMatchObject({ slug: 'andras', version: 1, topicIds: ['shopping'], body: 'Text.' });
    expect(await auditActions(id)).toEqual(['article.create']);
  });

  it('replaces topics, and treats a patch that changes nothing as no change', async () => {
    const id = await createViaApi(f, tokens.supervisor, { slug: 'amnen', title: 'Ämnen', body: 'Text.', topicIds: ['shopping'] });
    const moved = await patch(id, { version: 1, topicIds: ['insurance', 'shopping.returns'] });
    expect(moved.json()).toMatchObject({ version: 2, topicIds: ['insurance', 'shopping.returns'] });
    const same = await patch(id, { version: 2, title: 'Ämnen', topicIds: ['shopping.returns', 'insurance'] });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ version: 2 });
    expect(await auditActions(id)).toEqual(['article.create', 'article.update']);
  });

  it('strips the control characters used as snippet markers from stored text', async () => {
    const id = await createViaApi(f, tokens.supervisor, { slug: 'kontroll', title: 'Ti\u0001tel', body: 'Rad ett\nRad\u0002 två\tslut' });
    expect((await get(id)).json()).toMatchObject({ title: 'Titel', body: 'Rad ett\nRad två\tslut' });
  });

  it('shows drafts to supervisors and admins only', async () => {
    const id = (await post(valid('hemligt'))).json<ArticleJson>().id;
    expect((await get(id, 'adviser')).statusCode).toBe(404);
    expect((await get(id, 'team_lead')).statusCode).toBe(404);
    expect((await get(id, 'supervisor')).json()).toMatchObject({ status: 'draft', body: 'Brödtext.' });
    expect((await get(id, 'admin')).statusCode).toBe(200);
    expect((await get('no-such-article', 'supervisor')).statusCode).toBe(404);

    const adviserDrafts = await list('?status=draft', 'adviser');
    expect(adviserDrafts.statusCode).toBe(403);
    const published = (await list('?limit=200', 'adviser')).json<{ items: ArticleJson[] }>().items;
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((a) => a.status === 'published')).toBe(true);
    expect(published.some((a) => a.id === id)).toBe(false);
    const drafts = (await list('?status=draft&limit=200', 'supervisor')).json<{ items: ArticleJson[] }>().items;
    expect(drafts.some((a) => a.id === id)).toBe(true);
    expect(drafts.every((a) => a.status === 'draft')).toBe(true);
  });

  it('lists by title in pages, without bodies, until nextCursor is null', async () => {
    for (const [slug, title] of [['b-lista', 'B lista'], ['a-lista', 'A lista'], ['c-lista', 'C lista']]) {
      await createViaApi(f, tokens.supervisor, { slug: slug!, title: title!, body: 'Text.', language: 'en', topicIds: ['shopping.returns'] });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(`?language=en&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: ArticleJson[]; nextCursor: string | null }>();
      for (const item of page.items) {
        expect(item).not.toHaveProperty('body');
        seen.push(item.title);
      }
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['A lista', 'B lista', 'C lista']);
    expect(pages).toBe(2);
  });

  it('filters the list by language, kind and topic, a parent topic including its children', async () => {
    const titles = async (q: string) => (await list(q)).json<{ items: ArticleJson[] }>().items.map((a) => a.title);
    expect(await titles('?language=en&topic=shopping')).toEqual(['A lista', 'B lista', 'C lista']);
    expect(await titles('?language=en&topic=insurance')).toEqual([]);
    expect(await titles('?language=en&kind=checklist')).toEqual([]);
    await createViaApi(f, tokens.supervisor, { slug: 'checklista', title: 'Checklista', body: 'Text.', language: 'en', kind: 'checklist' });
    expect(await titles('?language=en&kind=checklist')).toEqual(['Checklista']);
    expect((await titles('?language=sv')).every((t) => !t.endsWith('lista'))).toBe(true);
  });

  it('rejects a tampered cursor and unknown filters with 400', async () => {
    for (const q of ['?cursor=not-a-cursor', `?cursor=${Buffer.from('{"a":1}').toString('base64url')}`, '?language=de', '?status=archived', '?foo=1', '?limit=0']) {
      const res = await list(q);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code, q).toBe('validation_failed');
    }
  });
});
