import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { createViaApi, insertTopics } from './test-articles.js';

interface Segment {
  text: string;
  hit: boolean;
}
interface Hit {
  id: string;
  slug: string;
  kind: string;
  language: string;
  title: string;
  summary: string;
  topicIds: string[];
  snippet: Segment[];
}

describeEachDialect('knowledge search', (dialect) => {
  let f: Fixture;
  let adviser: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    f = await createFixture(dialect);
    await insertTopics(f);
    adviser = await f.tokenFor('adviser');
    const supervisor = await f.tokenFor('supervisor');
    const add = async (a: Parameters<typeof createViaApi>[2]) => {
      ids[a.slug] = await createViaApi(f, supervisor, a);
    };
    await add({
      slug: 'angerratt-vid-kop',
      title: 'Ångerrätt vid köp på nätet',
      summary: 'Du har 14 dagars ångerrätt när du handlar på distans.',
      body: '## Så fungerar det\n\nNär du handlar **på nätet** har du ångerrätt i 14 dagar. Se [Konsumentverket](https://example.se/a).',
      topicIds: ['shopping.returns'],
    });
    await add({
      slug: 'reklamation',
      kind: 'checklist',
      title: 'Reklamation av varor',
      summary: 'Så reklamerar du en trasig vara.',
      body: 'Ett fel som fanns vid köpet kan du reklamera i tre år. Observera att ångerrätt inte gäller reklamation.',
      topicIds: ['shopping'],
    });
    await add({
      slug: 'hemforsakring',
      title: 'Hemförsäkring',
      summary: 'Vad skyddet i hemmet omfattar.',
      body: 'En försäkring för hemmet skyddar dina saker vid brand och inbrott.',
      topicIds: ['insurance'],
    });
    await add({
      slug: 'insurance-claims',
      language: 'en',
      title: 'Insurance claims',
      summary: 'How to claim.',
      body: 'In Swedish an insurance is called försäkring. Claim within the time limit.',
      topicIds: ['insurance'],
    });
    await add({ slug: 'kvitto', title: 'Kvitto', summary: 'Spara det.', body: 'Ett bevis på köpet.' });
    await add({
      slug: 'garanti',
      title: 'Garanti',
      summary: 'Ett löfte från säljaren.',
      body: `Garantin gäller utöver reklamationsrätten. Spara ditt kvitto. ${'Text om garantier och villkor. '.repeat(20)} Visa kvitto eller kontoutdrag.`,
    });
    await add({
      slug: 'hemligt-utkast',
      title: 'Ångerrätt, utkast',
      summary: 'Inte klart.',
      body: 'Ett ord som bara finns här: zebrafink.',
      status: 'draft',
    });
  });
  afterAll(() => f.close());

  const search = (query: Record<string, string | number>, token = adviser) =>
    f.app.inject({
      method: 'GET',
      url: `/v1/knowledge/search?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`,
      headers: bearer(token),
    });
  const hits = async (query: Record<string, string | number>): Promise<Hit[]> => {
    const res = await search(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Hit[] }>().items;
  };
  const slugs = async (query: Record<string, string | number>) => (await hits(query)).map((h) => h.slug);

  it('folds diacritics both ways: forsakring finds försäkring, angerratt finds ångerrätt', async () => {
    expect(await slugs({ q: 'forsakring', language: 'sv' })).toEqual(['hemforsakring']);
    expect(await slugs({ q: 'angerratt' })).toEqual(expect.arrayContaining(['angerratt-vid-kop', 'reklamation']));
    expect(await slugs({ q: 'ÅNGERRÄTT' })).toEqual(expect.arrayContaining(['angerratt-vid-kop', 'reklamation']));
  });

  it('matches every word as a prefix and requires all words', async () => {
    expect(await slugs({ q: 'forsakr' })).toEqual(expect.arrayContaining(['hemforsakring', 'insurance-claims']));
    expect(await slugs({ q: 'hemfors' })).toEqual(['hemforsakring']);
    expect(await slugs({ q: 'försäkr brand' })).toEqual(['hemforsakring']);
    expect(await slugs({ q: 'forsakr brand zzzz' })).toEqual([]);
  });

  it('ranks a title match above a body-only match', async () => {
    expect(await slugs({ q: 'kvitto' })).toEqual(['kvitto', 'garanti']);
    const angerratt = await slugs({ q: 'angerratt' });
    expect(angerratt.indexOf('angerratt-vid-kop')).toBeLessThan(angerratt.indexOf('reklamation'));
  });

  it('returns the snippet as plain segments with the matched word as a hit', async () => {
    const [hit] = await hits({ q: 'forsakring', language: 'sv' });
    expect(hit).toMatchObject({ slug: 'hemforsakring', kind: 'article', language: 'sv', title: 'Hemförsäkring', topicIds: ['insurance'] });
    const marked = hit!.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(marked).toContain('försäkring');
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('försäkring för hemmet');
    for (const s of hit!.snippet) expect(s.text).not.toMatch(/[\u0000-\u001f]/);
  });

  it('strips markdown from snippets and keeps the hit', async () => {
    const [hit] = await hits({ q: 'natet', kind: 'article', topic: 'shopping.returns' });
    const text = hit!.snippet.map((s) => s.text).join('');
    expect(text).toContain('på nätet');
    expect(text).not.toMatch(/\*\*|##|\]\(/);
    expect(hit!.snippet.some((s) => s.hit && s.text.toLowerCase() === 'nätet')).toBe(true);
  });

  it('gives a summary line when only the title matched', async () => {
    const [hit] = await hits({ q: 'kvitto' });
    expect(hit!.slug).toBe('kvitto');
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('Spara det');
  });

  it('never returns drafts, whoever asks', async () => {
    expect(await slugs({ q: 'zebrafink' })).toEqual([]);
    const asSupervisor = await search({ q: 'zebrafink' }, await f.tokenFor('supervisor'));
    expect(asSupervisor.json().items).toEqual([]);
    expect(await slugs({ q: 'utkast' })).toEqual([]);
  });

  it('filters by language, kind and topic (a parent topic includes its children)', async () => {
    expect(await slugs({ q: 'forsakring', language: 'en' })).toEqual(['insurance-claims']);
    expect(await slugs({ q: 'angerratt', kind: 'checklist' })).toEqual(['reklamation']);
    expect((await slugs({ q: 'angerratt', topic: 'shopping' })).sort()).toEqual(['angerratt-vid-kop', 'reklamation']);
    expect(await slugs({ q: 'angerratt', topic: 'shopping.returns' })).toEqual(['angerratt-vid-kop']);
    expect(await slugs({ q: 'angerratt', topic: 'insurance' })).toEqual([]);
    expect(await slugs({ q: 'angerratt', topic: 'no-such-topic' })).toEqual([]);
  });

  it('honours the limit', async () => {
    expect(await slugs({ q: 'angerratt', limit: 1 })).toEqual(['angerratt-vid-kop']);
    expect((await search({ q: 'angerratt', limit: 0 })).statusCode).toBe(400);
    expect((await search({ q: 'angerratt', limit: 51 })).statusCode).toBe(400);
  });

  it('answers a query with no words with 400 validation_failed', async () => {
    for (const q of ['', '   ', '!!!', '"" * -', '😀', '()']) {
      const res = await search({ q });
      expect(res.statusCode, `q=${JSON.stringify(q)}`).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const missing = await f.app.inject({ method: 'GET', url: '/v1/knowledge/search', headers: bearer(adviser) });
    expect(missing.statusCode).toBe(400);
  });

  describe('hostile input never causes a 500', () => {
    const inputs = [
      '"', '""', "'", "''", '(', ')', '(forsakring', 'forsakring)', '*', '**', 'forsakring*', '*forsakring',
      'NEAR', 'NEAR(forsakring brand)', 'forsakring NEAR brand', 'NEAR/3', '-', '- forsakring', 'forsakring -brand',
      'AND', 'OR', 'NOT', 'forsakring OR brand', 'forsakring NOT brand', 'title:forsakring', '{title body}: x', '^forsakring',
      "'; DROP TABLE articles; --", "1' OR '1'='1", 'forsakring\'); DELETE FROM articles; --', '\\', '\\\'', ':*', 'a:* & b',
      '& | ! <->', "'forsakr':*", '%', '_', '%_%', '$1', '?', '\u0000', '\u0001forsakring\u0002', '\u202Eforsakring',
      '😀', '😀 forsakring', '👩‍👩‍👧', 'ʼ', 'ʼforsakringʼ', '⑴', '½', 'ﬁ', 'ß', 'ǅ', 'Ⅷ', '٣', '𝔘𝔫𝔦', 'İstanbul', 'ångerrätt\u0301',
      'x'.repeat(200), 'a b c d e f g h i j k l m n o p q r s t u v w x y z', 'försäkring '.repeat(18).trim(),
    ];
    it.each(inputs.map((q) => [q]))('q=%j', async (q) => {
      const res = await search({ q });
      expect([200, 400], res.body).toContain(res.statusCode);
      if (res.statusCode === 400) expect(res.json().code).toBe('validation_failed');
      else expect(Array.isArray(res.json().items)).toBe(true);
    });
    it('left the articles in place', async () => {
      const { n } = await f.deps.db.kysely
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(Object.keys(ids).length);
    });
  });

  it('finds a word even when it is surrounded by query syntax', async () => {
    expect(await slugs({ q: '"hemförsäkring"' })).toEqual(['hemforsakring']);
    expect(await slugs({ q: '(brand) -inbrott*' })).toEqual(['hemforsakring']);
    // Operators are words like any other: "and" must be found too.
    expect(await slugs({ q: 'brand AND inbrott' })).toEqual([]);
  });

  it('is for signed-in staff only', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/v1/knowledge/search?q=kvitto' });
    expect(res.statusCode).toBe(401);
  });
});
