// The phone domain through the API on both dialects: the softphone's
// credentials, the SIP platform's access, and every report the platform makes
// mapped onto the lifecycle — answered, rung out, rejected, the caller gone
// while waiting or during the call — including repeated and late reports.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { addAdviser, liveApi, type Desk } from '../../../tests/support/live-work.js';
import { SECOND } from '../shared/clock.js';
import { hmac, platformToken } from './secrets.js';
import { sipUserOf } from './sip-users.js';

const SECRET = 'test-secret-0123456789abcdef';
const OPEN = '2026-11-25T09:00:00.000Z'; // a Wednesday, 10:00 in Stockholm: every queue open
const PLATFORM = bearer(platformToken(SECRET));

describeEachDialect('phone', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  beforeAll(async () => {
    f = await createFixture(dialect, { sipSecret: SECRET, sipDomain: 'sip.test', sipWsUrl: 'ws://127.0.0.1:9999' });
    await insertBasics(f.deps);
    api = liveApi(f);
  });
  afterAll(() => f.close());
  beforeEach(async () => {
    f.deps.clock.set(OPEN);
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired', 'transferred']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  let n = 0;
  const callId = () => `call-${++n}-${dialect}@127.0.0.1`;
  const platform = (url: string, payload: object) => f.app.inject({ method: 'POST', url: `/v1/phone/platform/calls${url}`, headers: PLATFORM, payload });
  const arrive = async (id: string, to = '0771525525', from = '0701112233') => platform('', { callId: id, from, to });
  const target = async (id: string) => (await platform('/target', { callId: id })).body.trim();
  const event = async (body: object) => {
    const res = await platform('/events', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.body.trim();
  };
  const interactionOf = async (id: string) => {
    const call = await f.deps.db.kysely.selectFrom('phone_calls').selectAll().where('call_id', '=', id).executeTakeFirstOrThrow();
    return api.interaction(call.interaction_id);
  };
  /** A ready adviser and a call offered to them, as the platform sees it. */
  const ringing = async (): Promise<{ desk: Desk; id: string; sipUser: string; interactionId: string }> => {
    const desk = await addAdviser(f, 'Anna');
    await api.ready(desk);
    const id = callId();
    expect((await arrive(id)).statusCode).toBe(200);
    const line = await target(id);
    const [word, sipUser, interactionId] = line.split(' ');
    expect(word, line).toBe('ring');
    return { desk, id, sipUser: sipUser!, interactionId: interactionId! };
  };

  describe('credentials for the softphone', () => {
    it('gives a member of staff who takes calls ephemeral credentials the platform can check with the secret alone', async () => {
      const token = await f.tokenFor('adviser');
      const before = Math.floor(Date.now() / 1000);
      const res = await f.app.inject({ method: 'GET', url: '/v1/phone/credentials', headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json<Record<string, string>>();
      const sipUser = sipUserOf(f.users.adviser);
      // Two hours on the wall clock (the platform's), whatever the fixture's clock says.
      const expiry = Number(c.authorizationUsername!.split(':')[0]);
      expect(expiry - before).toBeGreaterThanOrEqual(2 * 3600);
      expect(expiry - before).toBeLessThanOrEqual(2 * 3600 + 5);
      expect(c).toEqual({
        wsUrl: 'ws://127.0.0.1:9999',
        domain: 'sip.test',
        uri: `sip:${sipUser}@sip.test`,
        authorizationUsername: `${expiry}:${sipUser}`,
        password: hmac(SECRET, `${expiry}:${sipUser}`),
        expiresAt: new Date(expiry * 1000).toISOString(),
        displayName: 'Test adviser',
      });
      // The SIP user maps back to the user: the platform's "answered by" is resolvable.
      const row = await f.deps.db.kysely.selectFrom('phone_sip_users').selectAll().where('sip_user', '=', sipUser).executeTakeFirstOrThrow();
      expect(row.user_id).toBe(f.users.adviser);
    });

    it('refuses the admin role (takes no calls) and answers 503 phone_not_configured without a secret', async () => {
      const admin = await f.app.inject({ method: 'GET', url: '/v1/phone/credentials', headers: bearer(await f.tokenFor('admin')) });
      expect(admin.statusCode).toBe(403);
      const bare = await createFixture(dialect);
      try {
        const res = await bare.app.inject({ method: 'GET', url: '/v1/phone/credentials', headers: bearer(await bare.tokenFor('adviser')) });
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ code: 'phone_not_configured' });
        // The platform's routes say so too, to a caller presenting a token.
        const platformRes = await bare.app.inject({ method: 'POST', url: '/v1/phone/platform/calls/target', headers: PLATFORM, payload: { callId: 'x' } });
        expect(platformRes.statusCode).toBe(503);
      } finally {
        await bare.close();
      }
    });
  });

  describe('the platform\'s routes', () => {
    it('are for the platform\'s token only: no token 401, a wrong one 401, any staff session 403 — and nothing is written', async () => {
      const body = { callId: 'auth-check', from: '0701112233', to: '0771525525' };
      const none = await f.app.inject({ method: 'POST', url: '/v1/phone/platform/calls', payload: body });
      expect(none.statusCode).toBe(401);
      const wrong = await f.app.inject({ method: 'POST', url: '/v1/phone/platform/calls', headers: bearer(platformToken('another-secret-0123456789')), payload: body });
      expect(wrong.statusCode).toBe(401);
      for (const role of ['adviser', 'team_lead', 'supervisor', 'admin'] as const) {
        const res = await f.app.inject({ method: 'POST', url: '/v1/phone/platform/calls', headers: bearer(await f.tokenFor(role)), payload: body });
        expect(res.statusCode, role).toBe(403);
      }
      expect(await f.deps.db.kysely.selectFrom('phone_calls').selectAll().where('call_id', '=', 'auth-check').execute()).toEqual([]);
    });

    it('refuses malformed reports with 400, never 500', async () => {
      const bad = [
        ['', { callId: 'has space', from: '1', to: '0771525525' }],
        ['', { callId: 'a"b', from: '0701', to: '0771525525' }],
        ['', { callId: 'ok', from: '0701', to: 'not-a-number' }],
        ['/target', { callId: '' }],
        ['/events', { callId: 'x', event: 'exploded' }],
        ['/events', { callId: 'x', event: 'answered' }],
        ['/events', { callId: 'x', event: 'ended' }],
        ['/events', { callId: 'x', event: 'rejected', sipUser: 'staff-1', code: 200 }],
      ] as const;
      for (const [url, body] of bad) {
        const res = await platform(url, body);
        expect(res.statusCode, `${url} ${JSON.stringify(body)}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect((await platform('/target', { callId: 'never-arrived' })).statusCode).toBe(404);
      expect((await platform('/events', { callId: 'never-arrived', event: 'cancelled' })).json()).toMatchObject({ code: 'unknown_call' });
    });
  });

  describe('a call through the routing engine', () => {
    it('queues a call to the service number, waits while nobody is free, rings the adviser the engine offers it to, and follows the phone to wrap-up', async () => {
      const id = callId();
      const res = await arrive(id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('text/plain');
      const [word, interactionId] = res.body.trim().split(' ');
      expect(word).toBe('queued');
      const queued = await api.interaction(interactionId!);
      expect(queued).toMatchObject({ channel: 'phone', queue_id: 'phone-sv', state: 'queued', external_ref: id, from_address: '+46701112233' });
      // A retransmitted INVITE is the same call.
      expect((await arrive(id)).body.trim()).toBe(`queued ${interactionId}`);
      expect(await target(id)).toBe('wait');

      const anna = await addAdviser(f, 'Anna');
      await api.ready(anna);
      f.deps.clock.advance(2 * SECOND);
      expect(await target(id)).toBe(`ring ${sipUserOf(anna.id)} ${interactionId} 18`);
      expect(await event({ callId: id, event: 'ringing', sipUser: sipUserOf(anna.id) })).toBe('applied');

      // The desk cannot answer a call that rings on the phone: that happens on the phone.
      const refused = await api.call(anna.token, 'POST', `/v1/interactions/${interactionId}/accept`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'answer_on_phone' });
      expect((await api.interaction(interactionId!)).state).toBe('offered');

      f.deps.clock.advance(3 * SECOND);
      expect(await event({ callId: id, event: 'answered', sipUser: sipUserOf(anna.id) })).toBe('applied');
      expect(await event({ callId: id, event: 'answered', sipUser: sipUserOf(anna.id) })).toBe('ignored');
      const active = await api.interaction(interactionId!);
      expect(active).toMatchObject({ state: 'active', adviser_id: anna.id, accepted_at: '2026-11-25T09:00:05.000Z' });
      expect(active.case_id).toBeTruthy();
      expect((await api.presence(anna.id)).state).toBe('busy');
      expect(await target(id)).toBe('end answered');

      f.deps.clock.advance(60 * SECOND);
      expect(await event({ callId: id, event: 'ended', by: 'caller' })).toBe('applied');
      expect(await event({ callId: id, event: 'ended', by: 'adviser' })).toBe('ignored');
      expect(await api.interaction(interactionId!)).toMatchObject({ state: 'wrap_up', wrap_up_at: '2026-11-25T09:01:05.000Z', end_reason: 'caller_hung_up' });
      expect((await api.presence(anna.id)).state).toBe('wrap_up');
      expect(await api.steps(interactionId!)).toEqual(['queued', 'offered', 'phone_ringing', 'accepted', 'wrap_up']);
      const call = await f.deps.db.kysely.selectFrom('phone_calls').selectAll().where('call_id', '=', id).executeTakeFirstOrThrow();
      expect(call).toMatchObject({ state: 'ended', answered_by: anna.id, ended_by: 'caller', answered_at: '2026-11-25T09:00:05.000Z' });
    });

    it('ignores a CANCEL that crossed the answer: the BYE still ends the call', async () => {
      const { id, sipUser, interactionId } = await ringing();
      await event({ callId: id, event: 'answered', sipUser });
      expect(await event({ callId: id, event: 'cancelled' })).toBe('ignored');
      expect((await api.interaction(interactionId)).state).toBe('active');
      expect(await event({ callId: id, event: 'ended', by: 'caller' })).toBe('applied');
      expect((await api.interaction(interactionId)).state).toBe('wrap_up');
    });

    it('counts a waiting call the platform gave up on as abandoned with the platform\'s cause', async () => {
      const id = callId();
      await arrive(id);
      expect(await event({ callId: id, event: 'ended', by: 'platform', cause: 'no_route' })).toBe('applied');
      expect(await interactionOf(id)).toMatchObject({ state: 'abandoned', end_reason: 'platform_no_route' });
    });

    it('ends the conversation into wrap-up when the adviser hangs up', async () => {
      const { id, sipUser, interactionId, desk } = await ringing();
      await event({ callId: id, event: 'answered', sipUser });
      await event({ callId: id, event: 'ended', by: 'adviser' });
      expect(await api.interaction(interactionId)).toMatchObject({ state: 'wrap_up', end_reason: 'adviser' });
      expect((await api.presence(desk.id)).state).toBe('wrap_up');
    });

    it('counts a caller who hangs up while waiting or while the phone rings as abandoned, and a late report changes nothing', async () => {
      const waiting = callId();
      await arrive(waiting);
      f.deps.clock.advance(7 * SECOND);
      expect(await event({ callId: waiting, event: 'cancelled' })).toBe('applied');
      expect(await interactionOf(waiting)).toMatchObject({ state: 'abandoned', end_reason: 'caller_hung_up', ended_at: '2026-11-25T09:00:07.000Z' });
      expect(await event({ callId: waiting, event: 'cancelled' })).toBe('ignored');
      expect(await event({ callId: waiting, event: 'ended', by: 'caller' })).toBe('ignored');
      expect(await target(waiting)).toBe('end abandoned');

      const { id, desk, sipUser, interactionId } = await ringing();
      expect(await event({ callId: id, event: 'cancelled' })).toBe('applied');
      expect(await api.interaction(interactionId)).toMatchObject({ state: 'abandoned' });
      // The adviser whose phone rang is free again, not missed.
      expect((await api.presence(desk.id)).state).toBe('ready');
      expect(await event({ callId: id, event: 'no_answer', sipUser })).toBe('ignored');
      expect(await event({ callId: id, event: 'answered', sipUser })).toBe('ignored');
      expect(await api.interaction(interactionId)).toMatchObject({ state: 'abandoned' });
    });

    it('puts a call that rang out back in line and makes the adviser not ready (missed); a late report does nothing', async () => {
      const { id, desk, sipUser, interactionId } = await ringing();
      f.deps.clock.advance(19 * SECOND);
      expect(await event({ callId: id, event: 'no_answer', sipUser, code: 408 })).toBe('applied');
      expect(await api.interaction(interactionId)).toMatchObject({ state: 'queued', offered_to: null });
      expect(await api.presence(desk.id)).toMatchObject({ intent: 'not_ready', reason: 'missed' });
      expect(await event({ callId: id, event: 'no_answer', sipUser })).toBe('ignored');
      expect(await target(id)).toBe('wait');
      expect(await api.steps(interactionId)).toEqual(['queued', 'offered', 'offer_expired']);
    });

    it('lets the desk decline a platform call: back in line, and the phone\'s late rejection changes nothing', async () => {
      const { id, desk, sipUser, interactionId } = await ringing();
      expect((await api.step(desk, interactionId, 'decline')).state).toBe('queued');
      expect(await event({ callId: id, event: 'rejected', sipUser, code: 603 })).toBe('ignored');
      expect(await api.steps(interactionId)).toEqual(['queued', 'offered', 'declined']);
      expect((await api.presence(desk.id)).intent).toBe('ready');
      expect(await target(id)).toBe('wait');
    });

    it('treats a rejection on the phone as a decline: back in line, offered to someone else, the adviser still ready', async () => {
      const { id, desk, sipUser, interactionId } = await ringing();
      expect(await event({ callId: id, event: 'rejected', sipUser, code: 486 })).toBe('applied');
      expect((await api.presence(desk.id)).intent).toBe('ready');
      expect(await target(id)).toBe('wait'); // not offered to the same adviser again for a minute
      const bo = await addAdviser(f, 'Bo');
      await api.ready(bo);
      expect(await target(id)).toMatch(new RegExp(`^ring ${sipUserOf(bo.id)} ${interactionId} \\d+$`));
    });

    it('counts a phone that is not registered (404/480) as missed, so nothing rings at an empty desk again', async () => {
      const { id, desk, sipUser } = await ringing();
      expect(await event({ callId: id, event: 'rejected', sipUser, code: 480 })).toBe('applied');
      expect(await api.presence(desk.id)).toMatchObject({ intent: 'not_ready', reason: 'missed' });
    });

    it('gives the call to the adviser who picked up the phone even when the offer ran out a moment before', async () => {
      const { id, desk, sipUser, interactionId } = await ringing();
      f.deps.clock.advance(21 * SECOND);
      await api.tick();
      expect((await api.interaction(interactionId)).state).toBe('queued');
      const presenceOf = () => f.deps.db.kysely.selectFrom('adviser_presence').select(['intent', 'reason']).where('user_id', '=', desk.id).executeTakeFirstOrThrow();
      expect(await presenceOf()).toEqual({ intent: 'not_ready', reason: 'missed' });
      expect(await event({ callId: id, event: 'answered', sipUser })).toBe('applied');
      expect(await api.interaction(interactionId)).toMatchObject({ state: 'active', adviser_id: desk.id });
      // They did answer: not counted as gone missing, ready again after this call.
      expect(await presenceOf()).toEqual({ intent: 'ready', reason: null });
    });

    describe('a caller who asked to be called back should they give up waiting', () => {
      const callbacksTo = (phone: string) =>
        f.deps.db.kysely
          .selectFrom('interactions as i')
          .innerJoin('callback_requests as r', 'r.interaction_id', 'i.id')
          .select(['i.id', 'i.state', 'i.language', 'i.available_at', 'r.window_start', 'r.window_end', 'r.after_interaction_id'])
          .where('i.channel', '=', 'callback')
          .where('i.from_address', '=', phone)
          .execute();
      const arriveOptedIn = (id: string, from: string, to = '0771525525') => platform('', { callId: id, from, to, callbackOptIn: true });

      it('gets a callback when they hang up in the queue: the call’s language, from now to the end of the opening period, tied to the call', async () => {
        const id = callId();
        expect((await arriveOptedIn(id, '0701234001', '0771525526')).statusCode).toBe(200);
        f.deps.clock.advance(40 * SECOND);
        expect(await event({ callId: id, event: 'cancelled' })).toBe('applied');
        const abandoned = await interactionOf(id);
        expect(abandoned.state).toBe('abandoned');
        const booked = await callbacksTo('+46701234001');
        expect(booked).toEqual([
          expect.objectContaining({ state: 'queued', language: 'en', window_start: '2026-11-25T09:01:00.000Z', after_interaction_id: abandoned.id }),
        ]);
        expect(Date.parse(booked[0]!.window_end) - Date.parse(booked[0]!.window_start)).toBeGreaterThanOrEqual(30 * 60 * SECOND);
        const events = await f.deps.db.kysely.selectFrom('interaction_events').select('type').where('interaction_id', '=', abandoned.id).execute();
        expect(events.map((e) => e.type)).toContain('callback_booked');

        // The adviser who dials it sees when the caller gave up.
        const lead = await f.tokenFor('team_lead');
        const detail = await f.app.inject({ method: 'GET', url: `/v1/interactions/${booked[0]!.id}/callback`, headers: bearer(lead) });
        expect(detail.statusCode, detail.body).toBe(200);
        expect(detail.json()).toMatchObject({ phone: '+46701234001', reference: expect.any(String), gaveUpWaitingAt: '2026-11-25T09:00:40.000Z' });
      });

      it('also when the platform reports the caller gone with a BYE while waiting; and only once per number', async () => {
        const first = callId();
        await arriveOptedIn(first, '0701234002');
        expect(await event({ callId: first, event: 'ended', by: 'caller' })).toBe('applied');
        const second = callId();
        await arriveOptedIn(second, '0701234002');
        expect(await event({ callId: second, event: 'cancelled' })).toBe('applied');
        expect(await callbacksTo('+46701234002')).toHaveLength(1);
      });

      it('gets none without asking, after an answered call, from a number that cannot be called back, or when the platform gave up on the call', async () => {
        const notAsked = callId();
        await arrive(notAsked, '0771525525', '0701234003');
        await event({ callId: notAsked, event: 'cancelled' });
        expect(await callbacksTo('+46701234003')).toEqual([]);

        const foreign = callId();
        await arriveOptedIn(foreign, '+4915112345678');
        await event({ callId: foreign, event: 'cancelled' });
        const premium = callId();
        await arriveOptedIn(premium, '0900123456');
        await event({ callId: premium, event: 'cancelled' });
        const withheld = callId();
        await arriveOptedIn(withheld, 'anonymous');
        await event({ callId: withheld, event: 'cancelled' });
        expect(await f.deps.db.kysely.selectFrom('callback_requests').select('interaction_id').where('after_interaction_id', 'in', [
          (await interactionOf(foreign)).id, (await interactionOf(premium)).id, (await interactionOf(withheld)).id,
        ]).execute()).toEqual([]);

        const lost = callId();
        await arriveOptedIn(lost, '0701234004');
        await event({ callId: lost, event: 'ended', by: 'platform', cause: 'timeout' });
        expect(await callbacksTo('+46701234004')).toEqual([]);

        const desk = await addAdviser(f, 'Bea');
        await api.ready(desk);
        const talked = callId();
        await arriveOptedIn(talked, '0701234005');
        const [, sipUser] = (await target(talked)).split(' ');
        await event({ callId: talked, event: 'answered', sipUser });
        await event({ callId: talked, event: 'ended', by: 'caller' });
        expect(await callbacksTo('+46701234005')).toEqual([]);
      });

      it('refuses an opt-in that is not a boolean (400), and queues nothing', async () => {
        const id = callId();
        const res = await platform('', { callId: id, from: '0701234006', to: '0771525525', callbackOptIn: 'yes' });
        expect(res.statusCode).toBe(400);
        expect(await f.deps.db.kysely.selectFrom('phone_calls').select('call_id').where('call_id', '=', id).execute()).toEqual([]);
      });
    });

    describe('a call moved to a queue or a colleague by the adviser', () => {
      const start = async (desk: Desk, body: object) =>
        f.app.inject({ method: 'POST', url: '/v1/phone/transfers', headers: bearer(desk.token), payload: body });
      const tokenOf = (referTo: string) => /;xfer=([A-Za-z0-9_-]+)$/.exec(referTo)?.[1] ?? '';
      /** An answered call with Anna; answers the ids. */
      const talking = async () => {
        const r = await ringing();
        await event({ callId: r.id, event: 'answered', sipUser: r.sipUser });
        return r;
      };

      it('gives the adviser an address with a one-time token; the call arriving with it keeps its place in line and its case, with the note', async () => {
        const { desk, id, interactionId } = await talking();
        const before = await api.interaction(interactionId);
        f.deps.clock.advance(30 * SECOND);
        const res = await start(desk, { interactionId, queueId: 'phone-en', note: 'Vill hellre prata engelska' });
        expect(res.statusCode, res.body).toBe(201);
        const { referTo } = res.json<{ referTo: string; expiresAt: string }>();
        expect(referTo).toMatch(/^sip:0771525526@sip\.test;xfer=[A-Za-z0-9_-]{22}$/);
        // Nothing moves before the consumer's side calls.
        expect((await api.interaction(interactionId)).state).toBe('active');

        const second = callId();
        const arrived = await platform('', { callId: second, from: '0701112233', to: '0771525526', transfer: tokenOf(referTo) });
        expect(arrived.statusCode, arrived.body).toBe(200);
        expect(arrived.body.trim()).toBe(`queued ${interactionId}`);
        expect(await api.interaction(interactionId)).toMatchObject({
          queue_id: 'phone-en', enqueued_at: before.arrived_at, case_id: before.case_id, note: 'Vill hellre prata engelska', adviser_id: null,
        });
        expect(['queued', 'offered']).toContain((await api.interaction(interactionId)).state);
        // The adviser's leg ending is not the consumer leaving; nor is the token good twice.
        expect(await event({ callId: id, event: 'ended', by: 'adviser' })).toBe('applied');
        expect(['queued', 'offered']).toContain((await api.interaction(interactionId)).state);
        const again = callId();
        const reused = await platform('', { callId: again, from: '0701112233', to: '0771525526', transfer: tokenOf(referTo) });
        expect(reused.body.trim()).not.toBe(`queued ${interactionId}`);
        // The consumer hanging up now, in line, is abandoning it.
        expect(await event({ callId: second, event: 'cancelled' })).toBe('applied');
        expect((await api.interaction(interactionId)).state).toBe('abandoned');
      });

      it('takes a token only from the same caller, within its minute: otherwise the call is a new contact', async () => {
        const { desk, interactionId } = await talking();
        const { referTo } = (await start(desk, { interactionId, queueId: 'phone-sv' })).json<{ referTo: string }>();
        const stranger = callId();
        const res = await platform('', { callId: stranger, from: '0709998877', to: '0771525525', transfer: tokenOf(referTo) });
        expect(res.statusCode).toBe(200);
        expect(res.body.trim()).not.toBe(`queued ${interactionId}`);
        expect((await api.interaction(interactionId)).state).toBe('active');
        f.deps.clock.advance(61 * SECOND);
        const late = await platform('', { callId: callId(), from: '0701112233', to: '0771525525', transfer: tokenOf(referTo) });
        expect(late.body.trim()).not.toBe(`queued ${interactionId}`);
        const forgedCall = callId();
        const forged = await platform('', { callId: forgedCall, from: '0701112233', to: '0771525525', transfer: 'AAAAAAAAAAAAAAAAAAAAAA' });
        expect(forged.statusCode).toBe(200);
        // A new contact of its own; the adviser's contact is untouched.
        expect(forged.body.trim()).toBe(`queued ${(await interactionOf(forgedCall)).id}`);
        expect((await interactionOf(forgedCall)).id).not.toBe(interactionId);
        expect((await api.interaction(interactionId)).state).toBe('active');
      });

      it('spends every other token of the contact once one is used, and keeps the caller’s wish for a callback', async () => {
        const { desk, interactionId } = await (async () => {
          const d = await addAdviser(f, 'Dora');
          await api.ready(d);
          const id = callId();
          await platform('', { callId: id, from: '0701112255', to: '0771525525', callbackOptIn: true });
          const [, sipUser, ix] = (await target(id)).split(' ');
          await event({ callId: id, event: 'answered', sipUser });
          return { desk: d, interactionId: ix! };
        })();
        const first = (await start(desk, { interactionId, queueId: 'phone-sv' })).json<{ referTo: string }>().referTo;
        const second = (await start(desk, { interactionId, queueId: 'phone-en' })).json<{ referTo: string }>().referTo;
        const carried = callId();
        expect((await platform('', { callId: carried, from: '0701112255', to: '0771525526', transfer: tokenOf(second) })).body.trim()).toBe(`queued ${interactionId}`);
        expect((await api.interaction(interactionId)).queue_id).toBe('phone-en');
        const stale = await platform('', { callId: callId(), from: '0701112255', to: '0771525525', transfer: tokenOf(first) });
        expect(stale.body.trim()).not.toBe(`queued ${interactionId}`);
        const rows = await f.deps.db.kysely.selectFrom('phone_calls').select('callback_opt_in').where('call_id', '=', carried).execute();
        expect(rows).toEqual([{ callback_opt_in: 1 }]);
      });

      it('is for the adviser on the call, during it, to an open phone queue or a ready colleague; the API transfer is refused for a platform call', async () => {
        const { desk, interactionId } = await talking();
        const other = await addAdviser(f, 'Cia');
        expect((await start(other, { interactionId, queueId: 'phone-sv' })).statusCode).toBe(403);
        expect((await start(desk, { interactionId, queueId: 'chat-sv' })).json()).toMatchObject({ code: 'validation_failed' });
        expect((await start(desk, { interactionId, adviserId: other.id })).json()).toMatchObject({ code: 'invalid_state' }); // not ready
        expect((await start(desk, { interactionId })).statusCode).toBe(400);
        expect((await start(desk, { interactionId: 'nope', queueId: 'phone-sv' })).statusCode).toBe(404);
        expect((await start(desk, { interactionId, queueId: 'phone-sv', extra: 1 })).statusCode).toBe(400);
        const viaApi = await f.app.inject({ method: 'POST', url: `/v1/interactions/${interactionId}/transfer`, headers: bearer(desk.token), payload: { queueId: 'phone-sv' } });
        expect(viaApi.statusCode).toBe(409);
        expect(viaApi.json()).toMatchObject({ code: 'transfer_on_phone' });
        expect((await api.interaction(interactionId)).state).toBe('active');
      });
    });

    it('refuses a call while the queue is closed, and one to a number that is no service number', async () => {
      f.deps.clock.set('2026-11-25T20:00:00.000Z');
      const closed = await arrive(callId());
      expect(closed.statusCode).toBe(409);
      expect(closed.json()).toMatchObject({ code: 'queue_closed', queueId: 'phone-sv' });
      f.deps.clock.set(OPEN);
      const unknown = await arrive(callId(), '0771000000');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'unknown_number' });
      // The English number feeds the English queue.
      const en = callId();
      await arrive(en, '0771525526');
      expect(await interactionOf(en)).toMatchObject({ queue_id: 'phone-en', language: 'en' });
    });
  });
});
