// One chat across two backend instances on ONE PostgreSQL database, as behind
// a load balancer: the consumer's page and requests go to instance A, the
// adviser's workstation and requests to instance B. Messages each way arrive
// once, typing reaches the other side, and a second page (another tab) on B
// gets the same messages once — all carried between the instances by the
// NOTIFY bridge.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../backend/src/app.js';
import { loadConfig } from '../backend/src/config.js';
import { openPostgres, type Db } from '../backend/src/db/connect.js';
import { migrateToLatest } from '../backend/src/db/migrate.js';
import type { Deps } from '../backend/src/deps.js';
import { createLiveBus } from '../backend/src/live/bus.js';
import type { LiveEvent } from '../backend/src/live/events.js';
import { ManualClock } from '../backend/src/shared/clock.js';
import { bearer } from './support/app-fixture.js';
import { chatConsumerApi } from './support/chat-consumer.js';
import { isChat, isMessage, openPage, type ChatMessage, type ChatPage } from './support/chat-page.js';
import { connectLive, liveBase, type LiveClient } from './support/live-client.js';
import { mintSession } from './support/sessions.js';
import { createEmptyDb, type TestDb } from './support/test-db.js';

type Of<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;

describe('a chat across two backend instances on one PostgreSQL', () => {
  let t: TestDb;
  let dbB: Db;
  const clock = new ManualClock(new Date('2026-11-25T09:00:00.000Z'));
  let a: { app: App; deps: Deps };
  let b: { app: App; deps: Deps };
  const open: Array<ChatPage | LiveClient> = [];

  beforeAll(async () => {
    t = await createEmptyDb('postgres');
    await migrateToLatest(t.db);
    dbB = openPostgres(t.url!, 5);
    const config = { ...loadConfig({}), dataDir: '/nonexistent', databaseUrl: t.url!, newChatsPerHour: 100_000, publicRatePerMinute: 100_000 };
    const instance = async (db: Db) => {
      const deps: Deps = { db, clock, config, bus: createLiveBus() };
      const app = await buildApp(deps);
      await app.ready(); // starts this instance's NOTIFY bridge
      return { app, deps };
    };
    a = await instance(t.db);
    b = await instance(dbB);
  });
  afterAll(async () => {
    await Promise.all(open.map((c) => c.close()));
    await a?.app.close();
    await b?.app.close();
    await dbB?.close();
    await t?.drop();
  });

  it('carries messages each way once, and typing to the other side', async () => {
    const now = clock.now().toISOString();
    const adviserId = randomUUID();
    await t.db.kysely.insertInto('users').values({ id: adviserId, username: 'anna', display_name: 'Anna Lind', role: 'adviser', password_hash: 'x', active: 1, created_at: now, updated_at: now }).execute();
    const token = await mintSession(a.deps, adviserId);
    const viaB = async <T>(method: 'GET' | 'POST', url: string, payload?: object) => {
      const res = await b.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return (res.body ? res.json() : null) as T;
    };
    const consumer = chatConsumerApi(a);
    const chat = await consumer.open({ language: 'sv', question: 'Hej från instans A' });

    const desk = await connectLive(await liveBase(b.app), token);
    open.push(desk);
    await desk.waitFor('hello', (m) => m.type === 'hello');
    await viaB('POST', '/v1/presence', { intent: 'ready' });
    await viaB('POST', `/v1/interactions/${chat.chatId}/accept`);

    const page = await openPage(await liveBase(a.app), chat.chatId, { token: chat.token });
    open.push(page);
    await page.waitFor('accepted, seen from A', isChat((c) => c.state === 'active' && c.adviserName === 'Anna'));

    // Consumer → adviser: written through A, delivered by B.
    const fromConsumer = await consumer.send(chat, 'from-a-0001', 'Skrivet via A');
    await desk.waitFor('the consumer\'s message at B', (m) => m.type === 'chat-message' && m.message.seq === fromConsumer.seq);
    // Adviser → consumer: written through B, delivered by A.
    const fromAdviser = await viaB<ChatMessage>('POST', `/v1/interactions/${chat.chatId}/messages`, { clientId: 'from-b-0001', text: 'Skrivet via B' });
    await page.waitFor('the adviser\'s message at A', isMessage((m) => m.seq === fromAdviser.seq));

    // Typing, each way.
    await consumer.typing(chat);
    await desk.waitFor('the consumer typing, at B', (m) => m.type === 'chat-activity' && m.interactionId === chat.chatId && m.consumerTyping);
    await viaB('POST', `/v1/interactions/${chat.chatId}/typing`);
    await page.waitFor('the adviser typing, at A', isChat((c) => c.adviserTyping));

    // A second tab, on instance B, and one more message each way: everything once everywhere.
    const tab = await openPage(await liveBase(b.app), chat.chatId, { token: chat.token });
    open.push(tab);
    await tab.waitFor('the second tab\'s state', isChat());
    const last = [await consumer.send(chat, 'from-a-0002', 'Igen via A'), await viaB<ChatMessage>('POST', `/v1/interactions/${chat.chatId}/messages`, { clientId: 'from-b-0002', text: 'Igen via B' })];
    const lastSeq = last[1]!.seq;
    await Promise.all([
      page.waitFor('the last message on the first tab', isMessage((m) => m.seq === lastSeq)),
      tab.waitFor('the last message on the second tab', isMessage((m) => m.seq === lastSeq)),
      desk.waitFor('the last message at the desk', (m) => m.type === 'chat-message' && m.message.seq === lastSeq),
    ]);
    const stored = (await consumer.messages(chat)).map((m) => m.seq);
    expect(page.messages().map((m) => m.seq)).toEqual(stored);
    expect(tab.messages().map((m) => m.seq)).toEqual(stored);
    const atDesk = desk.durable().filter((e): e is Of<'chat-message'> => e.type === 'chat-message').map((e) => e.message);
    expect(atDesk.map((m) => m.seq)).toEqual(stored.filter((s) => s >= atDesk[0]!.seq));
    expect(atDesk.map((m) => m.clientId)).toEqual(['joined-1', 'from-a-0001', 'from-b-0001', 'from-a-0002', 'from-b-0002']);
  });
});
