// Canned responses through the API, on both dialects: who may read and who
// may write, search by words with diacritics folded, the language filter,
// stale versions refused with 409 (also when two leads save at once),
// removal hiding a response, and bad input refused with 400 — with nothing
// written whenever a request is refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import type { components } from '../../../api-client/src/index.js';
import type { Role } from '../db/schema.js';

type Canned = components['schemas']['CannedResponse'];

describeEachDialect('canned responses', (dialect) => {
  let f: Fixture;
  const tokens = {} as Record<Role, string>;
  const call = async <T = Canned>(role: Role | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const res = await f.app.inject({ method, url, headers: role ? bearer(tokens[role]) : {}, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: (res.body ? res.json() : null) as T };
  };
  const list = async (query = '') => (await call<Canned[]>('adviser', 'GET', `/v1/canned-responses${query}`)).body;
  const create = async (body: object, role: Role = 'team_lead') => {
    const res = await call(role, 'POST', '/v1/canned-responses', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  const rows = () => f.deps.db.kysely.selectFrom('canned_responses').selectAll().execute();
  const audits = (action: string, ids: string[]) =>
    f.deps.db.kysely.selectFrom('audit_log').select(['user_id', 'entity_id']).where('action', '=', action).where('entity_id', 'in', ids).execute();

  beforeAll(async () => {
    f = await createFixture(dialect);
    for (const role of ['adviser', 'team_lead', 'supervisor', 'admin'] as const) tokens[role] = await f.tokenFor(role);
  });
  afterAll(() => f.close());
  beforeEach(async () => {
    await f.deps.db.kysely.deleteFrom('canned_responses').execute();
  });

  describe('who may do what', () => {
    it('lets advisers, team leads and supervisors read, and nobody else', async () => {
      await create({ language: 'sv', title: 'Hälsning', body: 'Hej {{name}}!' });
      for (const role of ['adviser', 'team_lead', 'supervisor'] as const) expect((await call<Canned[]>(role, 'GET', '/v1/canned-responses')).body).toHaveLength(1);
      expect((await call('admin', 'GET', '/v1/canned-responses')).status).toBe(403);
      expect((await call(null, 'GET', '/v1/canned-responses')).status).toBe(401);
    });

    it('lets team leads and supervisors write, and refuses advisers, admins and no login without writing anything', async () => {
      const byLead = await create({ language: 'sv', title: 'Ångerrätt', body: '14 dagar.' }, 'team_lead');
      const bySupervisor = await create({ language: 'en', title: 'Right of withdrawal', body: '14 days.' }, 'supervisor');
      expect((await audits('canned.create', [byLead.id, bySupervisor.id])).map((a) => [a.user_id, a.entity_id]).sort()).toEqual(
        [[f.users.team_lead, byLead.id], [f.users.supervisor, bySupervisor.id]].sort(),
      );
      const before = await rows();
      for (const role of ['adviser', 'admin', null] as const) {
        const expected = role ? 403 : 401;
        expect((await call(role, 'POST', '/v1/canned-responses', { language: 'sv', title: 'Ny', body: 'Text' })).status).toBe(expected);
        expect((await call(role, 'PATCH', `/v1/canned-responses/${byLead.id}`, { version: 1, title: 'Ändrad' })).status).toBe(expected);
        expect((await call(role, 'DELETE', `/v1/canned-responses/${byLead.id}`)).status).toBe(expected);
      }
      expect(await rows()).toEqual(before);
    });
  });

  describe('finding', () => {
    beforeEach(async () => {
      await create({ language: 'sv', title: 'Försäkring vid resa', body: 'Kontakta ditt försäkringsbolag först.', tags: ['hemförsäkring', 'resa'] });
      await create({ language: 'sv', title: 'Reklamation', body: 'Du har tre år på dig att reklamera.', tags: ['köp'] });
      await create({ language: 'en', title: 'Insurance claims', body: 'Contact your insurer (försäkringsbolag) first.' });
    });

    it('finds by words in the title, the text or the tags, folding case and diacritics, every word having to match', async () => {
      expect((await list('?q=forsakring')).map((c) => c.title)).toEqual(['Försäkring vid resa', 'Insurance claims']);
      expect((await list('?q=FÖRSÄKRING')).map((c) => c.title)).toEqual(['Försäkring vid resa', 'Insurance claims']);
      expect((await list('?q=hemforsakring')).map((c) => c.title)).toEqual(['Försäkring vid resa']);
      expect((await list('?q=reklam%20tre')).map((c) => c.title)).toEqual(['Reklamation']);
      expect((await list('?q=reklam%20resa')).map((c) => c.title)).toEqual([]);
      expect((await list('?q=%20%20')).map((c) => c.title)).toEqual(['Försäkring vid resa', 'Insurance claims', 'Reklamation']);
    });

    it('filters by language, alone or with words', async () => {
      expect((await list('?language=sv')).map((c) => c.title)).toEqual(['Försäkring vid resa', 'Reklamation']);
      expect((await list('?language=en&q=forsakring')).map((c) => c.title)).toEqual(['Insurance claims']);
      expect((await list('?language=en&q=reklamation')).map((c) => c.title)).toEqual([]);
    });
  });

  describe('changing and removing', () => {
    it('changes a response with the version it was read at, and refuses a stale one with 409 and the current version', async () => {
      const c = await create({ language: 'sv', title: 'Hälsning', body: 'Hej!', tags: ['start'] });
      const changed = await call('team_lead', 'PATCH', `/v1/canned-responses/${c.id}`, { version: 1, body: '  Hej {{name}}, jag heter {{adviser}}.  ' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id: c.id, version: 2, title: 'Hälsning', body: 'Hej {{name}}, jag heter {{adviser}}.', tags: ['start'] });
      const stale = await call<{ code: string; current: Canned }>('supervisor', 'PATCH', `/v1/canned-responses/${c.id}`, { version: 1, title: 'Min version' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'version_conflict', current: { version: 2, title: 'Hälsning' } });
      expect((await list()).map((x) => [x.title, x.version])).toEqual([['Hälsning', 2]]);
    });

    it('accepts exactly one of two changes made at once from the same version', async () => {
      const c = await create({ language: 'sv', title: 'Hälsning', body: 'Hej!' });
      const [one, two] = await Promise.all([
        call('team_lead', 'PATCH', `/v1/canned-responses/${c.id}`, { version: 1, title: 'Från teamledaren' }),
        call('supervisor', 'PATCH', `/v1/canned-responses/${c.id}`, { version: 1, title: 'Från handledaren' }),
      ]);
      expect([one.status, two.status].sort()).toEqual([200, 409]);
      const winner = one.status === 200 ? one.body : two.body;
      expect((await list()).map((x) => [x.title, x.version])).toEqual([[winner.title, 2]]);
      expect(await audits('canned.update', [c.id])).toHaveLength(1);
    });

    it('hides a removed response from every list and search, and refuses to change or remove it again', async () => {
      const gone = await create({ language: 'sv', title: 'Gammal rutin', body: 'Gäller inte längre.' });
      const kept = await create({ language: 'sv', title: 'Ny rutin', body: 'Gäller nu.' });
      expect((await call('supervisor', 'DELETE', `/v1/canned-responses/${gone.id}`)).status).toBe(204);
      expect((await list()).map((x) => x.id)).toEqual([kept.id]);
      expect(await list('?q=gammal')).toEqual([]);
      expect((await call('team_lead', 'PATCH', `/v1/canned-responses/${gone.id}`, { version: 1, title: 'Tillbaka' })).status).toBe(404);
      expect((await call('team_lead', 'DELETE', `/v1/canned-responses/${gone.id}`)).status).toBe(404);
      expect((await call('team_lead', 'DELETE', '/v1/canned-responses/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await audits('canned.remove', [gone.id, kept.id])).map((a) => a.entity_id)).toEqual([gone.id]);
    });
  });

  describe('bad input', () => {
    it('refuses malformed responses and changes with 400, writing nothing', async () => {
      const c = await create({ language: 'sv', title: 'Hälsning', body: 'Hej!' });
      const refusedCreate = [
        {},
        { language: 'sv', title: 'Utan text' },
        { language: 'fi', title: 'Hei', body: 'Moi' },
        { language: 'sv', title: '', body: 'Tom rubrik' },
        { language: 'sv', title: '   ', body: 'Blank rubrik' },
        { language: 'sv', title: 'Blank text', body: ' \n ' },
        { language: 'sv', title: 'x'.repeat(121), body: 'För lång rubrik' },
        { language: 'sv', title: 'Text', body: 'x'.repeat(2001) },
        { language: 'sv', title: 'Taggar', body: 'Text', tags: Array.from({ length: 13 }, (_, i) => `t${i}`) },
        { language: 'sv', title: 'Taggar', body: 'Text', tags: [''] },
        { language: 'sv', title: 'Okänt fält', body: 'Text', active: 0 },
      ];
      for (const body of refusedCreate) expect((await call('team_lead', 'POST', '/v1/canned-responses', body)).status, JSON.stringify(body)).toBe(400);
      const refusedPatch = [{ version: 1 }, { title: 'Utan version' }, { version: 0, title: 'Noll' }, { version: 1, title: '  ' }, { version: 1, language: 'de' }, { version: 1, extra: true }];
      for (const body of refusedPatch) expect((await call('team_lead', 'PATCH', `/v1/canned-responses/${c.id}`, body)).status, JSON.stringify(body)).toBe(400);
      expect((await call('team_lead', 'PATCH', '/v1/canned-responses/bad%20id', { version: 1, title: 'x' })).status).toBe(400);
      expect((await call('adviser', 'GET', '/v1/canned-responses?language=fi')).status).toBe(400);
      expect((await call('adviser', 'GET', `/v1/canned-responses?q=${'x'.repeat(101)}`)).status).toBe(400);
      expect((await call('adviser', 'GET', '/v1/canned-responses?sort=title')).status).toBe(400);
      expect((await rows()).map((r) => [r.title, r.version])).toEqual([['Hälsning', 1]]);
    });
  });
});
