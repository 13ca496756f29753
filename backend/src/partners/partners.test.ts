import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import type { PartnerKind, Role } from '../db/schema.js';
import type { OpeningHours } from './opening-hours.js';

const office: Array<[string, string]> = [['08:00', '12:00'], ['13:00', '16:00']];
const weekdays: OpeningHours = {
  weekly: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] },
  exceptions: [],
};
const saturdaysOnly: OpeningHours = {
  weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [['10:00', '14:00']], sun: [] },
  exceptions: [],
};
const neverOpen: OpeningHours = { weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, exceptions: [] };

interface SeedPartner {
  id: string;
  name: string;
  kind: PartnerKind;
  municipalities: string[];
  topics: string[];
  hours: OpeningHours;
  active?: boolean;
}

// Wednesday 2026-11-25 10:00 Stockholm (the fixture clock's default).
const WEDNESDAY_MORNING = '2026-11-25T09:00:00.000Z';

const SEED: SeedPartner[] = [
  { id: 'p-sthlm-exact', name: 'Konsumentvägledning Stockholm', kind: 'municipal_guidance', municipalities: ['0180'], topics: ['purchase.complaint'], hours: weekdays },
  { id: 'p-sthlm-closed', name: 'Aaa Lördagsvägledning Stockholm', kind: 'municipal_guidance', municipalities: ['0180'], topics: ['purchase.complaint'], hours: saturdaysOnly },
  { id: 'p-sthlm-parent', name: 'Köpcentrum Stockholm', kind: 'municipal_guidance', municipalities: ['0180', '1480'], topics: ['purchase'], hours: weekdays },
  { id: 'p-arn', name: 'ARN', kind: 'disputes_board', municipalities: [], topics: ['purchase.complaint'], hours: weekdays },
  { id: 'p-ecc', name: 'Konsument Europa', kind: 'ecc', municipalities: [], topics: ['purchase'], hours: neverOpen },
  { id: 'p-inactive', name: 'Nedlagd vägledning', kind: 'municipal_guidance', municipalities: ['0180'], topics: ['purchase.complaint'], hours: weekdays, active: false },
  { id: 'p-orebro', name: 'Konsumentvägledning Örebro', kind: 'municipal_guidance', municipalities: ['1880'], topics: ['purchase.complaint'], hours: weekdays },
  { id: 'p-debt-gbg', name: 'Budget- och skuldrådgivning Göteborg', kind: 'debt_counselling', municipalities: ['1480'], topics: ['debt'], hours: weekdays },
];

const validCard = (over: Record<string, unknown> = {}) => ({
  kind: 'consumer_bureau',
  name: 'Konsumenternas Bank- och finansbyrå',
  descriptionSv: 'Opartisk vägledning om bank och finans',
  national: true,
  topics: ['debt'],
  phone: '0200-22 58 00',
  email: 'info@example.se',
  web: 'https://www.konsumenternas.se',
  referralMethod: 'informed',
  openingHours: weekdays,
  ...over,
});

