// The live feed over a real WebSocket, on both dialects: who may connect,
// hello first, offers as they happen, resuming after a reconnect with exactly
// the missed events, resync when that cannot be done, who receives which
// events, sessions ended under an open connection, and queue statistics.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from './support/test-db.js';
import { bearer, createFixture, type Fixture } from './support/app-fixture.js';
import { addAdviser, liveApi } from './support/live-work.js';
import { connectLive, liveBase, refusedWith, waitUntil, type Durable, type LiveClient } from './support/live-client.js';
import { mintSession } from './support/sessions.js';
import type { LiveEvent } from '../backend/src/live/events.js';
import { HOUR, SECOND } from '../backend/src/shared/clock.js';

const OPEN = '2026-11-25T09:00:00.000Z';
type Of<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;
const is =
  <T extends LiveEvent['type']>(type: T, also: (m: Of<T>) => boolean = () => true) =>
  (m: LiveEvent) =>
    m.type === type && also(m as Of<T>);

describeEachDialect('live events over WebSocket', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let base: string;
  let lead: string;
  const open: LiveClient[] = [];
  const connect = async (token: string, after?: number) => {
    const c = await connectLive(base, token, after);
    open.push(c);
    return c;
  };
  const maxSeq = async () => Number((await f.deps.db.kysely.selectFrom('live_events').select((eb) => eb.fn.max('seq').as('s')).executeTakeFirst())?.s ?? 0);
  const eventsFor = async (userId: string, after: number) =>
    f.deps.db.kysely.selectFrom('live_events').select(['seq', 'type']).where('user_id', '=', userId).where('seq', '>', after).orderBy('seq').execute();
  const call = (from: string) => api.contact(lead, { channel: 'phone', language: 'sv', from });

  beforeAll(async () => {
    f = await createFixture(dialect);
    api = liveApi(f);
    base = await liveBase(f.app);
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await f.close();
  });
  beforeEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
    if (f.deps.clock.now().toISOString() !== OPEN) f.deps.clock.set(OPEN);
    lead = await f.tokenFor('team_lead');
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  describe('connecting', () => {
    it('refuses an upgrade without a valid session with 401, before any WebSocket exists', async () => {
      const anna = await addAdviser(f, 'Anna');
      expect(await refusedWith(base)).toBe(401);
      expect(await refusedWith(base, { authorization: 'Bearer not-a-session-token-at-all' })).toBe(401);
      expect((await f.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: bearer(anna.token) })).statusCode).toBe(204);
      expect(await refusedWith(base, bearer(anna.token))).toBe(401);
      expect(f.app.live.hub.size).toBe(0);
      // Nothing of a refused attempt stays open on the server.
      const connections = () => new Promise<number>((resolve) => f.app.server.getConnections((_err, n) => resolve(n)));
      await waitUntil('the refused sockets to close', async () => (await connections()) === 0);
    });

    it('refuses a malformed ?after= with 400', async () => {
      const bea = await addAdviser(f, 'Bea');
      expect(await refusedWith(base, bearer(bea.token), '?after=yesterday')).toBe(400);
      expect(await refusedWith(base, bearer(bea.token), '?after=-1')).toBe(400);
    });

    it('answers a plain GET (no upgrade) with 426', async () => {
      const bo = await addAdviser(f, 'Bo');
      expect((await f.app.inject({ method: 'GET', url: '/v1/live', headers: bearer(bo.token) })).statusCode).toBe(426);
    });

    it('sends hello first, naming the newest sequence, with nothing replayed', async () => {
      const cia = await addAdviser(f, 'Cia');
      await api.ready(cia);
      const top = await maxSeq();
      const c = await connect(cia.token);
      await c.waitFor('hello', is('hello'));
      expect(c.messages[0]).toMatchObject({ type: 'hello', lastSeq: top, replayed: 0, resync: false, userId: cia.id, at: OPEN });
    });
  });

  describe('delivery and resume', () => {
    it('delivers an offer as it is made, and after a reconnect exactly the events missed, in order, once', async () => {
      const dan = await addAdviser(f, 'Dan');
      const eva = await addAdviser(f, 'Eva');
      const first = await connect(dan.token);
      await first.waitFor('hello', is('hello'));
      await api.ready(dan);
      const ringing = await call('0701230001');
      const offer = await first.waitFor<Of<'offer'>>('the offer', is('offer'));
      expect(offer.interaction).toMatchObject({ id: ringing.id, state: 'offered', offeredTo: dan.id });
      await first.waitFor('busy', is('presence', (m) => m.presence.state === 'busy'));
      const lastSeen = Math.max(...first.durable().map((m) => m.seq));
      await first.close();

      // While Dan's desk is away: the caller hangs up, Dan goes not ready, a lead sets him ready; Eva works too.
      await api.ok(lead, 'POST', `/v1/interactions/${ringing.id}/consumer-left`, {});
      await api.notReady(dan, 'break');
      await api.ok(lead, 'POST', `/v1/advisers/${dan.id}/presence`, { intent: 'ready' });
      await api.ready(eva);
      await call('0701230002');
      const missed = await eventsFor(dan.id, lastSeen);
      expect(missed.map((e) => e.type)).toEqual(expect.arrayContaining(['offer-withdrawn', 'presence']));

      const second = await connect(dan.token, lastSeen);
      const hello = await second.waitFor<Of<'hello'>>('hello', is('hello'));
      expect(second.messages[0]).toBe(hello);
      expect(hello).toMatchObject({ replayed: missed.length, resync: false });
      const lastMissed = missed.at(-1)!.seq;
      await waitUntil('the replay', () => second.durable().some((m) => m.seq === lastMissed));
      expect(second.durable().map((m) => [m.seq, m.type])).toEqual(missed.map((e) => [e.seq, e.type]));
      expect(second.durable().find((m) => m.type === 'offer-withdrawn')).toMatchObject({ interactionId: ringing.id, reason: 'abandoned' });

      // Live again: the next event arrives once, after the replay.
      await api.notReady(dan, 'meeting');
      await second.waitFor('live presence', is('presence', (m) => m.presence.reason === 'meeting'));
      const seqs = second.durable().map((m) => m.seq);
      expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
      expect(seqs[0]).toBeGreaterThan(lastSeen);
    });

    it('replays nothing to a workstation that missed nothing', async () => {
      const fia = await addAdviser(f, 'Fia');
      await api.ready(fia);
      const c = await connect(fia.token, await maxSeq());
      expect(await c.waitFor('hello', is('hello'))).toMatchObject({ replayed: 0, resync: false });
      await api.notReady(fia, 'break');
      await c.waitFor('presence', is('presence'));
      expect(c.durable().map((m) => m.type)).toEqual(['presence']);
    });

    it('asks a workstation to re-read its state when ?after= is beyond the newest event', async () => {
      const gun = await addAdviser(f, 'Gun');
      await api.ready(gun);
      const top = await maxSeq();
      const c = await connect(gun.token, top + 100);
      expect(await c.waitFor('hello', is('hello'))).toMatchObject({ resync: true, replayed: 0, lastSeq: top });
      expect(c.durable()).toEqual([]);
    });
  });

  describe('who receives what', () => {
    it('sends team leads every adviser\'s presence, but never their offers', async () => {
      const hans = await addAdviser(f, 'Hans');
      const watching = await connect(lead);
      await watching.waitFor('hello', is('hello'));
      await api.ready(hans);
      await call('0701230003');
      // The offer is written before the presence it causes: had the lead been sent it, it would be here by now.
      await watching.waitFor('busy', is('presence', (m) => m.presence.userId === hans.id && m.presence.state === 'busy'));
      expect(watching.messages.filter((m) => m.type === 'offer' || m.type === 'offer-withdrawn' || m.type === 'interaction')).toEqual([]);
      expect(watching.durable().every((m) => m.type === 'presence')).toBe(true);
    });

    it('never sends an adviser another adviser\'s offers or presence', async () => {
      const ida = await addAdviser(f, 'Ida');
      const jon = await addAdviser(f, 'Jon');
      const idaFeed = await connect(ida.token);
      const jonFeed = await connect(jon.token);
      await Promise.all([idaFeed.waitFor('hello', is('hello')), jonFeed.waitFor('hello', is('hello'))]);
      await api.ready(ida);
      const ringing = await call('0701230004');
      await idaFeed.waitFor('offer', is('offer', (m) => m.interaction.id === ringing.id));
      // Something for Jon afterwards: once it is there, anything sent before it would be too.
      await api.notReady(jon, 'admin');
      await jonFeed.waitFor('own presence', is('presence'));
      expect(jonFeed.durable().map((m) => m.type)).toEqual(['presence']);
      expect(jonFeed.durable().every((m) => m.type !== 'presence' || m.presence.userId === jon.id)).toBe(true);
    });
  });

  describe('the heartbeat', () => {
    it('closes the connection of a session that was revoked, and keeps the others', async () => {
      const kim = await addAdviser(f, 'Kim');
      const liv = await addAdviser(f, 'Liv');
      const kimFeed = await connect(kim.token);
      const livFeed = await connect(liv.token);
      await Promise.all([kimFeed.waitFor('hello', is('hello')), livFeed.waitFor('hello', is('hello'))]);
      expect((await f.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: bearer(kim.token) })).statusCode).toBe(204);
      await f.app.live.heartbeat();
      expect(await kimFeed.closed).toMatchObject({ code: 4401 });
      await api.ready(liv);
      await livFeed.waitFor('presence', is('presence'));
      expect(livFeed.socket.readyState).toBe(livFeed.socket.OPEN);
    });

    it('counts a connected workstation as there, so a quiet but connected adviser is still offered contacts', async () => {
      const max = await addAdviser(f, 'Max');
      const ned = await addAdviser(f, 'Ned');
      await api.ready(max);
      await api.ready(ned);
      const maxFeed = await connect(max.token);
      await maxFeed.waitFor('hello', is('hello'));
      f.deps.clock.advance(60 * SECOND); // beyond the live window for both
      await f.app.live.heartbeat();
      const ringing = await call('0701230005');
      expect((await api.interaction(ringing.id)).offered_to).toBe(max.id);
      expect(Date.parse((await api.presence(ned.id)).seen_at)).toBe(Date.parse(OPEN));
    });
  });

  describe('queue statistics', () => {
    type Stats = Of<'queue-stats'>;
    const phoneSv = (m: Stats) => m.queues.find((q) => q.queueId === 'phone-sv')!;

    it('are broadcast when they changed, and not again while they stay the same', async () => {
      const olle = await addAdviser(f, 'Olle');
      const feed = await connect(olle.token);
      await feed.waitFor('hello', is('hello'));
      await f.app.live.sendQueueStats();
      const firstStats = await feed.waitFor<Stats>('statistics', is('queue-stats'));
      const waiting = phoneSv(firstStats).waiting;
      await f.app.live.sendQueueStats(); // nothing changed
      await call('0701230006');
      await f.app.live.sendQueueStats();
      const next = await feed.waitFor<Stats>('changed statistics', is('queue-stats', (m) => m !== firstStats));
      expect(phoneSv(next).waiting).toBe(waiting + 1);
      expect(feed.messages.filter((m) => m.type === 'queue-stats')).toEqual([firstStats, next]);
    });

    it('reach a workstation that connects while they stay the same', async () => {
      const per = await addAdviser(f, 'Per');
      const rut = await addAdviser(f, 'Rut');
      const early = await connect(per.token);
      await early.waitFor('hello', is('hello'));
      await f.app.live.sendQueueStats();
      await early.waitFor('statistics', is('queue-stats'));
      const late = await connect(rut.token);
      await late.waitFor('hello', is('hello'));
      await f.app.live.sendQueueStats();
      await late.waitFor('statistics for the newcomer', is('queue-stats'));
    });
  });

  describe('too much to replay', () => {
    it('asks a workstation to re-read its state rather than replay thousands of events', async () => {
      const tia = await addAdviser(f, 'Tia');
      const after = await maxSeq();
      const row = { at: OPEN, audience: 'user' as const, user_id: tia.id, type: 'presence', payload: '{"type":"presence"}' };
      await f.deps.db.kysely.insertInto('live_events').values(Array.from({ length: 2001 }, () => row)).execute();
      const c = await connect(tia.token, after);
      expect(await c.waitFor('hello', is('hello'))).toMatchObject({ resync: true, replayed: 0 });
      const d = await connect(tia.token, after + 1);
      expect(await d.waitFor('hello', is('hello'))).toMatchObject({ resync: false, replayed: 2000 });
      await waitUntil('the replay', () => d.durable().length === 2000);
    });
  });

  describe('retention', () => {
    it('asks a workstation to re-read its state when the events it missed were pruned', async () => {
      const sam = await addAdviser(f, 'Sam');
      await api.ready(sam);
      const old = await maxSeq();
      f.deps.clock.advance(25 * HOUR);
      await f.app.live.heartbeat();
      expect(await f.deps.db.kysely.selectFrom('live_events').select('seq').where('seq', '<=', old).execute()).toEqual([]);
      const token = await mintSession(f.deps, sam.id);
      await api.ok(token, 'POST', '/v1/presence', { intent: 'not_ready', reason: 'break' });
      const c = await connect(token, old - 1);
      expect(await c.waitFor('hello', is('hello'))).toMatchObject({ resync: true, replayed: 0 });
      // A workstation current to the newest pruned event misses nothing, so it resumes normally.
      const d = await connect(token, old);
      expect(await d.waitFor('hello', is('hello'))).toMatchObject({ resync: false, replayed: 1 });
      await waitUntil('the replay', () => d.durable().length === 1);
      expect((d.durable()[0] as Durable).type).toBe('presence');
      f.deps.clock.set(OPEN);
    });
  });
});
