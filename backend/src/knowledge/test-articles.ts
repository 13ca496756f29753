// Shared test data for the knowledge tests: a small topic tree and a way to
// create articles through the API as a supervisor.
import type { Fixture } from '../../../tests/support/app-fixture.js';
import { bearer } from '../../../tests/support/app-fixture.js';

export const TOPICS = [
  { id: 'shopping', parent_id: null, label_sv: 'Köp av varor', label_en: 'Buying goods', sort: 1 },
  { id: 'shopping.returns', parent_id: 'shopping', label_sv: 'Ångerrätt', label_en: 'Withdrawal', sort: 2 },
  { id: 'insurance', parent_id: null, label_sv: 'Försäkring', label_en: 'Insurance', sort: 3 },
];

export async function insertTopics(f: Fixture): Promise<void> {
  await f.deps.db.kysely.insertInto('topics').values(TOPICS).execute();
}

export interface ArticleInput {
  slug: string;
  title: string;
  body: string;
  summary?: string;
  kind?: 'article' | 'checklist' | 'tool';
  language?: 'sv' | 'en';
  tags?: string[];
  topicIds?: string[];
  status?: 'draft' | 'published';
}

/** Creates an article through POST /v1/knowledge/articles and returns its id. */
export async function createViaApi(f: Fixture, token: string, a: ArticleInput): Promise<string> {
  const res = await f.app.inject({
    method: 'POST',
    url: '/v1/knowledge/articles',
    headers: bearer(token),
    payload: { kind: 'article', language: 'sv', summary: '', status: 'published', ...a },
  });
  if (res.statusCode !== 201) throw new Error(`creating ${a.slug} failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}