describeEachDialect('partners', (dialect) => {
  let f: Fixture;
  // Sessions expire when the clock jumps, so tokens are minted per clock reading.
  const tokens = new Map<string, string>();
  const tokenOf = async (role: Role) => {
    const key = `${role}@${f.deps.clock.now().toISOString()}`;
    const cached = tokens.get(key);
    if (cached) return cached;
    const token = await f.tokenFor(role);
    tokens.set(key, token);
    return token;
  };

  beforeAll(async () => {
    f = await createFixture(dialect);
    const db = f.deps.db.kysely;
    await db
      .insertInto('topics')
      .values([
        { id: 'purchase', parent_id: null, label_sv: 'Köp av varor', label_en: 'Buying goods', sort: 1 },
        { id: 'purchase.complaint', parent_id: 'purchase', label_sv: 'Reklamation', label_en: 'Complaints', sort: 2 },
        { id: 'debt', parent_id: null, label_sv: 'Skulder', label_en: 'Debt', sort: 3 },
      ])
      .execute();
    await db
      .insertInto('municipalities')
      .values([
        { code: '0180', name: 'Stockholm', county_code: '01', county_name: 'Stockholms län' },
        { code: '1880', name: 'Örebro', county_code: '18', county_name: 'Örebro län' },
        { code: '1480', name: 'Göteborg', county_code: '14', county_name: 'Västra Götalands län' },
        { code: '1280', name: 'Malmö', county_code: '12', county_name: 'Skåne län' },
      ])
      .execute();
    const at = '2026-01-01T00:00:00.000Z';
    for (const p of SEED) {
      await db
        .insertInto('partners')
        .values({
          id: p.id,
          kind: p.kind,
          name: p.name,
          description_sv: '',
          description_en: '',
          national: p.municipalities.length === 0 ? 1 : 0,
          phone: '010-123 45 67',
          email: null,
          web: null,
          referral_method: 'informed',
          referral_instructions_sv: '',
          referral_instructions_en: '',
          opening_hours: JSON.stringify(p.hours),
          active: p.active === false ? 0 : 1,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      if (p.municipalities.length > 0) {
        await db.insertInto('partner_municipalities').values(p.municipalities.map((m) => ({ partner_id: p.id, municipality_code: m }))).execute();
      }
      await db.insertInto('partner_topics').values(p.topics.map((t) => ({ partner_id: p.id, topic_id: t }))).execute();
    }
  });
  afterAll(() => f.close());

  const get = async (url: string, role: Role = 'adviser') => f.app.inject({ method: 'GET', url, headers: bearer(await tokenOf(role)) });
  const post = async (payload: object, role: Role = 'supervisor') =>
    f.app.inject({ method: 'POST', url: '/v1/partners', payload, headers: bearer(await tokenOf(role)) });
  const patch = async (id: string, payload: object, role: Role = 'supervisor') =>
    f.app.inject({ method: 'PATCH', url: `/v1/partners/${id}`, payload, headers: bearer(await tokenOf(role)) });
  const partnerCount = async () => (await f.deps.db.kysely.selectFrom('partners').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const changeOf = (id: string) =>
    f.deps.db.kysely.selectFrom('change_log').selectAll().where('entity', '=', 'partner').where('entity_id', '=', id).executeTakeFirst();

  describe('lookup', () => {
    it('ranks local exact > local parent > national, open before closed within a class, and says why', async () => {
      f.deps.clock.set(WEDNESDAY_MORNING);
      const res = await get('/v1/partners/lookup?topic=purchase.complaint&municipality=0180');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.at).toBe(WEDNESDAY_MORNING);
      expect(body.items.map((i: { partner: { id: string } }) => i.partner.id)).toEqual([
        'p-sthlm-exact', // local, exact, open
        'p-sthlm-closed', // local, exact, closed: its name sorts first, but it is closed
        'p-sthlm-parent', // local, parent topic
        'p-arn', // national, exact
        'p-ecc', // national, parent, closed
      ]);
      expect(body.items[0]).toMatchObject({ rank: 7, reasons: ['topic_exact', 'local', 'open_now'] });
      expect(body.items[1]).toMatchObject({ rank: 6, reasons: ['topic_exact', 'local'] });
      expect(body.items[2]).toMatchObject({ rank: 5, reasons: ['topic_parent', 'local', 'open_now'] });
      expect(body.items[3]).toMatchObject({ rank: 3, reasons: ['topic_exact', 'national', 'open_now'] });
      expect(body.items[4]).toMatchObject({ rank: 0, reasons: ['topic_parent', 'national'] });
      expect(body.items[0].partner).toMatchObject({ name: 'Konsumentvägledning Stockholm', openNow: true, municipalities: ['0180'] });
    });

    it('evaluates opening hours at the requested moment: in the evening both local ones are closed and go by name', async () => {
      const res = await get('/v1/partners/lookup?topic=purchase.complaint&municipality=0180&at=2026-11-25T20:00:00Z');
      const ids = res.json().items.map((i: { partner: { id: string } }) => i.partner.id);
      expect(ids.slice(0, 2)).toEqual(['p-sthlm-closed', 'p-sthlm-exact']);
      expect(res.json().items[1].partner).toMatchObject({ openNow: false, nextOpening: '2026-11-26T07:00:00.000Z' });
    });

    it('on Saturday the Saturday-only partner is the one open', async () => {
      const res = await get('/v1/partners/lookup?topic=purchase.complaint&municipality=0180&at=2026-11-28T10:00:00Z');
      expect(res.json().items[0]).toMatchObject({ partner: { id: 'p-sthlm-closed', openNow: true }, rank: 7 });
    });

    it('matches a partner handling the parent topic only through the child, not the other way round', async () => {
      const res = await get('/v1/partners/lookup?topic=purchase&municipality=0180');
      const ids = res.json().items.map((i: { partner: { id: string } }) => i.partner.id);
      expect(ids).toEqual(['p-sthlm-parent', 'p-ecc']);
    });

    it('leaves out partners of other municipalities and inactive ones', async () => {
      const res = await get('/v1/partners/lookup?topic=purchase.complaint&municipality=1880');
      const ids = res.json().items.map((i: { partner: { id: string } }) => i.partner.id);
      expect(ids).toEqual(['p-orebro', 'p-arn', 'p-ecc']);
    });

    it('refuses an unknown topic or municipality with 422', async () => {
      const topic = await get('/v1/partners/lookup?topic=nope&municipality=0180');
      expect(topic.statusCode).toBe(422);
      expect(topic.json()).toMatchObject({ code: 'invalid_reference', field: 'topic' });
      const municipality = await get('/v1/partners/lookup?topic=debt&municipality=9999');
      expect(municipality.statusCode).toBe(422);
      expect(municipality.json()).toMatchObject({ code: 'invalid_reference', field: 'municipality' });
      expect((await get('/v1/partners/lookup?topic=debt')).statusCode).toBe(400);
    });
  });

  describe('contact cards', () => {
    it('shows openNow and nextOpening as of the clock', async () => {
      f.deps.clock.set(WEDNESDAY_MORNING);
      const open = (await get('/v1/partners/p-sthlm-exact')).json();
      expect(open).toMatchObject({ id: 'p-sthlm-exact', kind: 'municipal_guidance', national: false, topics: ['purchase.complaint'], openNow: true, nextOpening: '2026-11-25T12:00:00.000Z', active: true, version: 1 });
      expect(open.openingHours).toEqual(weekdays);
      f.deps.clock.set('2026-11-25T11:30:00Z'); // 12:30, lunch
      expect((await get('/v1/partners/p-sthlm-exact')).json()).toMatchObject({ openNow: false, nextOpening: '2026-11-25T12:00:00.000Z' });
      f.deps.clock.set('2026-11-27T16:00:00Z'); // Friday 17:00
      expect((await get('/v1/partners/p-sthlm-exact')).json()).toMatchObject({ openNow: false, nextOpening: '2026-11-30T07:00:00.000Z' });
      expect((await get('/v1/partners/p-ecc')).json()).toMatchObject({ openNow: false, nextOpening: null, national: true, municipalities: [] });
      f.deps.clock.set(WEDNESDAY_MORNING);
    });

    it('is 404 for an unknown id', async () => {
      const res = await get('/v1/partners/p-nope');
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    });

    it('lists municipalities by name', async () => {
      const res = await get('/v1/municipalities');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual([
        { code: '1480', name: 'Göteborg', countyCode: '14', countyName: 'Västra Götalands län' },
        { code: '1280', name: 'Malmö', countyCode: '12', countyName: 'Skåne län' },
        { code: '0180', name: 'Stockholm', countyCode: '01', countyName: 'Stockholms län' },
        { code: '1880', name: 'Örebro', countyCode: '18', countyName: 'Örebro län' },
      ]);
    });
  });

  describe('list', () => {
    const ids = async (query: string) => {
      const res = await get(`/v1/partners${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().items.map((p: { id: string }) => p.id);
    };

    it('filters by kind, municipality (local or national), topic (or its parent) and name', async () => {
      expect(await ids('?kind=debt_counselling')).toEqual(['p-debt-gbg']);
      expect(await ids('?municipality=1480')).toEqual(['p-arn', 'p-debt-gbg', 'p-ecc', 'p-sthlm-parent']);
      expect(await ids('?topic=debt')).toEqual(['p-debt-gbg']);
      expect(await ids('?topic=purchase')).toEqual(['p-ecc', 'p-sthlm-parent']);
      expect(await ids('?topic=purchase.complaint&municipality=1880')).toEqual(['p-arn', 'p-ecc', 'p-orebro']);
      expect(await ids('?q=ÖREBRO')).toEqual(['p-orebro']);
      expect(await ids('?q=stockholm')).toEqual(['p-sthlm-closed', 'p-sthlm-exact', 'p-sthlm-parent']);
      expect(await ids('?q=%25')).toEqual([]);
      expect(await ids('?kind=municipal_guidance&municipality=0180&q=k%C3%B6p')).toEqual(['p-sthlm-parent']);
    });

    it('hides inactive partners unless asked', async () => {
      expect(await ids('?q=nedlagd')).toEqual([]);
      expect(await ids('?q=nedlagd&includeInactive=true')).toEqual(['p-inactive']);
    });

    it('pages through every partner once, in name order, with openNow on each', async () => {
      const all = await ids('?includeInactive=true&limit=200');
      expect(all).toHaveLength(SEED.length);
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const url: string = `/v1/partners?includeInactive=true&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await get(url)).json();
        expect(page.items.length).toBeLessThanOrEqual(3);
        for (const item of page.items) expect(typeof item.openNow).toBe('boolean');
        seen.push(...page.items.map((p: { id: string }) => p.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses unknown filter references and bad cursors', async () => {
      expect((await get('/v1/partners?municipality=9999')).statusCode).toBe(422);
      expect((await get('/v1/partners?topic=nope')).statusCode).toBe(422);
      expect((await get('/v1/partners?cursor=garbage')).statusCode).toBe(400);
      expect((await get('/v1/partners?kind=bank')).statusCode).toBe(400);
      expect((await get('/v1/partners?colour=red')).statusCode).toBe(400);
    });
  });

  describe('editing', () => {
    it('creates a card, audits it and records a change for the desktops', async () => {
      const res = await post(validCard({ id: 'p-bank' }));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ id: 'p-bank', national: true, municipalities: [], topics: ['debt'], version: 1, active: true, openNow: true });
      expect(await changeOf('p-bank')).toMatchObject({ deleted: 0 });
      const audit = await f.deps.db.kysely.selectFrom('audit_log').selectAll().where('entity_id', '=', 'p-bank').execute();
      expect(audit.map((a) => a.action)).toEqual(['partner.create']);
      expect((await get('/v1/partners/p-bank')).json().name).toBe('Konsumenternas Bank- och finansbyrå');
      expect((await post(validCard({ id: 'p-bank' }))).statusCode).toBe(409);
    });

    it('lets an admin create too, with a generated id and local coverage', async () => {
      const res = await post(validCard({ national: false, municipalities: ['1280', '1280'], web: null }), 'admin');
      expect(res.statusCode).toBe(201);
      expect(res.json().id).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.json().municipalities).toEqual(['1280']);
    });

    it('forbids advisers and team leads to create or change cards', async () => {
      const before = await partnerCount();
      const asAdviser = await post(validCard(), 'adviser');
      expect(asAdviser.statusCode).toBe(403);
      expect(asAdviser.json().code).toBe('forbidden');
      expect((await patch('p-arn', { version: 1, name: 'x' }, 'team_lead')).statusCode).toBe(403);
      expect(await partnerCount()).toBe(before);
    });

    const schemaErrors: Array<[string, Record<string, unknown>]> = [
      ['a missing name', { name: undefined }],
      ['an e-mail address without @', { email: 'info.example.se' }],
      ['a web address that is not http(s)', { web: 'ftp://example.se' }],
      ['a web address that is no URL', { web: 'www.example.se' }],
      ['an unknown kind', { kind: 'bank' }],
      ['an unknown field', { colour: 'red' }],
      ['a malformed municipality code', { national: false, municipalities: ['180'] }],
      ['malformed opening hours', { openingHours: { weekly: { mon: [] }, exceptions: [] } }],
      ['opening hours closing before opening', { openingHours: { ...weekdays, weekly: { ...weekdays.weekly, mon: [['16:00', '08:00']] } } }],
      ['a national partner listing municipalities', { municipalities: ['0180'] }],
      ['a local partner listing none', { national: false, municipalities: [] }],
    ];
    it.each(schemaErrors)('rejects %s with 400 and writes nothing', async (_why, over) => {
      const before = await partnerCount();
      const res = await post(validCard(over));
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(await partnerCount()).toBe(before);
    });

    it('rejects unknown municipality codes and topic ids with 422 and writes nothing', async () => {
      const before = await partnerCount();
      const municipality = await post(validCard({ id: 'p-bad-m', national: false, municipalities: ['0180', '9999'] }));
      expect(municipality.statusCode).toBe(422);
      expect(municipality.json()).toMatchObject({ code: 'invalid_reference', field: 'municipalities' });
      const topic = await post(validCard({ id: 'p-bad-t', topics: ['debt', 'nope'] }));
      expect(topic.statusCode).toBe(422);
      expect(topic.json()).toMatchObject({ code: 'invalid_reference', field: 'topics' });
      expect(await partnerCount()).toBe(before);
      expect(await changeOf('p-bad-m')).toBeUndefined();
      const patched = await patch('p-arn', { version: 1, topics: ['nope'] });
      expect(patched.statusCode).toBe(422);
      expect((await get('/v1/partners/p-arn')).json()).toMatchObject({ version: 1, topics: ['purchase.complaint'] });
    });

    it('updates with the current version, and refuses a stale one with 409 and the current card, writing nothing', async () => {
      const ok = await patch('p-orebro', { version: 1, name: 'Konsumentvägledning Örebro kommun', topics: ['purchase', 'purchase.complaint'], web: 'https://www.orebro.se' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ version: 2, name: 'Konsumentvägledning Örebro kommun', topics: ['purchase', 'purchase.complaint'], municipalities: ['1880'] });
      const changeAfterOk = await changeOf('p-orebro');
      const auditCount = async () => (await f.deps.db.kysely.selectFrom('audit_log').select('id').where('entity_id', '=', 'p-orebro').execute()).length;
      const auditsBefore = await auditCount();

      const stale = await patch('p-orebro', { version: 1, name: 'Lost update', municipalities: ['0180'] });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { id: 'p-orebro', name: 'Konsumentvägledning Örebro kommun', version: 2 } });
      const now = (await get('/v1/partners/p-orebro')).json();
      expect(now).toMatchObject({ version: 2, name: 'Konsumentvägledning Örebro kommun', municipalities: ['1880'] });
      expect(await auditCount()).toBe(auditsBefore);
      expect(await changeOf('p-orebro')).toEqual(changeAfterOk);
    });

    it('validates a change against the card as it would become', async () => {
      const res = await patch('p-debt-gbg', { version: 1, national: true });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ path: '/municipalities' });
      const both = await patch('p-debt-gbg', { version: 1, national: true, municipalities: [] });
      expect(both.statusCode).toBe(200);
      expect(both.json()).toMatchObject({ national: true, municipalities: [], version: 2 });
      expect((await patch('p-debt-gbg', { version: 2 })).statusCode).toBe(400);
      expect((await patch('p-debt-gbg', { version: 2, email: 'not-an-email' })).statusCode).toBe(400);
      expect((await patch('p-missing', { version: 1, name: 'x' })).statusCode).toBe(404);
    });

    it('deactivation withdraws the card from desktops and lookups; reactivation brings it back', async () => {
      const seqBefore = (await changeOf('p-arn'))?.seq ?? 0;
      const off = await patch('p-arn', { version: 1, active: false });
      expect(off.statusCode).toBe(200);
      expect(off.json()).toMatchObject({ active: false, version: 2 });
      const offChange = await changeOf('p-arn');
      expect(offChange).toMatchObject({ entity: 'partner', deleted: 1, case_id: null, changed_at: f.deps.clock.now().toISOString() });
      expect(offChange?.seq).toBeGreaterThan(seqBefore);
      const lookup = (await get('/v1/partners/lookup?topic=purchase.complaint&municipality=0180')).json();
      expect(lookup.items.map((i: { partner: { id: string } }) => i.partner.id)).not.toContain('p-arn');

      const on = await patch('p-arn', { version: 2, active: true });
      expect(on.statusCode).toBe(200);
      const onChange = await changeOf('p-arn');
      expect(onChange).toMatchObject({ deleted: 0 });
      expect(onChange?.seq).toBeGreaterThan(offChange?.seq ?? 0);
      const audits = await f.deps.db.kysely.selectFrom('audit_log').select('action').where('entity_id', '=', 'p-arn').execute();
      expect(audits.map((a) => a.action)).toEqual(['partner.update', 'partner.update']);
    });
  });
});
