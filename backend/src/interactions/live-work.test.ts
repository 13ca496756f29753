// The lifecycle of a contact through the API, on both dialects: queued,
// offered to the right adviser, accepted (and tied to a case), wrap-up, done —
// and every way off that path: declined, rung out, abandoned, expired,
// transferred, refused while closed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { addAdviser, liveApi, type Presence } from '../../../tests/support/live-work.js';
import { mintSession } from '../../../tests/support/sessions.js';
import { SECOND } from '../shared/clock.js';
import type { components } from '../../../api-client/src/index.js';

describeEachDialect('live work', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let lead: string;
  beforeAll(async () => {
    f = await createFixture(dialect);
    await insertBasics(f.deps);
    api = liveApi(f);
    lead = await f.tokenFor('team_lead');
  });
  afterAll(() => f.close());

  // Wednesday 25 November 2026, 10:00 in Stockholm: every queue is open.
  const OPEN = '2026-11-25T09:00:00.000Z';
  beforeEach(async () => {
    if (f.deps.clock.now().toISOString() !== OPEN) {
      f.deps.clock.set(OPEN);
      lead = await f.tokenFor('team_lead');
    }
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired', 'transferred']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  const phone = (from = '070-111 22 33', extra: object = {}) => api.contact(lead, { channel: 'phone', language: 'sv', from, ...extra });

  describe('the happy path', () => {
    it('queues a call nobody can take, offers it when an adviser goes ready, and follows it to done', async () => {
      const anna = await addAdviser(f, 'Anna');
      const call = await phone();
      expect(call.state).toBe('queued');
      expect(call.from).toBe('+46701112233');

      const presence = await api.ready(anna);
      expect(presence.state).toBe('busy'); // the call rings at once
      const [offer] = await api.offers(anna);
      expect(offer).toMatchObject({ id: call.id, state: 'offered', offeredTo: anna.id });
      expect(Date.parse(offer!.offerExpiresAt!) - Date.parse(OPEN)).toBe(20 * SECOND);

      f.deps.clock.advance(4 * SECOND);
      const accepted = await api.step(anna, call.id, 'accept');
      expect(accepted).toMatchObject({ state: 'active', adviserId: anna.id, acceptedAt: '2026-11-25T09:00:04.000Z' });
      // Tied to a new case for this consumer, assigned to Anna, which her desktop receives through sync.
      const kase = await f.deps.db.kysely.selectFrom('cases').selectAll().where('id', '=', accepted.caseId).executeTakeFirstOrThrow();
      expect(kase).toMatchObject({ channel: 'phone', assigned_adviser_id: anna.id, status: 'open' });
      const consumer = await f.deps.db.kysely.selectFrom('consumers').select('phone').where('id', '=', kase.consumer_id!).executeTakeFirstOrThrow();
      expect(consumer.phone).toBe('+46701112233');

      f.deps.clock.advance(300 * SECOND);
      const wrap = await api.step(anna, call.id, 'end');
      expect(wrap.state).toBe('wrap_up');
      expect(Date.parse(wrap.wrapUpUntil!) - Date.parse(wrap.wrapUpAt!)).toBe(60 * SECOND);
      expect((await api.presence(anna.id)).state).toBe('wrap_up');

      const done = await api.step(anna, call.id, 'complete', {});
      expect(done.state).toBe('done');
      expect((await api.presence(anna.id)).state).toBe('ready');
      expect(await api.steps(call.id)).toEqual(['queued', 'offered', 'accepted', 'wrap_up', 'done']);
    });

    it('ties a returning consumer\'s contact to their open case', async () => {
      const bo = await addAdviser(f, 'Bo');
      await api.ready(bo);
      const first = await phone('0702223344');
      const a = await api.step(bo, first.id, 'accept');
      await api.step(bo, first.id, 'complete', {});
      const second = await phone('+46 70 222 33 44');
      expect(second.consumerId).toBe(a.consumerId);
      const b = await api.step(bo, second.id, 'accept');
      expect(b.caseId).toBe(a.caseId);
    });

    it('lets the adviser tie the contact to another case, and refuses an unknown one', async () => {
      const cia = await addAdviser(f, 'Cia');
      await api.ready(cia);
      const one = await phone('0703334455');
      const a = await api.step(cia, one.id, 'accept');
      const other = await phone('0704445566');
      await api.step(cia, a.id, 'complete', {});
      const b = await api.step(cia, other.id, 'accept');
      const linked = await api.ok(cia.token, 'PATCH', `/v1/interactions/${b.id}`, { caseId: a.caseId });
      expect(linked.caseId).toBe(a.caseId);
      const bad = await api.call(cia.token, 'PATCH', `/v1/interactions/${b.id}`, { caseId: 'no-such-case' });
      expect(bad.status).toBe(422);
      expect((await api.interaction(b.id)).case_id).toBe(a.caseId);
    });
  });

  describe('routing order', () => {
    it('offers the most urgent contact first: queue priority, then time waited', async () => {
      const dan = await addAdviser(f, 'Dan');
      const email = await api.contact(lead, { channel: 'email', language: 'sv', from: 'a@example.se', subject: 'Reklamation' });
      f.deps.clock.advance(SECOND);
      const callA = await phone('0705550001');
      f.deps.clock.advance(SECOND);
      await phone('0705550002');
      await api.ready(dan);
      // Phone (priority 1) before the older e-mail (priority 4); the older call first.
      expect((await api.offers(dan)).map((o) => o.id)).toEqual([callA.id]);
      expect((await api.interaction(email.id)).state).toBe('queued');
    });

    it('gives the contact to the adviser who has been free longest', async () => {
      const eva = await addAdviser(f, 'Eva');
      const fia = await addAdviser(f, 'Fia');
      await api.ready(fia);
      f.deps.clock.advance(SECOND);
      await api.ready(eva);
      const call = await phone();
      expect((await api.interaction(call.id)).offered_to).toBe(fia.id);
    });

    it('offers only what the adviser\'s languages and channels allow', async () => {
      const gun = await addAdviser(f, 'Gun');
      await api.ok(lead, 'PATCH', `/v1/advisers/${gun.id}/profile`, { version: 1, languages: ['sv'], channels: ['chat'] });
      await api.ready(gun);
      const english = await api.contact(lead, { channel: 'chat', language: 'en' });
      const call = await phone();
      const swedishChat = await api.contact(lead, { channel: 'chat', language: 'sv' });
      expect((await api.interaction(english.id)).state).toBe('queued');
      expect((await api.interaction(call.id)).state).toBe('queued');
      expect((await api.interaction(swedishChat.id)).offered_to).toBe(gun.id);
    });

    it('fills chat capacity one offer at a time and never beyond it; a call needs a free adviser', async () => {
      const hans = await addAdviser(f, 'Hans');
      await api.ok(lead, 'PATCH', `/v1/advisers/${hans.id}/profile`, { version: 1, capacity: { chat: 2 } });
      await api.ready(hans);
      const chats = [];
      for (let i = 0; i < 3; i++) chats.push(await api.contact(lead, { channel: 'chat', language: 'sv' }));
      for (let round = 0; round < 3; round++) {
        const offers = await api.offers(hans);
        expect(offers.length).toBeLessThanOrEqual(1);
        if (offers[0]) await api.step(hans, offers[0].id, 'accept');
      }
      const states = await Promise.all(chats.map(async (c) => (await api.interaction(c.id)).state));
      expect(states.sort()).toEqual(['active', 'active', 'queued']);
      const call = await phone();
      expect((await api.interaction(call.id)).state).toBe('queued');
      expect((await api.presence(hans.id)).state).toBe('busy');
    });

    it('offers nothing to an adviser who is not ready, or whose workstation has gone quiet', async () => {
      const ida = await addAdviser(f, 'Ida');
      const jon = await addAdviser(f, 'Jon');
      await api.notReady(ida, 'meeting');
      await api.ready(jon);
      f.deps.clock.advance(60 * SECOND);
      const call = await phone();
      expect((await api.interaction(call.id)).state).toBe('queued');
      // Jon's desk speaks up again (GET /v1/work counts as a sign of life): now it rings there.
      await api.work(jon);
      await api.tick();
      expect((await api.interaction(call.id)).offered_to).toBe(jon.id);
    });
  });

  describe('off the happy path', () => {
    it('puts a declined contact back in its place and does not offer it to the same adviser again at once', async () => {
      const kim = await addAdviser(f, 'Kim');
      await api.ready(kim);
      const first = await phone('0706660001');
      f.deps.clock.advance(SECOND);
      const second = await phone('0706660002');
      await api.step(kim, first.id, 'decline');
      const row = await api.interaction(first.id);
      expect(row.state).toBe('queued');
      expect(row.enqueued_at).toBe(OPEN);
      expect((await api.offers(kim)).map((o) => o.id)).toEqual([second.id]);
      const liv = await addAdviser(f, 'Liv');
      await api.ready(liv);
      expect((await api.interaction(first.id)).offered_to).toBe(liv.id);
    });

    it('takes back an offer that rings out and makes the adviser not ready (missed)', async () => {
      const max = await addAdviser(f, 'Max');
      await api.ready(max);
      const call = await phone();
      f.deps.clock.advance(19 * SECOND);
      await api.tick();
      expect((await api.interaction(call.id)).state).toBe('offered');
      f.deps.clock.advance(2 * SECOND);
      await api.tick();
      expect((await api.interaction(call.id)).state).toBe('queued');
      expect(await api.presence(max.id)).toMatchObject({ intent: 'not_ready', reason: 'missed', state: 'not_ready' });
      const late = await api.call(max.token, 'POST', `/v1/interactions/${call.id}/accept`);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('invalid_state');
    });

    it('refuses to let one adviser accept, end or complete another adviser\'s contact', async () => {
      const nea = await addAdviser(f, 'Nea');
      const ola = await addAdviser(f, 'Ola');
      await api.ready(nea);
      const call = await phone();
      expect((await api.call(ola.token, 'POST', `/v1/interactions/${call.id}/accept`)).status).toBe(409);
      await api.step(nea, call.id, 'accept');
      expect((await api.call(ola.token, 'POST', `/v1/interactions/${call.id}/end`)).status).toBe(403);
      expect((await api.call(ola.token, 'POST', `/v1/interactions/${call.id}/complete`, {})).status).toBe(403);
      expect((await api.interaction(call.id)).state).toBe('active');
    });

    it('counts a consumer who hangs up while waiting as abandoned, and ends a conversation when they hang up during it', async () => {
      const per = await addAdviser(f, 'Per');
      const waiting = await phone('0707770001');
      const gone = await api.ok(lead, 'POST', `/v1/interactions/${waiting.id}/consumer-left`, {});
      expect(gone).toMatchObject({ state: 'abandoned', endReason: 'consumer_left' });
      await api.ready(per);
      expect(await api.offers(per)).toEqual([]);
      const talking = await phone('0707770002');
      await api.step(per, talking.id, 'accept');
      const ended = await api.ok(lead, 'POST', `/v1/interactions/${talking.id}/consumer-left`, {});
      expect(ended.state).toBe('wrap_up');
      // Reported twice by the channel: nothing changes.
      expect((await api.ok(lead, 'POST', `/v1/interactions/${waiting.id}/consumer-left`, {})).state).toBe('abandoned');
    });

    it('withdraws an offer when the caller hangs up while it rings', async () => {
      const rut = await addAdviser(f, 'Rut');
      await api.ready(rut);
      const call = await phone();
      await api.ok(lead, 'POST', `/v1/interactions/${call.id}/consumer-left`, {});
      expect(await api.offers(rut)).toEqual([]);
      expect((await api.presence(rut.id)).state).toBe('ready');
      const events = await f.deps.db.kysely.selectFrom('live_events').select(['type', 'payload']).where('user_id', '=', rut.id).orderBy('seq').execute();
      expect(events.map((e) => e.type)).toContain('offer-withdrawn');
    });

    it('ends wrap-up when its time runs out, and extends it on request within the limit', async () => {
      const sam = await addAdviser(f, 'Sam');
      await api.ready(sam);
      const call = await phone();
      await api.step(sam, call.id, 'accept');
      await api.step(sam, call.id, 'end');
      const extended = await api.step(sam, call.id, 'extend-wrap-up', { seconds: 60 });
      expect(Date.parse(extended.wrapUpUntil!) - Date.parse(extended.wrapUpAt!)).toBe(120 * SECOND);
      f.deps.clock.advance(119 * SECOND);
      await api.tick();
      expect((await api.interaction(call.id)).state).toBe('wrap_up');
      f.deps.clock.advance(2 * SECOND);
      await api.work(sam);
      await api.tick();
      expect((await api.interaction(call.id)).state).toBe('done');
      expect((await api.presence(sam.id)).state).toBe('ready');
      expect((await api.call(sam.token, 'POST', `/v1/interactions/${call.id}/extend-wrap-up`, { seconds: 60 })).status).toBe(409);
    });

    it('expires a chat that waited longer than its queue allows', async () => {
      const chat = await api.contact(lead, { channel: 'chat', language: 'sv' });
      f.deps.clock.advance(1801 * SECOND);
      await api.tick();
      expect(await api.interaction(chat.id)).toMatchObject({ state: 'expired', end_reason: 'max_wait' });
    });

    it('transfers to a queue (back at its original place) and to a colleague (offered only to them), with a note', async () => {
      const tor = await addAdviser(f, 'Tor');
      const una = await addAdviser(f, 'Una');
      await api.ready(tor);
      const call = await phone();
      await api.step(tor, call.id, 'accept');
      await api.ready(una);
      const moved = await api.step(tor, call.id, 'transfer', { adviserId: una.id, note: 'Vill prata med någon om bilköp' });
      expect(moved.targetAdviserId).toBe(una.id);
      const [offer] = await api.offers(una);
      expect(offer).toMatchObject({ id: call.id, note: 'Vill prata med någon om bilköp' });
      await api.step(una, call.id, 'accept');
      const toQueue = await api.step(una, call.id, 'transfer', { queueId: 'phone-en' });
      expect(toQueue).toMatchObject({ queueId: 'phone-en', state: 'queued' });
      expect((await api.interaction(call.id)).enqueued_at).toBe(OPEN);
      const wrong = await api.call(una.token, 'POST', `/v1/interactions/${call.id}/transfer`, { queueId: 'chat-sv' });
      expect(wrong.status).toBe(403); // no longer hers
      // Not straight back to Tor or Una, who both just sent it away; to the next free colleague.
      expect(await api.steps(call.id)).toEqual(['queued', 'offered', 'accepted', 'transferred', 'offered', 'accepted', 'transferred']);
      const ulf = await addAdviser(f, 'Ulf');
      await api.ready(ulf);
      expect((await api.interaction(call.id)).offered_to).toBe(ulf.id);
    });
  });

  describe('handing over to a partner', () => {
    it('ends the contact as transferred and frees the adviser; only from a conversation, and only to a real partner', async () => {
      const pia = await addAdviser(f, 'Pia');
      await api.ready(pia);
      const call = await phone();
      expect((await api.call(pia.token, 'POST', `/v1/interactions/${call.id}/hand-over`, { partnerId: 'partner-arn' })).status).toBe(409);
      await api.step(pia, call.id, 'accept');
      expect((await api.call(pia.token, 'POST', `/v1/interactions/${call.id}/hand-over`, { partnerId: 'no-such-partner' })).status).toBe(422);
      const other = await addAdviser(f, 'Olle');
      expect((await api.call(other.token, 'POST', `/v1/interactions/${call.id}/hand-over`, { partnerId: 'partner-arn' })).status).toBe(403);
      const done = await api.step(pia, call.id, 'hand-over', { partnerId: 'partner-arn' });
      expect(done).toMatchObject({ state: 'transferred', endReason: 'handed_over' });
      expect((await api.presence(pia.id)).state).toBe('ready');
      expect(await api.steps(call.id)).toEqual(['queued', 'offered', 'accepted', 'handed_over']);
    });
  });

  describe('transfers to a colleague', () => {
    it('refuses one to a colleague who is not ready, and keeps the contact with its adviser', async () => {
      const ada = await addAdviser(f, 'Ada');
      const bea = await addAdviser(f, 'Bea');
      await api.ready(ada);
      const call = await phone();
      await api.step(ada, call.id, 'accept');
      await api.notReady(bea, 'meeting');
      const refused = await api.call(ada.token, 'POST', `/v1/interactions/${call.id}/transfer`, { adviserId: bea.id });
      expect(refused.status).toBe(409);
      expect((await api.interaction(call.id))).toMatchObject({ state: 'active', adviser_id: ada.id });
    });

    it('hands the contact to the whole queue when the colleague has not taken it within two minutes', async () => {
      const ada = await addAdviser(f, 'Ada2');
      const dag = await addAdviser(f, 'Dag');
      await api.ready(ada);
      const call = await phone('0701230001');
      await api.step(ada, call.id, 'accept');
      await api.ready(dag);
      const other = await phone('0701230002');
      await api.step(dag, other.id, 'accept'); // Dag is on another call
      await api.step(ada, call.id, 'transfer', { adviserId: dag.id, note: 'Om hemförsäkring' });
      await api.notReady(ada, 'admin');
      const eve = await addAdviser(f, 'Eve');
      await api.ready(eve);
      expect(await api.interaction(call.id)).toMatchObject({ state: 'queued', target_adviser_id: dag.id });

      f.deps.clock.advance(121 * SECOND);
      await api.work(eve);
      await api.work(dag);
      await api.tick();
      const row = await api.interaction(call.id);
      expect(row).toMatchObject({ target_adviser_id: null, offered_to: eve.id, note: 'Om hemförsäkring' });
      expect(await api.steps(call.id)).toEqual(['queued', 'offered', 'accepted', 'transferred', 'transfer_fallback', 'offered']);
    });
  });

  describe('opening hours', () => {
    it('refuses calls and chats while closed, and holds a callback until the queue opens', async () => {
      f.deps.clock.set('2026-11-25T19:00:00Z'); // 20:00 in Stockholm
      lead = await f.tokenFor('team_lead');
      const call = await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0701234567' });
      expect(call.status).toBe(409);
      expect(call.body).toMatchObject({ code: 'queue_closed', nextOpening: '2026-11-26T08:00:00.000Z' });
      const callback = await api.contact(lead, { channel: 'callback', language: 'sv', from: '0701234567' });
      expect(callback.state).toBe('queued');
      const vera = await addAdviser(f, 'Vera');
      await api.ready(vera);
      expect(await api.offers(vera)).toEqual([]);
      f.deps.clock.set('2026-11-26T08:00:01Z');
      lead = await f.tokenFor('team_lead');
      vera.token = await mintSession(f.deps, vera.id);
      await api.ready(vera);
      expect((await api.offers(vera)).map((o) => o.id)).toEqual([callback.id]);
    });

    it('closes on Swedish public holidays unless an exception opens the day', async () => {
      f.deps.clock.set('2026-12-25T10:00:00Z'); // Christmas Day, a Friday
      lead = await f.tokenFor('team_lead');
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'chat', language: 'sv' })).body.code).toBe('queue_closed');
      const queue = (await api.ok<Array<components['schemas']['Queue']>>(lead, 'GET', '/v1/queues')).find((q) => q.id === 'chat-sv')!;
      await api.ok(lead, 'PATCH', '/v1/queues/chat-sv', { version: queue.version, hours: { ...queue.hours, exceptions: [{ date: '2026-12-25', hours: [['09:00', '13:00']], note: 'Juldagsjour' }] } });
      expect((await api.contact(lead, { channel: 'chat', language: 'sv' })).state).toBe('queued');
    });
  });

  describe('opening hours (continued)', () => {
    it('offers what came in while closed as soon as a team lead opens the queue for the day', async () => {
      f.deps.clock.set('2026-11-25T17:00:00Z'); // 18:00 in Stockholm: e-mail closed since 16:30
      lead = await f.tokenFor('team_lead');
      const email = await api.contact(lead, { channel: 'email', language: 'sv', from: 'sen@example.se', subject: 'Fråga efter stängning' });
      const ebba = await addAdviser(f, 'Ebba');
      await api.ready(ebba);
      expect((await api.interaction(email.id)).state).toBe('queued');
      const queue = (await api.ok<Array<components['schemas']['Queue']>>(lead, 'GET', '/v1/queues')).find((q) => q.id === 'email-sv')!;
      await api.ok(lead, 'PATCH', '/v1/queues/email-sv', { version: queue.version, hours: { ...queue.hours, exceptions: [{ date: '2026-11-25', hours: [['08:00', '20:00']], note: 'Kvällsöppet' }] } });
      await api.tick();
      expect((await api.interaction(email.id)).offered_to).toBe(ebba.id);
    });

    it('lets the staff finish a queue after closing time: contacts that came in while open are still offered', async () => {
      f.deps.clock.set('2026-11-25T14:59:30Z'); // 15:59:30, the phones close at 16:00
      lead = await f.tokenFor('team_lead');
      const late = await phone('0709990001');
      f.deps.clock.set('2026-11-25T15:05:00Z');
      const gun = await addAdviser(f, 'Gunnel');
      await api.ready(gun);
      expect((await api.interaction(late.id)).offered_to).toBe(gun.id);
    });
  });

  describe('presence', () => {
    it('needs a reason for not ready, and shows busy during work whatever the adviser chose', async () => {
      const wim = await addAdviser(f, 'Wim');
      expect((await api.call(wim.token, 'POST', '/v1/presence', { intent: 'not_ready' })).status).toBe(400);
      expect((await api.call(wim.token, 'POST', '/v1/presence', { intent: 'not_ready', reason: 'missed' })).status).toBe(400);
      await api.ready(wim);
      const call = await phone();
      await api.step(wim, call.id, 'accept');
      const p = await api.notReady(wim, 'break');
      expect(p).toMatchObject({ intent: 'not_ready', state: 'busy', reason: 'break' });
      await api.step(wim, call.id, 'complete', {});
      expect(await api.presence(wim.id)).toMatchObject({ state: 'not_ready', reason: 'break' });
      // Not ready: the next call waits.
      const next = await phone('0708889900');
      expect((await api.interaction(next.id)).state).toBe('queued');
    });

    it('lets a team lead set an adviser\'s state and channels (audited), and nobody else', async () => {
      const yng = await addAdviser(f, 'Yngve');
      const ally = await addAdviser(f, 'Ally');
      const set = await api.ok<Presence>(lead, 'POST', `/v1/advisers/${yng.id}/presence`, { intent: 'not_ready', reason: 'training' });
      expect(set).toMatchObject({ intent: 'not_ready', reason: 'training' });
      expect((await api.call(ally.token, 'POST', `/v1/advisers/${yng.id}/presence`, { intent: 'ready' })).status).toBe(403);
      expect((await api.call(lead, 'PATCH', `/v1/advisers/${yng.id}/profile`, { version: 99, channels: ['email'] })).status).toBe(409);
      const moved = await api.ok<Presence>(lead, 'PATCH', `/v1/advisers/${yng.id}/profile`, { version: set.profileVersion, channels: ['email'] });
      expect(moved.channels).toEqual(['email']);
      const audit = await f.deps.db.kysely.selectFrom('audit_log').select(['action', 'user_id']).where('entity_id', '=', yng.id).orderBy('id').execute();
      expect(audit.map((a) => a.action)).toEqual(['presence.set_by_lead', 'adviser.profile_update']);
      expect(audit.every((a) => a.user_id === f.users.team_lead)).toBe(true);
    });

    it('refuses presence for an admin, who takes no contacts', async () => {
      const admin = await f.tokenFor('admin');
      expect((await api.call(admin, 'POST', '/v1/presence', { intent: 'ready' })).status).toBe(403);
      expect((await api.call(lead, 'POST', `/v1/advisers/${f.users.admin}/presence`, { intent: 'ready' })).status).toBe(422);
    });
  });

  describe('reads', () => {
    it('shows a contact with its lifecycle to the adviser who had it and to leads, audited; not to other advisers', async () => {
      const zoe = await addAdviser(f, 'Zoe');
      const other = await addAdviser(f, 'Other');
      await api.ready(zoe);
      const call = await phone();
      await api.step(zoe, call.id, 'accept');
      const mine = await api.ok<components['schemas']['InteractionDetail']>(zoe.token, 'GET', `/v1/interactions/${call.id}`);
      expect(mine.events.map((e) => e.type)).toEqual(['queued', 'offered', 'accepted']);
      expect((await api.call(other.token, 'GET', `/v1/interactions/${call.id}`)).status).toBe(403);
      expect((await api.call(lead, 'GET', `/v1/interactions/${call.id}`)).status).toBe(200);
      const reads = await f.deps.db.kysely.selectFrom('audit_log').select('user_id').where('action', '=', 'interaction.read').where('entity_id', '=', call.id).execute();
      expect(reads.map((r) => r.user_id).sort()).toEqual([zoe.id, f.users.team_lead].sort());
      const offered = await f.deps.db.kysely.selectFrom('audit_log').select('user_id').where('action', '=', 'interaction.offer').where('entity_id', '=', call.id).execute();
      expect(offered.map((r) => r.user_id)).toEqual([zoe.id]);
    });

    it('refuses a malformed contact with 400 and an unknown queue with 422, storing nothing', async () => {
      const before = await f.deps.db.kysely.selectFrom('interactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'fax', language: 'sv' })).status).toBe(400);
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: 'not a number!' })).status).toBe(201);
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', queueId: 'nowhere' })).status).toBe(422);
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', queueId: 'chat-sv' })).status).toBe(422);
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0701234567', externalRef: 'call-1' })).status).toBe(201);
      expect((await api.call(lead, 'POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0701234567', externalRef: 'call-1' })).status).toBe(409);
      const after = await f.deps.db.kysely.selectFrom('interactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n) - Number(before.n)).toBe(2);
    });
  });
});
