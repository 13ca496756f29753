import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDeps, describeEachDialect, type TestDeps } from '../../../../tests/support/test-db.js';
import { verifyPassword } from '../../auth/passwords.js';
import { HOUR } from '../../shared/clock.js';
import { DEMO_LOGINS, seedDemo, type SeedSummary } from './index.js';

const NOW = '2026-11-25T09:00:00Z';
const CASES = 300;

describeEachDialect('seedDemo', (dialect) => {
  let deps: TestDeps;
  let summary: SeedSummary;
  beforeAll(async () => {
    deps = await createTestDeps(dialect);
    deps.clock.set(NOW);
    summary = await seedDemo(deps, { cases: CASES });
  });
  afterAll(() => deps.drop());

  const count = async (table: 'municipalities' | 'cases' | 'consumers' | 'case_notes' | 'referrals' | 'users' | 'partners' | 'articles' | 'change_log') => {
    const r = await deps.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  };

  it('writes what the summary reports', async () => {
    expect(await count('municipalities')).toBe(290);
    expect(await count('cases')).toBe(CASES);
    expect(summary.counts.cases).toBe(CASES);
    expect(await count('users')).toBe(DEMO_LOGINS.length);
    expect(await count('case_notes')).toBe(summary.counts.case_notes);
    expect(await count('referrals')).toBe(summary.counts.referrals);
    expect(await count('partners')).toBe(summary.counts.partners);
    expect(await count('articles')).toBeGreaterThanOrEqual(220);
    expect(summary.counts.referrals).toBeGreaterThan(0);
  });

  it('publishes at least 200 articles, about 15 % of them in English', async () => {
    const rows = await deps.db.kysely.selectFrom('articles').select(['status', 'language', 'published_at', 'slug']).execute();
    const published = rows.filter((r) => r.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(200);
    expect(published.length).toBe(summary.publishedArticles);
    expect(published.every((r) => r.published_at !== null && r.published_at < NOW)).toBe(true);
    const english = rows.filter((r) => r.language === 'en').length / rows.length;
    expect(english).toBeGreaterThan(0.1);
    expect(english).toBeLessThan(0.2);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
  });

  it('covers every municipality with a consumer guidance and a debt counselling partner', async () => {
    for (const kind of ['municipal_guidance', 'debt_counselling', 'energy_advice'] as const) {
      const uncovered = await deps.db.kysely
        .selectFrom('municipalities as m')
        .select('m.code')
        .where((eb) =>
          eb.not(eb.exists(
            eb.selectFrom('partner_municipalities as pm')
              .innerJoin('partners as p', 'p.id', 'pm.partner_id')
              .select('pm.partner_id')
              .whereRef('pm.municipality_code', '=', 'm.code')
              .where('p.kind', '=', kind),
          )),
        )
        .execute();
      expect(uncovered, kind).toEqual([]);
    }
  });

  it('refers only to existing partners, and to local offices covering the consumer', async () => {
    const rows = await deps.db.kysely
      .selectFrom('referrals as r')
      .innerJoin('cases as c', 'c.id', 'r.case_id')
      .leftJoin('partners as p', 'p.id', 'r.partner_id')
      .leftJoin('consumers as k', 'k.id', 'c.consumer_id')
      .select(['r.partner_id', 'p.id as found', 'p.national', 'k.municipality_code', 'c.outcome', 'c.status'])
      .execute();
    expect(rows.length).toBe(summary.counts.referrals);
    expect(rows.every((r) => r.found !== null && r.outcome === 'referred' && r.status === 'closed')).toBe(true);
    const covering = await deps.db.kysely.selectFrom('partner_municipalities').selectAll().execute();
    const covers = new Set(covering.map((c) => `${c.partner_id}:${c.municipality_code}`));
    for (const r of rows.filter((x) => x.national === 0)) {
      expect(covers.has(`${r.partner_id}:${r.municipality_code}`)).toBe(true);
    }
  });

  it('numbers references uniquely and in creation order per year, and leaves the counters at the last number', async () => {
    const cases = await deps.db.kysely.selectFrom('cases').select(['reference', 'created_at']).orderBy('created_at').orderBy('id').execute();
    expect(new Set(cases.map((c) => c.reference)).size).toBe(cases.length);
    const last = new Map<string, number>();
    for (const c of cases) {
      const m = /^HK-(\d{4})-(\d{6})$/.exec(c.reference);
      expect(m, c.reference).not.toBeNull();
      const [, year = '', num = ''] = m ?? [];
      expect(year).toBe(c.created_at.slice(0, 4));
      expect(Number(num)).toBeGreaterThan(last.get(year) ?? 0);
      last.set(year, Number(num));
    }
    const counters = await deps.db.kysely.selectFrom('counters').selectAll().where('name', 'like', 'case_ref_%').execute();
    expect(Object.fromEntries(counters.map((c) => [c.name, c.value]))).toEqual(
      Object.fromEntries([...last].map(([y, n]) => [`case_ref_${y}`, n])),
    );
  });

  it('keeps every case time in the past year, and closes only closed cases', async () => {
    const rows = await deps.db.kysely.selectFrom('cases').selectAll().execute();
    const today = '2026-11-25T00:00:00.000Z';
    const yearAgo = '2025-11-25T00:00:00.000Z';
    for (const c of rows) {
      expect(c.created_at >= yearAgo && c.created_at < today).toBe(true);
      expect(c.updated_at >= c.created_at && c.updated_at < today).toBe(true);
      expect(c.closed_at === null).toBe(c.status !== 'closed');
      expect(c.outcome === null).toBe(c.status !== 'closed');
      expect(Array.isArray(JSON.parse(c.tags))).toBe(true);
    }
    const phones = await deps.db.kysely.selectFrom('consumers').select(['phone', 'email']).execute();
    expect(phones.every((p) => p.phone === null || /^\+46\d{9}$/.test(p.phone))).toBe(true);
    expect(phones.every((p) => p.email === null || p.email === p.email.toLowerCase())).toBe(true);
  });

  it('records a sync change for every cached row, with the case for case-family rows', async () => {
    const log = await deps.db.kysely
      .selectFrom('change_log')
      .select(['entity', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('case_id').as('withCase')])
      .groupBy('entity')
      .execute();
    const by = Object.fromEntries(log.map((r) => [r.entity, { n: Number(r.n), withCase: Number(r.withCase) }]));
    expect(by.topic?.n).toBe(summary.counts.topics);
    expect(by.municipality?.n).toBe(290);
    expect(by.partner?.n).toBe(summary.counts.partners);
    expect(by.article?.n).toBe(summary.publishedArticles);
    expect(by.consumer?.n).toBe(summary.counts.consumers);
    expect(by.case).toEqual({ n: CASES, withCase: CASES });
    expect(by.note).toEqual({ n: summary.counts.case_notes, withCase: summary.counts.case_notes });
    expect(by.referral).toEqual({ n: summary.counts.referrals, withCase: summary.counts.referrals });
    const seq = await deps.db.kysely.selectFrom('counters').select('value').where('name', '=', 'change_seq').executeTakeFirstOrThrow();
    expect(seq.value).toBe(await count('change_log'));
  });

  it('gives every case worker a live-work profile, offline at first, with phones, written channels and English covered', async () => {
    const k = deps.db.kysely;
    const workers = await k.selectFrom('users').select('id').where('role', '!=', 'admin').execute();
    const profiles = await k.selectFrom('adviser_profiles').selectAll().execute();
    const presence = await k.selectFrom('adviser_presence').selectAll().execute();
    expect(profiles.map((p) => p.user_id).sort()).toEqual(workers.map((w) => w.id).sort());
    expect(presence.every((p) => p.intent === 'offline' && p.state === 'offline')).toBe(true);
    const takes = (channel: string) => profiles.filter((p) => (JSON.parse(p.channels) as string[]).includes(channel)).length;
    for (const channel of ['phone', 'callback', 'chat', 'email', 'forum', 'social']) expect(takes(channel), channel).toBeGreaterThanOrEqual(3);
    expect(profiles.filter((p) => (JSON.parse(p.languages) as string[]).includes('en')).length).toBeGreaterThanOrEqual(3);
    const admin = await k.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow();
    expect(profiles.some((p) => p.user_id === admin.id)).toBe(false);
  });

  it('gives the team canned chat responses in both languages, with the variables the workstation fills', async () => {
    const rows = await deps.db.kysely.selectFrom('canned_responses').selectAll().execute();
    expect(rows.filter((r) => r.language === 'sv').length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.language === 'en').length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.body.includes('{{name}}')) && rows.some((r) => r.body.includes('{{reference}}'))).toBe(true);
  });

  it('stores demo passwords that verify, and only those', async () => {
    const user = await deps.db.kysely.selectFrom('users').selectAll().where('username', '=', 'adviser').executeTakeFirstOrThrow();
    expect(await verifyPassword('demo-adviser', user.password_hash)).toBe(true);
    expect(await verifyPassword('demo-admin', user.password_hash)).toBe(false);
    const lead = await deps.db.kysely.selectFrom('users').select('role').where('username', '=', 'teamlead').executeTakeFirstOrThrow();
    expect(lead.role).toBe('team_lead');
  });

  it('refuses to seed a database that already has users, and writes nothing', async () => {
    const before = await count('change_log');
    await expect(seedDemo(deps, { cases: 10 })).rejects.toThrow(/users already exist/);
    expect(await count('cases')).toBe(CASES);
    expect(await count('change_log')).toBe(before);
  });

  it('produces identical rows on a second empty database with the same clock day', async () => {
    const other = await createTestDeps(dialect);
    try {
      other.clock.set(new Date(new Date(NOW).getTime() + 5 * HOUR));
      await seedDemo(other, { cases: CASES });
      const dump = async (d: TestDeps) => ({
        cases: await d.db.kysely.selectFrom('cases').selectAll().orderBy('id').execute(),
        consumers: await d.db.kysely.selectFrom('consumers').selectAll().orderBy('id').execute(),
        notes: await d.db.kysely.selectFrom('case_notes').selectAll().orderBy('id').execute(),
        referrals: await d.db.kysely.selectFrom('referrals').selectAll().orderBy('id').execute(),
        partners: await d.db.kysely.selectFrom('partners').selectAll().orderBy('id').execute(),
        articles: await d.db.kysely.selectFrom('articles').select(['id', 'slug', 'body', 'status', 'published_at']).orderBy('id').execute(),
        users: await d.db.kysely.selectFrom('users').select(['id', 'username', 'role', 'created_at']).orderBy('id').execute(),
        changes: await d.db.kysely.selectFrom('change_log').select(['entity', 'entity_id', 'seq', 'case_id']).orderBy('seq').execute(),
      });
      expect(await dump(other)).toEqual(await dump(deps));
    } finally {
      await other.drop();
    }
  });

  it('removes its users again when the data cannot be written, so a retry is possible', async () => {
    const other = await createTestDeps(dialect);
    try {
      // A topic already present makes the bulk insert collide inside the transaction.
      await other.db.kysely.insertInto('topics').values({ id: 'goods', parent_id: null, label_sv: 'x', label_en: 'x', sort: 0 }).execute();
      await expect(seedDemo(other, { cases: 10 })).rejects.toThrow();
      const users = await other.db.kysely.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
      expect(await other.db.kysely.selectFrom('cases').select('id').execute()).toEqual([]);
    } finally {
      await other.drop();
    }
  });
});
