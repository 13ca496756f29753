// Callbacks through the API on both dialects: booking on the public endpoint
// (bad numbers and windows refused, never a 500, nothing written), the
// callback offered only once its window opens, each attempt's rules (no answer
// and busy retried after the delay up to the maximum, wrong number ends it,
// reached goes on to wrap-up), expiry when the window closes, who may record
// attempts, and the overdue list for team leads. The clock is the fixture's.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { addAdviser, liveApi, type Desk } from '../../../tests/support/live-work.js';
import { mintSession } from '../../../tests/support/sessions.js';
import { MINUTE } from '../shared/clock.js';
import type { components } from '../../../api-client/src/index.js';

type S = components['schemas'];

// Wednesday 25 November 2026, 10:00 in Stockholm (CET, UTC+1); the callback queue opens 09:00–16:00.
const WED_10 = '2026-11-25T09:00:00.000Z';
const at = (stockholm: string) => new Date(`${stockholm}+01:00`).toISOString();

describeEachDialect('callbacks', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let lead: string;
  let n = 0;
  /** A different valid number per booking, so "one callback per number" stays out of the way. */
  const nextPhone = () => `070-${String(100_0000 + ++n).slice(0, 3)} ${String(n).padStart(4, '0')}`;

  beforeAll(async () => {
    f = await createFixture(dialect, { callbacksPerHour: 100_000, publicRatePerMinute: 100_000, callbackMaxAttempts: 3, callbackRetryMinutes: 15 });
    await insertBasics(f.deps);
    api = liveApi(f);
  });
  afterAll(() => f.close());

  beforeEach(async () => {
    f.deps.clock.set(WED_10);
    lead = await f.tokenFor('team_lead');
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null, adviser_id: null }).where('state', 'not in', ['done', 'abandoned', 'expired', 'transferred']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  const book = (body: Record<string, unknown>) => f.app.inject({ method: 'POST', url: '/v1/public/callbacks', payload: body });
  const booking = (extra: Record<string, unknown> = {}) => ({
    phone: nextPhone(),
    language: 'sv',
    windowStart: at('2026-11-25T11:00'),
    windowEnd: at('2026-11-25T12:00'),
    ...extra,
  });
  const bookOk = async (extra: Record<string, unknown> = {}) => {
    const res = await book(booking(extra));
    expect(res.statusCode, res.body).toBe(201);
    const confirmation = res.json<S['CallbackConfirmation']>();
    const req = await f.deps.db.kysely.selectFrom('callback_requests').selectAll().where('reference', '=', confirmation.reference).executeTakeFirstOrThrow();
    return { confirmation, id: req.interaction_id };
  };
  /** Moves the clock; sessions and workstations are renewed as a desk in use would be. */
  const later = async (ms: number, ...desks: Desk[]) => {
    f.deps.clock.advance(ms);
    lead = await f.tokenFor('team_lead');
    for (const d of desks) d.token = await mintSession(f.deps, d.id);
  };
  const attempt = (d: Desk, id: string, outcome: string, note?: string) =>
    api.call<S['CallbackAttemptResult']>(d.token, 'POST', `/v1/interactions/${id}/callback-attempts`, { outcome, ...(note ? { note } : {}) });
  /** A ready adviser who takes callbacks only, so no other contact gets in the way. */
  const callbackAdviser = async (name: string) => {
    const d = await addAdviser(f, name);
    await api.ready(d);
    await api.ok(lead, 'PATCH', `/v1/advisers/${d.id}/profile`, { channels: ['callback'], version: 1 });
    return d;
  };
  const countRows = async () => Number((await f.deps.db.kysely.selectFrom('interactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  describe('booking', () => {
    it('refuses numbers that are not Swedish phone numbers with a 400 naming the field, never echoing the number, writing nothing', async () => {
      const before = await countRows();
      for (const phone of ['12345', '+45 70 12 34 56', '0900-123 45 67', 'ring mig', '070-123 45 67 89 0', '+46 070']) {
        const res = await book(booking({ phone }));
        expect(res.statusCode, phone).toBe(400);
        const problem = res.json<S['Problem'] & { errors: Array<{ path: string }> }>();
        expect(problem.code).toBe('validation_failed');
        expect(problem.errors[0]!.path).toBe('/phone');
        expect(res.body).not.toContain(phone);
      }
      expect(await countRows()).toBe(before);
    });

    it('accepts the usual ways of writing a Swedish number and stores it in E.164', async () => {
      for (const [phone, e164] of [['08-123 456 78', '+46812345678'], ['+46 (0)70 222 33 44', '+46702223344'], ['0046 31 12 34 56', '+4631123456']] as const) {
        const { confirmation, id } = await bookOk({ phone });
        expect((await api.interaction(id)).from_address).toBe(e164);
        expect(confirmation.phoneMasked).toBe(`${e164.slice(0, 5)}…${e164.slice(-2)}`);
      }
    });

    it('refuses windows that are malformed, too short, too long, in the past or too far ahead with a 400', async () => {
      const before = await countRows();
      const cases: Array<[string, string, string]> = [
        [at('2026-11-25T12:00'), at('2026-11-25T11:00'), '/windowEnd'],
        [at('2026-11-25T11:00'), at('2026-11-25T11:15'), '/windowEnd'],
        [at('2026-11-25T09:00'), at('2026-11-25T15:00'), '/windowEnd'],
        [at('2026-11-25T09:00'), at('2026-11-25T09:45'), '/windowStart'],
        [at('2026-11-24T11:00'), at('2026-11-24T12:00'), '/windowStart'],
        [at('2026-12-21T11:00'), at('2026-12-21T12:00'), '/windowStart'],
      ];
      for (const [windowStart, windowEnd, path] of cases) {
        const res = await book(booking({ windowStart, windowEnd }));
        expect(res.statusCode, `${windowStart}–${windowEnd}`).toBe(400);
        expect(res.json<{ errors: Array<{ path: string }> }>().errors[0]!.path).toBe(path);
      }
      for (const bad of [{ windowStart: 'tomorrow' }, { language: 'de' }, { surprise: 1 }, { question: '' }]) {
        const res = await book(booking(bad));
        expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      }
      expect(await countRows()).toBe(before);
    });

    it('refuses a window outside opening hours, on a weekend or a public holiday with 409 queue_closed and the next opening', async () => {
      const before = await countRows();
      const cases: Array<[string, string, string]> = [
        // After closing the same day: next opening Thursday 09:00.
        [at('2026-11-25T15:30'), at('2026-11-25T16:30'), at('2026-11-26T09:00')],
        [at('2026-11-28T10:00'), at('2026-11-28T11:00'), at('2026-11-30T09:00')],
      ];
      const refused = async (windowStart: string, windowEnd: string, next: string) => {
        const res = await book(booking({ windowStart, windowEnd }));
        expect(res.statusCode, windowStart).toBe(409);
        expect(res.json()).toMatchObject({ code: 'queue_closed', queueId: 'callback-sv', nextOpening: next });
      };
      for (const [windowStart, windowEnd, next] of cases) await refused(windowStart, windowEnd, next);
      // Christmas Day, a Friday, booked the Monday before.
      f.deps.clock.set(at('2026-12-21T10:00'));
      await refused(at('2026-12-25T10:00'), at('2026-12-25T11:00'), at('2026-12-28T09:00'));
      expect(await countRows()).toBe(before);
    });

    it('lists bookable windows inside opening hours only, starting now for the current hour', async () => {
      const res = await f.app.inject({ method: 'GET', url: '/v1/public/callbacks/slots?language=en' });
      expect(res.statusCode).toBe(200);
      const { days } = res.json<S['CallbackSlots']>();
      expect(days[0]).toMatchObject({ date: '2026-11-25' });
      expect(days[0]!.slots[0]).toEqual({ start: WED_10, end: at('2026-11-25T11:00') });
      expect(days[0]!.slots.at(-1)).toEqual({ start: at('2026-11-25T15:00'), end: at('2026-11-25T16:00') });
      expect(days.map((d) => d.date)).not.toContain('2026-11-28');
      for (const d of days) for (const s of d.slots) {
        const check = await book(booking({ language: 'en', windowStart: s.start, windowEnd: s.end, phone: nextPhone() }));
        if (check.statusCode !== 201) throw new Error(`${s.start}: ${check.body}`);
        break;
      }
    });

    it('books a callback that waits in the queue, not offered before its window opens, then offered when it does', async () => {
      const anna = await callbackAdviser('Anna');
      const { confirmation, id } = await bookOk({ question: 'Min tvättmaskin läcker.', topicId: 'goods' });
      expect(confirmation).toMatchObject({ language: 'sv', windowStart: at('2026-11-25T11:00'), windowEnd: at('2026-11-25T12:00'), maxAttempts: 3, retryMinutes: 15 });
      expect(confirmation.reference).toMatch(/^AU-[2-9A-HJ-NP-Z]{6}$/);
      const row = await api.interaction(id);
      expect(row).toMatchObject({ channel: 'callback', queue_id: 'callback-sv', state: 'queued', available_at: at('2026-11-25T11:00'), subject: 'Min tvättmaskin läcker.', topic_id: 'goods' });
      await api.tick();
      expect(await api.offers(anna)).toEqual([]);

      await later(59 * MINUTE, anna);
      await api.ready(anna);
      expect(await api.offers(anna)).toEqual([]);
      await later(1 * MINUTE, anna);
      await api.ready(anna);
      expect((await api.offers(anna)).map((o) => o.id)).toEqual([id]);
    });

    it('offers no windows and refuses every booking while the callback queue is switched off', async () => {
      const queues = await api.ok<Array<{ id: string; version: number }>>(lead, 'GET', '/v1/queues');
      const queue = queues.find((q) => q.id === 'callback-en')!;
      await api.ok(lead, 'PATCH', '/v1/queues/callback-en', { version: queue.version, active: false });
      try {
        const slots = await f.app.inject({ method: 'GET', url: '/v1/public/callbacks/slots?language=en' });
        expect(slots.json<S['CallbackSlots']>().days).toEqual([]);
        const res = await book(booking({ language: 'en' }));
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'queue_closed', queueId: 'callback-en', nextOpening: null });
      } finally {
        await api.ok(lead, 'PATCH', '/v1/queues/callback-en', { version: queue.version + 1, active: true });
      }
    });

    it('refuses a second callback to a number that already has one waiting', async () => {
      const phone = nextPhone();
      await bookOk({ phone });
      const res = await book(booking({ phone, windowStart: at('2026-11-26T10:00'), windowEnd: at('2026-11-26T11:00') }));
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict' });
    });
  });

  describe('attempts', () => {
    /** Booked at 10:00 for 10:30–12:00, offered and taken as the window opens. */
    async function takeCallback(name = 'Bo') {
      const desk = await callbackAdviser(name);
      const { id } = await bookOk({ windowStart: at('2026-11-25T10:30'), windowEnd: at('2026-11-25T12:00') });
      await later(30 * MINUTE, desk);
      await api.ready(desk);
      const accepted = await api.step(desk, id, 'accept');
      expect(accepted.state).toBe('active');
      return { desk, id };
    }

    it('shows the adviser the number, window, question and attempts', async () => {
      const { desk, id } = await takeCallback();
      const detail = await api.ok<S['CallbackDetail']>(desk.token, 'GET', `/v1/interactions/${id}/callback`);
      expect(detail).toMatchObject({ interactionId: id, windowStart: at('2026-11-25T10:30'), windowEnd: at('2026-11-25T12:00'), attempts: [], maxAttempts: 3 });
      expect(detail.phone).toMatch(/^\+46\d{9}$/);
    });

    it('puts an unanswered callback back in line for the retry delay, offers it again after, and ends it after the last attempt', async () => {
      const callbackStats = async () => (await api.ok<S['Wallboard']>(lead, 'GET', '/v1/wallboard')).queues.find((q) => q.queueId === 'callback-sv')!;
      const answeredBefore = (await callbackStats()).answeredToday;
      const { desk, id } = await takeCallback();
      const first = await attempt(desk, id, 'no_answer', 'Röstbrevlåda');
      expect(first.status).toBe(201);
      expect(first.body.interaction).toMatchObject({ state: 'queued', adviserId: null, availableAt: at('2026-11-25T10:45') });
      expect(first.body.callback.attempts).toMatchObject([{ outcome: 'no_answer', note: 'Röstbrevlåda', adviserId: desk.id }]);
      // Free for other work at once, and not offered the callback before the delay.
      expect((await api.presence(desk.id)).state).toBe('ready');
      await later(14 * MINUTE, desk);
      await api.ready(desk);
      expect(await api.offers(desk)).toEqual([]);
      await later(1 * MINUTE, desk);
      await api.ready(desk);
      expect((await api.offers(desk)).map((o) => o.id)).toEqual([id]);
      await api.step(desk, id, 'accept');
      expect((await attempt(desk, id, 'busy')).body.interaction.state).toBe('queued');

      await later(15 * MINUTE, desk);
      await api.ready(desk);
      await api.step(desk, id, 'accept');
      const last = await attempt(desk, id, 'no_answer');
      expect(last.body.interaction).toMatchObject({ state: 'wrap_up', endReason: 'callback_max_attempts' });
      expect(last.body.callback.attempts.map((a) => a.outcome)).toEqual(['no_answer', 'busy', 'no_answer']);
      expect(await api.steps(id)).toEqual(expect.arrayContaining(['callback_attempt', 'callback_retry', 'wrap_up']));
      // Each time it came due it was taken at once: answered within the callback queue's service level (measured from
      // when it came due, not from the booking half an hour before), counted once.
      expect(await callbackStats()).toMatchObject({ answeredToday: answeredBefore + 1, serviceLevelToday: 100 });
      // Nothing more to try: the adviser completes the wrap-up as usual.
      expect((await api.step(desk, id, 'complete', {})).state).toBe('done');
    });

    it('ends an unanswered callback at once when its window leaves no time for another attempt', async () => {
      const { desk, id } = await takeCallback();
      // 11:50: a retry at 12:05 would come after the consumer's window (until 12:00).
      await later(80 * MINUTE, desk);
      await api.ready(desk);
      const res = await attempt(desk, id, 'no_answer');
      expect(res.body.interaction).toMatchObject({ state: 'wrap_up', endReason: 'callback_window_ended' });
    });

    it('ends a wrong number at once, with no retry', async () => {
      const { desk, id } = await takeCallback();
      const res = await attempt(desk, id, 'wrong_number');
      expect(res.body.interaction).toMatchObject({ state: 'wrap_up', endReason: 'callback_wrong_number' });
      await later(30 * MINUTE, desk);
      await api.ready(desk);
      expect((await api.interaction(id)).state).not.toBe('queued');
    });

    it('goes on as an active contact when the consumer is reached, then wrap-up as usual; no further attempts after', async () => {
      const { desk, id } = await takeCallback();
      const reached = await attempt(desk, id, 'reached');
      expect(reached.body.interaction).toMatchObject({ state: 'active', adviserId: desk.id });
      // The answer carries the number again: the read is audited, to this adviser.
      const audits = await f.deps.db.kysely.selectFrom('audit_log').select(['user_id', 'detail']).where('entity_id', '=', id).where('action', '=', 'interaction.read').execute();
      expect(audits.filter((a) => String(a.detail).includes('callback-attempt')).map((a) => a.user_id)).toEqual([desk.id]);
      const again = await attempt(desk, id, 'no_answer');
      expect(again.status).toBe(409);
      expect((await api.step(desk, id, 'end')).state).toBe('wrap_up');
      expect((await api.step(desk, id, 'complete', {})).state).toBe('done');
      expect((await attempt(desk, id, 'reached')).status).toBe(409);
    });

    it('asks the adviser it is offered to to answer it before recording an attempt', async () => {
      const desk = await callbackAdviser('Eva');
      const { id } = await bookOk({ windowStart: at('2026-11-25T10:30'), windowEnd: at('2026-11-25T12:00') });
      await later(30 * MINUTE, desk);
      await api.ready(desk);
      expect((await api.offers(desk)).map((o) => o.id)).toEqual([id]);
      const res = await attempt(desk, id, 'no_answer');
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'invalid_state' });
      expect(await f.deps.db.kysely.selectFrom('callback_attempts').select('id').where('interaction_id', '=', id).execute()).toEqual([]);
    });

    it('handles a callback registered by a channel (no booking) the same way: no reference or window end, attempts and retries as usual', async () => {
      const desk = await callbackAdviser('Frida');
      const registered = await api.contact(lead, { channel: 'callback', language: 'sv', from: '0703334455' });
      await api.ready(desk);
      await api.step(desk, registered.id, 'accept');
      const detail = await api.ok<S['CallbackDetail']>(desk.token, 'GET', `/v1/interactions/${registered.id}/callback`);
      expect(detail).toMatchObject({ reference: null, phone: '+46703334455', windowStart: WED_10, windowEnd: null, attempts: [] });
      const res = await attempt(desk, registered.id, 'busy');
      expect(res.body.interaction).toMatchObject({ state: 'queued', availableAt: at('2026-11-25T10:15') });
      // With no window there is nothing to expire it: it waits for its retry.
      await later(60 * MINUTE);
      await api.tick();
      expect((await api.interaction(registered.id)).state).toBe('queued');
    });

    it('lets only the adviser handling the callback record attempts', async () => {
      const { id } = await takeCallback();
      const other = await addAdviser(f, 'Cecilia');
      const res = await attempt(other, id, 'no_answer');
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'forbidden' });
      // A refused attempt read nothing, so nothing is audited for it.
      const audits = await f.deps.db.kysely.selectFrom('audit_log').select('detail').where('entity_id', '=', id).where('user_id', '=', other.id).execute();
      expect(audits).toEqual([]);
      expect((await api.ok<S['CallbackDetail']>(lead, 'GET', `/v1/interactions/${id}/callback`)).attempts).toEqual([]);
      expect((await api.call(other.token, 'GET', `/v1/interactions/${id}/callback`)).status).toBe(403);
      // The lead may read it, but records nothing: it is not in their hands.
      expect((await attempt({ id: f.users.team_lead, token: lead }, id, 'reached')).status).toBe(403);
    });

    it('refuses attempts on a contact that is not a callback, and bad outcomes', async () => {
      const { desk, id } = await takeCallback();
      expect((await attempt(desk, id, 'maybe')).status).toBe(400);
      expect((await api.call(desk.token, 'POST', `/v1/interactions/${id}/callback-attempts`, { outcome: 'busy', extra: 1 })).status).toBe(400);
      expect((await api.call(desk.token, 'POST', '/v1/interactions/no-such-id/callback-attempts', { outcome: 'busy' })).status).toBe(404);
      await api.step(desk, id, 'end');
      await api.step(desk, id, 'complete', {});
      await api.ok(lead, 'PATCH', `/v1/advisers/${desk.id}/profile`, { channels: ['phone'], version: 2 });
      const call = await api.contact(lead, { channel: 'phone', language: 'sv', from: '0701234567' });
      await api.ready(desk);
      await api.step(desk, call.id, 'accept');
      const res = await attempt(desk, call.id, 'reached');
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'invalid_state' });
    });
  });

  describe('expiry and overdue callbacks', () => {
    it('expires a callback still waiting when its window closes', async () => {
      const { id } = await bookOk({ windowStart: at('2026-11-25T10:00'), windowEnd: at('2026-11-25T11:00') });
      await later(59 * MINUTE);
      await api.tick();
      expect((await api.interaction(id)).state).toBe('queued');
      await later(1 * MINUTE);
      await api.tick();
      expect(await api.interaction(id)).toMatchObject({ state: 'expired', end_reason: 'callback_window_ended' });
    });

    it('lists callbacks waiting past the service level or closing soon to team leads, and refuses advisers', async () => {
      const { id: late } = await bookOk({ windowStart: at('2026-11-25T10:00'), windowEnd: at('2026-11-25T14:00') });
      const { id: closing } = await bookOk({ windowStart: at('2026-11-25T10:00'), windowEnd: at('2026-11-25T10:40') });
      const { id: future } = await bookOk({ windowStart: at('2026-11-25T13:00'), windowEnd: at('2026-11-25T14:00') });
      const read = async () => (await api.ok<S['OverdueCallbacks']>(lead, 'GET', '/v1/callbacks/overdue')).items;
      // 10:00: nothing late yet (the service level is 15 minutes); the 40-minute window already closes within 30.
      expect((await read()).map((i) => i.interactionId)).toEqual([]);
      await later(11 * MINUTE);
      expect((await read()).map((i) => [i.interactionId, i.reasons])).toEqual([[closing, ['closing']]]);
      await later(5 * MINUTE);
      const items = await read();
      expect(items.map((i) => [i.interactionId, i.reasons])).toEqual([[closing, ['late', 'closing']], [late, ['late']]]);
      expect(items.map((i) => i.interactionId)).not.toContain(future);
      expect(JSON.stringify(items)).not.toMatch(/\+46/);

      const adviser = await addAdviser(f, 'Dan');
      const refused = await api.call(adviser.token, 'GET', '/v1/callbacks/overdue');
      expect(refused.status).toBe(403);
    });
  });
});

describeEachDialect('callback booking rate limit', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    // Four an hour: a burst of three, then one every fifteen minutes.
    f = await createFixture(dialect, { callbacksPerHour: 4 });
    f.deps.clock.set(WED_10);
  });
  afterAll(() => f.close());

  it('refuses a client booking too many callbacks with 429 and Retry-After, before looking at the request', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 4; i++) {
      const res = await f.app.inject({
        method: 'POST',
        url: '/v1/public/callbacks',
        payload: { phone: `070-555 00 0${i}`, language: 'sv', windowStart: at('2026-11-25T11:00'), windowEnd: at('2026-11-25T12:00') },
      });
      statuses.push(res.statusCode);
      retryAfter = res.headers['retry-after'] as string | undefined;
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    const rows = await f.deps.db.kysely.selectFrom('callback_requests').select('reference').execute();
    expect(rows).toHaveLength(3);
  });
});
