import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { MINUTE } from '../shared/clock.js';

describeEachDialect('cases', (dialect) => {
  let f: Fixture;
  let adviser: string;
  let lead: string;
  let partnerId: string;
  beforeAll(async () => {
    f = await createFixture(dialect);
    ({ partnerId } = await insertBasics(f.deps));
    adviser = await f.tokenFor('adviser');
    lead = await f.tokenFor('team_lead');
  });
  afterAll(() => f.close());

  const req = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    f.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
  const create = async (payload: object, token = adviser) => {
    const res = await req(token, 'POST', '/v1/cases', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('creates a case with a reference, the consumer and a first note', async () => {
    const c = await create({
      channel: 'phone',
      language: 'sv',
      topicId: 'goods.complaint',
      subject: 'Trasig tvättmaskin',
      consumer: { name: 'Anna Berg', phone: '070-123 45 67', municipalityCode: '0380' },
      note: 'Konsumenten vill reklamera.',
      tags: ['Vitvaror', 'vitvaror'],
    });
    expect(c.reference).toMatch(/^HK-\d{4}-\d{6}$/);
    expect(c.status).toBe('open');
    expect(c.version).toBe(1);
    expect(c.assignedAdviserId).toBe(f.users.adviser);
    expect(c.consumer).toMatchObject({ name: 'Anna Berg', phone: '+46701234567', municipalityCode: '0380' });
    expect(c.notes).toHaveLength(1);
    expect(c.tags).toEqual(['vitvaror']);
  });

  it('reuses the consumer when the phone matches, however it is typed, and fills missing fields', async () => {
    const a = await create({ channel: 'phone', language: 'sv', consumer: { phone: '+46 73 555 00 11' } });
    const b = await create({ channel: 'email', language: 'sv', consumer: { phone: '0735550011', email: 'Kalle@Example.se' } });
    expect(b.consumerId).toBe(a.consumerId);
    expect(b.consumer.email).toBe('kalle@example.se');
    const c = await create({ channel: 'chat', language: 'en', consumer: { email: 'kalle@example.se' } });
    expect(c.consumerId).toBe(a.consumerId);
  });

  it('numbers references uniquely and in order', async () => {
    const refs = [];
    for (let i = 0; i < 3; i++) refs.push((await create({ channel: 'forum', language: 'sv' })).reference);
    expect(new Set(refs).size).toBe(3);
    expect([...refs].sort()).toEqual(refs);
  });

  it('audits every read of a case', async () => {
    const c = await create({ channel: 'phone', language: 'sv', consumer: { name: 'Audit Person' } });
    const before = await f.deps.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'case.read').where('entity_id', '=', c.id).execute();
    expect(before).toHaveLength(0);
    const read = await req(lead, 'GET', `/v1/cases/${c.id}`);
    expect(read.statusCode).toBe(200);
    const after = await f.deps.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'case.read').where('entity_id', '=', c.id).execute();
    expect(after).toHaveLength(1);
    expect(after[0]!.user_id).toBe(f.users.team_lead);
    expect(JSON.parse(after[0]!.detail)).toEqual({ consumerId: c.consumerId });
    // Supervisors can see who read it; advisers cannot read the audit log.
    const log = await req(await f.tokenFor('supervisor'), 'GET', `/v1/audit?entityType=case&entityId=${c.id}&action=case.read`);
    expect(log.statusCode).toBe(200);
    expect(log.json().items).toEqual([expect.objectContaining({ username: 'teamlead', action: 'case.read', entityId: c.id })]);
    expect((await req(adviser, 'GET', '/v1/audit')).statusCode).toBe(403);
  });

  it('rejects a stale update with 409 and the current version, and writes nothing', async () => {
    const c = await create({ channel: 'phone', language: 'sv' });
    const first = await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 1, subject: 'Första' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await req(lead, 'PATCH', `/v1/cases/${c.id}`, { version: 1, subject: 'Andra' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2, current: { subject: 'Första' } });
    const now = (await req(adviser, 'GET', `/v1/cases/${c.id}`)).json();
    expect(now.subject).toBe('Första');
    expect(now.version).toBe(2);
  });

  it('closes only with an outcome; "referred" needs a referral; advisers cannot change closed cases but team leads can', async () => {
    const c = await create({ channel: 'phone', language: 'sv' });
    const noOutcome = await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 1, status: 'closed' });
    expect(noOutcome.statusCode).toBe(422);
    const noReferral = await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 1, status: 'closed', outcome: 'referred' });
    expect(noReferral.statusCode).toBe(422);
    const referred = await req(adviser, 'POST', `/v1/cases/${c.id}/referrals`, { partnerId, reason: 'Tvist om reklamation', method: 'informed' });
    expect(referred.statusCode).toBe(201);
    expect(referred.json().referrals[0]).toMatchObject({ partnerName: 'Allmänna reklamationsnämnden', method: 'informed' });
    const closed = await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 1, status: 'closed', outcome: 'referred' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().closedAt).not.toBeNull();
    const adviserNote = await req(adviser, 'POST', `/v1/cases/${c.id}/notes`, { body: 'efteråt' });
    expect(adviserNote.statusCode).toBe(403);
    const adviserPatch = await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 2, status: 'open' });
    expect(adviserPatch.statusCode).toBe(403);
    const reopened = await req(lead, 'PATCH', `/v1/cases/${c.id}`, { version: 2, status: 'open' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', outcome: null, closedAt: null });
  });

  it('refuses unknown topics, partners and advisers with 422 and creates nothing', async () => {
    const count = async () => (await f.deps.db.kysely.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const badTopic = await req(adviser, 'POST', '/v1/cases', { channel: 'phone', language: 'sv', topicId: 'no.such.topic' });
    expect(badTopic.statusCode).toBe(422);
    expect(badTopic.json()).toMatchObject({ code: 'invalid_reference', field: 'topicId' });
    const badAdviser = await req(adviser, 'POST', '/v1/cases', { channel: 'phone', language: 'sv', assignedAdviserId: 'nobody' });
    expect(badAdviser.statusCode).toBe(422);
    const badPhone = await req(adviser, 'POST', '/v1/cases', { channel: 'phone', language: 'sv', consumer: { phone: 'ring me' } });
    expect(badPhone.statusCode).toBe(400);
    expect(Number(await count())).toBe(Number(before));
    const c = await create({ channel: 'phone', language: 'sv' });
    const badPartner = await req(adviser, 'POST', `/v1/cases/${c.id}/referrals`, { partnerId: 'nope', reason: 'x', method: 'informed' });
    expect(badPartner.statusCode).toBe(422);
  });

  it('links cases both ways and unlinks them', async () => {
    const a = await create({ channel: 'phone', language: 'sv' });
    const b = await create({ channel: 'email', language: 'sv' });
    const linked = await req(adviser, 'POST', `/v1/cases/${a.id}/links`, { linkedCaseId: b.id });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().links).toEqual([expect.objectContaining({ linkedCaseId: b.id, linkedReference: b.reference })]);
    const fromB = (await req(adviser, 'GET', `/v1/cases/${b.id}`)).json();
    expect(fromB.links).toEqual([expect.objectContaining({ linkedCaseId: a.id })]);
    expect((await req(adviser, 'POST', `/v1/cases/${a.id}/links`, { linkedCaseId: a.id })).statusCode).toBe(422);
    const unlinked = await req(adviser, 'DELETE', `/v1/cases/${b.id}/links/${a.id}`);
    expect(unlinked.statusCode).toBe(200);
    expect(unlinked.json().links).toEqual([]);
    expect((await req(adviser, 'DELETE', `/v1/cases/${b.id}/links/${a.id}`)).statusCode).toBe(404);
  });

  it('does not let an adviser link to or unlink from a closed case', async () => {
    const open = await create({ channel: 'phone', language: 'sv' });
    const other = await create({ channel: 'phone', language: 'sv' });
    expect((await req(adviser, 'POST', `/v1/cases/${open.id}/links`, { linkedCaseId: other.id })).statusCode).toBe(200);
    const closing = await req(lead, 'PATCH', `/v1/cases/${other.id}`, { version: 1, status: 'closed', outcome: 'answered' });
    expect(closing.statusCode).toBe(200);
    expect((await req(adviser, 'DELETE', `/v1/cases/${open.id}/links/${other.id}`)).statusCode).toBe(403);
    const third = await create({ channel: 'phone', language: 'sv' });
    expect((await req(adviser, 'POST', `/v1/cases/${third.id}/links`, { linkedCaseId: other.id })).statusCode).toBe(403);
    expect((await req(lead, 'DELETE', `/v1/cases/${open.id}/links/${other.id}`)).statusCode).toBe(200);
  });

  it('audits the current case a version conflict shows', async () => {
    const c = await create({ channel: 'phone', language: 'sv' });
    await req(adviser, 'PATCH', `/v1/cases/${c.id}`, { version: 1, subject: 'ny' });
    const stale = await req(lead, 'PATCH', `/v1/cases/${c.id}`, { version: 1, subject: 'gammal' });
    expect(stale.statusCode).toBe(409);
    const rows = await f.deps.db.kysely.selectFrom('audit_log').selectAll().where('entity_id', '=', c.id).where('action', '=', 'case.read').execute();
    expect(rows.map((r) => r.user_id)).toEqual([f.users.team_lead]);
  });

  it('lists with filters and pages through every case exactly once', async () => {
    for (let i = 0; i < 7; i++) {
      f.deps.clock.advance(MINUTE);
      await create({ channel: 'chat', language: 'en', topicId: i % 2 ? 'goods.complaint' : 'debt', subject: `Page test ${i}`, consumer: { name: `Lista Person ${i}` } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/cases?channel=chat&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await req(adviser, 'GET', url);
      expect(page.statusCode).toBe(200);
      const body = page.json();
      seen.push(...body.items.map((c: { id: string }) => c.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(7);
    expect(new Set(seen).size).toBe(seen.length);
    const goods = (await req(adviser, 'GET', '/v1/cases?topic=goods&channel=chat')).json();
    expect(goods.items.length).toBe(3);
    expect(goods.items.every((c: { topicId: string }) => c.topicId === 'goods.complaint')).toBe(true);
    const byName = (await req(adviser, 'GET', '/v1/cases?name=lista%20person%203')).json();
    // The audit log records that a name was searched for, not the name.
    const searches = await f.deps.db.kysely.selectFrom('audit_log').select('detail').where('action', '=', 'case.search').execute();
    expect(searches.some((r) => r.detail.includes('lista person'))).toBe(false);
    expect(searches.some((r) => JSON.parse(r.detail).filter?.name === true)).toBe(true);
    expect(byName.items.map((c: { consumerName: string }) => c.consumerName)).toEqual(['Lista Person 3']);
    await create({ channel: 'chat', language: 'sv', consumer: { name: 'Åsa Öberg' } });
    for (const name of ['åsa', 'ÅSA', 'öberg', 'sa öb']) {
      const found = (await req(adviser, 'GET', `/v1/cases?name=${encodeURIComponent(name)}`)).json();
      expect(found.items.map((c: { consumerName: string }) => c.consumerName), name).toContain('Åsa Öberg');
    }
    const byText = (await req(adviser, 'GET', '/v1/cases?q=Page%20test%205')).json();
    expect(byText.items).toHaveLength(1);
    const byPhone = (await req(adviser, 'GET', '/v1/cases?phone=0701234567')).json();
    expect(byPhone.items.length).toBeGreaterThan(0);
    const bad = await req(adviser, 'GET', '/v1/cases?cursor=not-a-cursor');
    expect(bad.statusCode).toBe(400);
  });

  it('keeps case data from the admin role', async () => {
    const admin = await f.tokenFor('admin');
    expect((await req(admin, 'GET', '/v1/cases')).statusCode).toBe(403);
  });
});
