// Two backend instances on ONE PostgreSQL database, each with its own
// connection pool, live bus and NOTIFY bridge, as in production behind a load
// balancer. Many advisers and contacts, hammered through both at once: no
// contact is ever offered to two advisers, capacity is never exceeded, no
// request fails with 500; and an event committed through one instance reaches
// a workstation connected to the other.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../backend/src/app.js';
import { loadConfig } from '../backend/src/config.js';
import { openPostgres, type Db } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import type { Deps } from '../backend/src/deps.js';
import { createLiveBus } from '../backend/src/live/bus.js';
import { markSeen, setIntent } from '../backend/src/presence/service.js';
import { liveWork, tick } from '../backend/src/routing/engine.js';
import { ManualClock, SECOND } from '../backend/src/shared/clock.js';
import { bearer } from './support/app-fixture.js';
import { waitUntil } from './support/live-client.js';
import { checkInvariants } from './support/live-invariants.js';
import { connectLive, liveBase } from './support/live-client.js';
import { replayHistory } from './support/offer-history.js';
import { mintSession } from './support/sessions.js';
import { createEmptyDb, type TestDb } from './support/test-db.js';

const ADVISERS = 24;
const CONTACTS = 60;
const ROUNDS = 6;

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('two backend instances on one PostgreSQL', () => {
  let t: TestDb;
  let dbB: Db;
  const clock = new ManualClock(new Date('2026-11-25T09:00:00.000Z'));
  let a: { app: App; deps: Deps };
  let b: { app: App; deps: Deps };
  let leadToken: string;
  const desks: Array<{ id: string; token: string }> = [];

  beforeAll(async () => {
    t = await createEmptyDb('postgres');
    await migrateToLatest(t.db);
    dbB = openPostgres(t.url!, 10);
    const config = { ...loadConfig({}), dataDir: '/nonexistent', databaseUrl: t.url! };
    const instance = async (db: Db) => {
      const deps: Deps = { db, clock, config, bus: createLiveBus() };
      const app = await buildApp(deps);
      await app.ready(); // starts this instance's NOTIFY bridge
      return { app, deps };
    };
    a = await instance(t.db);
    b = await instance(dbB);
    const k = t.db.kysely;
    const now = clock.now().toISOString();
    const user = async (role: 'adviser' | 'team_lead', name: string) => {
      const id = randomUUID();
      await k.insertInto('users').values({ id, username: `${name}-${id.slice(0, 6)}`, display_name: name, role, password_hash: 'x', active: 1, created_at: now, updated_at: now }).execute();
      return { id, token: await mintSession(a.deps, id) };
    };
    leadToken = (await user('team_lead', 'Lead')).token;
    for (let i = 0; i < ADVISERS; i++) desks.push(await user('adviser', `Adviser${i}`));
  });

  afterAll(async () => {
    await a?.app.close();
    await b?.app.close();
    await dbB?.close();
    await t?.drop();
  });

  it('never offers one contact to two advisers, never exceeds capacity, and never fails, under load through both', async () => {
    const rnd = random(20261125);
    const statuses: number[] = [];
    const failures: string[] = [];
    const via = () => (rnd() < 0.5 ? a : b);
    const call = async (token: string, method: 'GET' | 'POST', url: string, payload?: object) => {
      const res = await via().app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });
      statuses.push(res.statusCode);
      if (res.statusCode >= 500) failures.push(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res;
    };
    const guard = (p: Promise<unknown>) => p.catch((err: unknown) => void failures.push(String(err)));

    // Contacts arrive through both instances at once, and half the advisers go ready at the same time.
    const channels = ['phone', 'chat', 'email'] as const;
    await Promise.all([
      ...Array.from({ length: CONTACTS / 2 }, (_, i) => call(leadToken, 'POST', '/v1/interactions', { channel: channels[i % 3], language: i % 4 === 0 ? 'en' : 'sv' })),
      ...desks.slice(0, ADVISERS / 2).map((d) => call(d.token, 'POST', '/v1/presence', { intent: 'ready' })),
    ]);

    // Each adviser's desk, busy: answer what rings (mostly accept, sometimes decline), finish what is in hand.
    const desk = async (d: { id: string; token: string }) => {
      const work = await call(d.token, 'GET', '/v1/work');
      if (work.statusCode !== 200) return;
      const { presence, interactions } = work.json<{ presence: { intent: string }; interactions: Array<{ id: string; state: string }> }>();
      if (presence.intent !== 'ready' && rnd() < 0.7) await call(d.token, 'POST', '/v1/presence', { intent: 'ready' });
      for (const i of interactions) {
        const r = rnd();
        if (i.state === 'offered') await call(d.token, 'POST', `/v1/interactions/${i.id}/${r < 0.75 ? 'accept' : 'decline'}`);
        else if (i.state === 'active') await call(d.token, 'POST', `/v1/interactions/${i.id}/${r < 0.5 ? 'end' : 'complete'}`, r < 0.5 ? undefined : {});
        else if (i.state === 'wrap_up') await call(d.token, 'POST', `/v1/interactions/${i.id}/complete`, {});
      }
      if (rnd() < 0.08) await call(d.token, 'POST', '/v1/presence', { intent: 'not_ready', reason: 'break' });
    };

    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all([
        ...desks.map((d) => desk(d)),
        ...Array.from({ length: CONTACTS / 2 / ROUNDS }, (_, i) => call(leadToken, 'POST', '/v1/interactions', { channel: channels[(round + i) % 3], language: 'sv' })),
        // Both instances run their tick, and a heartbeat marks everyone's workstation as there.
        guard(tick(a.deps)),
        guard(tick(b.deps)),
        guard(markSeen(b.deps.db, desks.map((d) => d.id), clock.now())),
        guard(tick(a.deps)),
      ]);
      // Some offers ring out between rounds.
      clock.advance(11 * SECOND);
    }
    await Promise.all([guard(tick(a.deps)), guard(tick(b.deps))]);

    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // The run did real work on both paths.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(100);
    const k = t.db.kysely;
    const count = async (type: string) => Number((await k.selectFrom('interaction_events').select((eb) => eb.fn.countAll().as('n')).where('type', '=', type).executeTakeFirstOrThrow()).n);
    expect(await count('offered')).toBeGreaterThan(40);
    expect(await count('accepted')).toBeGreaterThan(20);

    // The whole history, in commit order: at no moment two offers of one contact, or capacity exceeded.
    expect(await replayHistory(k)).toEqual([]);
    // And the final state, after one more routing pass.
    await tick(a.deps);
    const ids = (await k.selectFrom('interactions').select('id').execute()).map((r) => r.id);
    const maxEvent = await checkInvariants(a.deps, { interactionIds: ids, adviserIds: desks.map((d) => d.id), afterEventId: Number.MAX_SAFE_INTEGER, routedLast: false });
    await checkInvariants(a.deps, { interactionIds: ids, adviserIds: desks.map((d) => d.id), afterEventId: maxEvent, routedLast: true });
  }, 120_000);

  it('keeps delivering across instances after the server drops the listening connections', async () => {
    const d = desks[ADVISERS - 2]!;
    const k = t.db.kysely;
    const listeners = async () =>
      (await k.selectFrom('pg_stat_activity' as never).select('pid' as never).where('query' as never, 'like', 'LISTEN%' as never).where('state' as never, '=', 'idle' as never).execute()) as Array<{ pid: number }>;
    await waitUntil('both instances to listen', async () => (await listeners()).length === 2);
    const before = (await listeners()).map((l) => l.pid);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`.execute(k);
    // Each bridge notices, and listens again on a new connection.
    await waitUntil('both bridges to listen again', async () => {
      const now = (await listeners()).map((l) => l.pid);
      return now.length === 2 && now.every((pid) => !before.includes(pid));
    }, 10_000);
    const feed = await connectLive(await liveBase(b.app), d.token);
    try {
      await feed.waitFor('hello', (m) => m.type === 'hello');
      await a.app.inject({ method: 'POST', url: '/v1/presence', headers: bearer(d.token), payload: { intent: 'not_ready', reason: 'admin' } });
      await feed.waitFor('the presence event from instance A', (m) => m.type === 'presence' && m.presence.reason === 'admin');
    } finally {
      await feed.close();
    }
  });

  it('lets a heartbeat run alongside a routing transaction that holds presence rows, without a deadlock', async () => {
    const k = t.db.kysely;
    const [one, two] = desks.slice(0, 2).map((d) => d.id);
    const actor = (userId: string) => ({ userId, username: 'x', role: 'adviser' as const, sessionId: 'x', ip: null });
    const heartbeatWaits = async () =>
      (await k.selectFrom('pg_stat_activity' as never).select('pid' as never).where('wait_event_type' as never, '=', 'Lock' as never).where('query' as never, 'like', '%seen_at%' as never).execute()).length > 0;

    /** Instance A holds `held`'s presence row, then needs `next`'s (as a pass that offers to `next` would) while instance B's heartbeat marks both. */
    async function race(held: string, next: string, reason: 'meeting' | 'training') {
      let holding!: () => void;
      const isHolding = new Promise<void>((r) => (holding = r));
      let heartbeatDone = false;
      const routing = liveWork(a.deps, async (rtx) => {
        await setIntent(rtx, actor(held), held, 'not_ready', reason);
        holding();
        await waitUntil('the heartbeat to wait on the row, or to finish', async () => heartbeatDone || (await heartbeatWaits()));
        await setIntent(rtx, actor(next), next, 'not_ready', reason);
      });
      await isHolding;
      clock.advance(SECOND);
      const heartbeat = markSeen(b.deps.db, [one!, two!], clock.now()).finally(() => (heartbeatDone = true));
      const outcome = await Promise.allSettled([routing, heartbeat]);
      expect(outcome.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual(['ok', 'ok']);
      const rows = await k.selectFrom('adviser_presence').select('reason').where('user_id', 'in', [one!, two!]).execute();
      expect(rows.map((r) => r.reason)).toEqual([reason, reason]);
    }
    // The heartbeat's UPDATE locks rows in whatever order it scans them: both orders are tried,
    // so one of the two races has it holding the row the routing transaction needs next.
    await race(two!, one!, 'meeting');
    await race(one!, two!, 'training');
  });

  it('delivers an event committed through instance A to a workstation connected to instance B', async () => {
    const d = desks[ADVISERS - 1]!;
    const base = await liveBase(b.app);
    const feed = await connectLive(base, d.token);
    const heardByB: string[] = [];
    const stop = b.deps.bus.on((signal) => heardByB.push(signal));
    try {
      await feed.waitFor('hello', (m) => m.type === 'hello');
      const res = await a.app.inject({ method: 'POST', url: '/v1/presence', headers: bearer(d.token), payload: { intent: 'not_ready', reason: 'training' } });
      expect(res.statusCode).toBe(200);
      const event = await feed.waitFor('the presence event from instance A', (m) => m.type === 'presence' && m.presence.reason === 'training');
      const row = await t.db.kysely.selectFrom('live_events').select('seq').where('user_id', '=', d.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
      expect(event).toMatchObject({ seq: Number(row.seq) });
      // Instance B committed nothing itself (its bus relays only its own commits): the signal came over NOTIFY.
      expect(heardByB).toContain('events');
    } finally {
      stop();
      await feed.close();
    }
  });
});
