import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../bridge.js';
import { createEntityStore } from '../cache/entities.js';
import { openCache, type CacheDb } from '../cache/open-cache.js';
import { createKnowledgeReads } from './knowledge.js';

const article = (id: string, over: Partial<Article>): Article => ({
  id, slug: id, kind: 'article', language: 'sv', title: 'Titel', summary: 'Sammanfattning.', tags: [], topicIds: [],
  status: 'published', version: 1, publishedAt: '2026-01-01T00:00:00Z', createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z', updatedBy: null, body: 'Brödtext.', ...over,
});

describe('knowledge search in the cache', () => {
  let db: CacheDb;
  let k: ReturnType<typeof createKnowledgeReads>;
  beforeAll(() => {
    db = openCache(null);
    const store = createEntityStore(db);
    store.putTopic({ id: 'insurance', parentId: null, labelSv: 'Försäkring', labelEn: 'Insurance', sort: 1 });
    store.putTopic({ id: 'insurance.home', parentId: 'insurance', labelSv: 'Hemförsäkring', labelEn: 'Home insurance', sort: 2 });
    db.transaction(() => {
      store.putArticle(article('body-hit', { title: 'Om skador i hemmet', body: 'Din försäkring kan täcka vattenskador. Läs villkoren noga.' }));
      store.putArticle(article('title-hit', { title: 'Försäkring för hemmet', body: 'Det här gäller när något går sönder.', topicIds: ['insurance.home'] }));
      store.putArticle(article('english', { language: 'en', title: 'Insurance claims', body: 'How to claim on your insurance.' }));
      store.putArticle(article('unrelated', { title: 'Ångerrätt vid köp på nätet', body: 'Du har fjorton dagars ångerrätt.', tags: ['distansavtal'] }));
      store.putArticle(article('draft', { title: 'Försäkring utkast', status: 'draft' }));
    })();
    k = createKnowledgeReads(db);
  });

  const ids = (text: string, extra: object = {}) => k.search({ text, ...extra }).map((h) => h.id);

  it('folds diacritics both ways: "forsakring" and "försäkring" find the same articles', () => {
    expect(ids('forsakring').sort()).toEqual(['body-hit', 'title-hit']);
    expect(ids('försäkring').sort()).toEqual(['body-hit', 'title-hit']);
    expect(ids('angerratt')).toEqual(['unrelated']);
  });

  it('treats every word as a prefix', () => {
    expect(ids('forsakr').sort()).toEqual(['body-hit', 'title-hit']);
    expect(ids('fo')).toContain('title-hit');
    expect(ids('distans')).toEqual(['unrelated']);
  });

  it('ranks a title hit above a body hit', () => {
    expect(ids('försäkring')).toEqual(['title-hit', 'body-hit']);
  });

  it('needs every word, and finds nothing for no words or no match', () => {
    expect(ids('försäkring vattenskador')).toEqual(['body-hit']);
    expect(ids('"*- NEAR(')).toEqual([]);
    expect(ids('zebrafink')).toEqual([]);
  });

  it('filters by language and by topic including its subtopics, and never shows drafts', () => {
    expect(ids('insurance', { language: 'en' })).toEqual(['english']);
    expect(ids('insurance', { language: 'sv' })).toEqual([]);
    expect(ids('forsakring', { topicId: 'insurance' })).toEqual(['title-hit']);
    expect(ids('utkast')).toEqual([]);
  });

  it('returns snippets as plain segments with the hits marked, and no control characters', () => {
    const [hit] = k.search({ text: 'vattenskad' }) ;
    expect(hit?.id).toBe('body-hit');
    const segments = hit?.snippet ?? [];
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['vattenskador']);
    expect(segments.map((s) => s.text).join('')).toBe('Din försäkring kan täcka vattenskador. Läs villkoren noga.');
    expect(JSON.stringify(segments)).not.toMatch(/\\u000[12]/);
  });

  it('gives every hit its own snippet, not the first hit\'s', () => {
    const text = (h: { snippet: Array<{ text: string }> }) => h.snippet.map((s) => s.text).join('');
    const hits = Object.fromEntries(k.search({ text: 'försäkring' }).map((h) => [h.id, text(h)]));
    expect(hits['body-hit']).toBe('Din försäkring kan täcka vattenskador. Läs villkoren noga.');
    // No hit in its body or summary (only in the title): the summary is the line shown.
    expect(hits['title-hit']).toBe('Sammanfattning.');
  });

  it('reads a whole article, and null for one not cached', () => {
    expect(k.getArticle('title-hit')).toMatchObject({ title: 'Försäkring för hemmet', body: 'Det här gäller när något går sönder.', topicIds: ['insurance.home'] });
    expect(k.getArticle('draft')).toBeNull();
    expect(k.getArticle('nope')).toBeNull();
  });
});
