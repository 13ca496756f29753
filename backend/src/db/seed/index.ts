// Fills an empty, migrated database with deterministic demo data: the topic
// taxonomy, all municipalities, contact cards, a knowledge base, demo staff
// and a year of cases. Same clock day and options → identical rows, on either
// dialect. Never run against a database that holds real data: it refuses to
// run once any user exists.
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Deps } from '../../deps.js';
import type { TopicsTable } from '../schema.js';
import { audit } from '../../audit/service.js';
import { recordChanges, type Change } from '../../sync/change-log.js';
import { insertUser } from '../../users/service.js';
import { createRandom } from './random.js';
import { TOPICS } from './topics.js';
import { MUNICIPALITIES, countyNameOf } from './municipalities.js';
import { buildPartners } from './partners.js';
import { buildArticles } from './knowledge.js';
import { buildCases } from './cases.js';
import { DEMO_LOGINS } from './people.js';
import { staffRows } from './staff.js';
import { cannedRows } from './canned.js';

export { DEMO_LOGINS, type DemoLogin } from './people.js';

export interface SeedOptions {
  /** Cases over the past 365 days; default 3000. */
  cases?: number;
  /** At most this many knowledge articles (a spread-out subset); default all written ones. */
  articles?: number;
}

export interface SeedSummary {
  /** Rows written per table. */
  counts: {
    users: number;
    topics: number;
    municipalities: number;
    partners: number;
    partner_municipalities: number;
    partner_topics: number;
    articles: number;
    article_topics: number;
    consumers: number;
    cases: number;
    case_notes: number;
    referrals: number;
    change_log: number;
  };
  publishedArticles: number;
  /** The case reference counters left for the cases service, e.g. { case_ref_2026: 2712 }. */
  counters: Record<string, number>;
  elapsedMs: number;
}

const DAY = 86_400_000;
/** Rows per INSERT: keeps every statement well under SQLite's bound-parameter limit. */
const CHUNK = 100;
const SEED = 'halla-demo-v1';

async function inChunks<R>(rows: readonly R[], write: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function seedDemo(deps: Deps, opts: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const { kysely } = deps.db;
  const existing = await kysely.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) throw new Error('seedDemo needs an empty database, but users already exist');

  const now = deps.clock.now();
  const today = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const longAgo = new Date(today.getTime() - 400 * DAY).toISOString();

  // Separate streams per kind, so changing the number of cases does not change partner or article ids.
  const userRng = createRandom(`${SEED}:users`);
  const userIds = DEMO_LOGINS.map(() => userRng.uuid());
  await Promise.all(
    DEMO_LOGINS.map((u, i) => insertUser(deps, { username: u.username, displayName: u.displayName, role: u.role, password: u.password }, userIds[i])),
  );
  const idOf = (username: string) => {
    const i = DEMO_LOGINS.findIndex((u) => u.username === username);
    const id = userIds[i];
    if (i < 0 || !id) throw new Error(`No demo user ${username}`);
    return id;
  };
  const advisers = DEMO_LOGINS.filter((u) => u.role === 'adviser').map((u) => ({ id: idOf(u.username), weight: u.username === 'adviser' ? 1.6 : 1 }));
  const editors = [idOf('supervisor'), idOf('admin')];

  const topics: TopicsTable[] = [
    ...TOPICS.map((t, i) => ({ id: t.id, parent_id: null, label_sv: t.sv, label_en: t.en, sort: (i + 1) * 10 })),
    ...TOPICS.flatMap((t) => t.children.map((c, j) => ({ id: c.id, parent_id: t.id, label_sv: c.sv, label_en: c.en, sort: (j + 1) * 10 }))),
  ];
  const municipalities = MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name, county_code: m.countyCode, county_name: countyNameOf(m.countyCode) }));
  const partners = buildPartners(createRandom(`${SEED}:partners`), today, longAgo);
  const knowledge = buildArticles(createRandom(`${SEED}:articles`), today, editors, opts.articles);
  const cases = buildCases({ rng: createRandom(`${SEED}:cases`), today, count: opts.cases ?? 3000, advisers, partners });

  const published = knowledge.articles.filter((a) => a.status === 'published');
  const changes: Change[] = [
    ...topics.map((t): Change => ({ entity: 'topic', id: t.id })),
    ...municipalities.map((m): Change => ({ entity: 'municipality', id: m.code })),
    ...partners.partners.map((p): Change => ({ entity: 'partner', id: p.id })),
    ...published.map((a): Change => ({ entity: 'article', id: a.id })),
    ...cases.changes,
  ];

  const counts: SeedSummary['counts'] = {
    users: DEMO_LOGINS.length,
    topics: topics.length,
    municipalities: municipalities.length,
    partners: partners.partners.length,
    partner_municipalities: partners.municipalities.length,
    partner_topics: partners.topics.length,
    articles: knowledge.articles.length,
    article_topics: knowledge.topics.length,
    consumers: cases.consumers.length,
    cases: cases.cases.length,
    case_notes: cases.notes.length,
    referrals: cases.referrals.length,
    change_log: changes.length,
  };

  // insertUser writes outside this transaction (it hashes and checks on its own
  // handle), so a failure below removes the users again: a retry must not be refused.
  await kysely.transaction().execute(async (trx) => {
    // The staff "worked here" before the first demo case.
    await trx.updateTable('users').set({ created_at: longAgo, updated_at: longAgo }).where('id', 'in', userIds).execute();
    await inChunks(topics, (c) => trx.insertInto('topics').values(c).execute());
    await inChunks(municipalities, (c) => trx.insertInto('municipalities').values(c).execute());
    await inChunks(partners.partners, (c) => trx.insertInto('partners').values(c).execute());
    await inChunks(partners.municipalities, (c) => trx.insertInto('partner_municipalities').values(c).execute());
    await inChunks(partners.topics, (c) => trx.insertInto('partner_topics').values(c).execute());
    await inChunks(knowledge.articles, (c) => trx.insertInto('articles').values(c).execute());
    await inChunks(knowledge.topics, (c) => trx.insertInto('article_topics').values(c).execute());
    await inChunks(cases.consumers, (c) => trx.insertInto('consumers').values(c).execute());
    await inChunks(cases.cases, (c) => trx.insertInto('cases').values(c).execute());
    await inChunks(cases.notes, (c) => trx.insertInto('case_notes').values(c).execute());
    await inChunks(cases.referrals, (c) => trx.insertInto('referrals').values(c).execute());
    const staff = staffRows(DEMO_LOGINS, idOf, now.toISOString());
    await inChunks(staff.profiles, (c) => trx.insertInto('adviser_profiles').values(c).execute());
    await inChunks(staff.presence, (c) => trx.insertInto('adviser_presence').values(c).execute());
    const cannedRng = createRandom(`${SEED}:canned`);
    await inChunks(cannedRows(() => cannedRng.uuid(), idOf('teamlead'), now.toISOString()), (c) => trx.insertInto('canned_responses').values(c).execute());
    for (const counter of cases.counters) {
      await trx
        .insertInto('counters')
        .values(counter)
        .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`excluded.value` }))
        .execute();
    }
    await audit(trx, now, null, { action: 'seed.demo', detail: { ...counts } });
    await recordChanges(trx, now, changes);
  }).catch(async (err: unknown) => {
    await kysely.deleteFrom('users').where('id', 'in', userIds).execute();
    throw err;
  });

  return {
    counts,
    publishedArticles: published.length,
    counters: Object.fromEntries(cases.counters.map((c) => [c.name, c.value])),
    elapsedMs: Math.round(performance.now() - started),
  };
}
