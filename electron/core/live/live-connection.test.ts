// The core's live connection against a REAL backend (listening on a port):
// offers arrive as events and in the state the core holds for the window,
// a dropped connection resumes without losing or repeating an event, and
// signing out takes the adviser offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskEvent, Interaction } from '../../bridge.js';
import { createDeskCoreWith, type DeskCoreWithEngine } from '../desk-core.js';
import { memoryTokenStore, PASSWORD, startTestServer, type TestServer } from '../testing/backend-server.js';
import { manualRuntime, type ManualRuntime } from '../testing/manual-runtime.js';
import { CONSUMER_TYPING_MS } from './live-state.js';

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the live connection of the desk core', () => {
  let server: TestServer;
  let lead: string;
  const dirs: string[] = [];
  const cores: DeskCoreWithEngine[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    lead = await server.tokenFor('supervisor');
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    await server.deps.db.kysely.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'in', ['queued', 'offered', 'active', 'wrap_up']).execute();
  });
  afterAll(async () => {
    await server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function desk(username = 'adviser'): Promise<{ core: DeskCoreWithEngine; rt: ManualRuntime; events: DeskEvent[] }> {
    const dir = mkdtempSync(join(tmpdir(), 'desk-live-'));
    dirs.push(dir);
    const rt = manualRuntime();
    const core = await createDeskCoreWith(
      { dataDir: dir, serverUrl: server.url, tokenStore: memoryTokenStore(), openExternal: async () => undefined, mode: 'browser', version: '0.0.0-test' },
      { runtime: rt },
    );
    cores.push(core);
    const events: DeskEvent[] = [];
    core.onEvent((e) => events.push(e));
    expect((await core.handlers.login({ username, password: PASSWORD })).ok).toBe(true);
    await until('the live connection', async () => (await core.handlers.liveWork()).connected);
    return { core, rt, events };
  }

  const rest = async (method: 'POST' | 'GET', url: string, payload?: object) => {
    const res = await server.app.inject({ method, url, headers: { authorization: `Bearer ${lead}` }, payload: payload ?? {} });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json<Interaction>();
  };
  const offersIn = (events: DeskEvent[]) => events.filter((e): e is Extract<DeskEvent, { type: 'offer' }> => e.type === 'offer').map((e) => e.interaction.id);
  const ready = (core: DeskCoreWithEngine) => core.handlers.api({ method: 'POST', path: '/v1/presence', body: { intent: 'ready' } });

  it('shows an offer as an event and in the work the core holds, and the accepted contact after', async () => {
    const { core, events } = await desk();
    const call = await rest('POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '070-123 45 67', subject: 'Trasig diskmaskin' });
    expect((await ready(core)).status).toBe(200);
    await until('the offer event', () => offersIn(events).includes(call.id));
    const work = await core.handlers.liveWork();
    expect(work.presence).toMatchObject({ state: 'busy', intent: 'ready' });
    expect(work.interactions.map((i) => [i.id, i.state])).toEqual([[call.id, 'offered']]);
    // A reloaded window asks the core and gets the same picture: nothing is lost with the page.
    expect(await core.handlers.liveWork()).toEqual(work);

    const accepted = await core.handlers.api({ method: 'POST', path: `/v1/interactions/${call.id}/accept` });
    expect(accepted.status).toBe(200);
    await until('the active contact', async () => (await core.handlers.liveWork()).interactions[0]?.state === 'active');
  });

  it('resumes after a dropped connection with exactly the missed events, and rings for a new offer once', async () => {
    const { core, rt, events } = await desk();
    await ready(core);
    const first = await rest('POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0701112233' });
    await until('the first offer', () => offersIn(events).includes(first.id));

    // The network drops; meanwhile the caller hangs up (the offer is withdrawn).
    server.app.live.hub.closeAll();
    await until('the desk to notice', async () => !(await core.handlers.liveWork()).connected);
    await rest('POST', `/v1/interactions/${first.id}/consumer-left`, {});
    rt.fireTimers();
    await until('the reconnect', async () => (await core.handlers.liveWork()).connected);
    await until('the withdrawn offer', async () => (await core.handlers.liveWork()).interactions.length === 0);

    const second = await rest('POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0702223344' });
    await until('the second offer', () => offersIn(events).includes(second.id));
    expect(offersIn(events)).toEqual([first.id, second.id]);
    expect((await core.handlers.liveWork()).interactions.map((i) => i.id)).toEqual([second.id]);
  });

  it('starts afresh when the first re-read of the work fails, so an offer made meanwhile is not lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-live-'));
    dirs.push(dir);
    const rt = manualRuntime();
    // The first re-read hangs until the test lets it fail — an offer arrives meanwhile.
    let failures = 1;
    let reading = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    rt.intercept = async (req, next) => {
      if (new URL(req.url).pathname === '/v1/work' && failures > 0) {
        reading = true;
        await gate;
        failures--;
        return new Response(JSON.stringify({ code: 'internal' }), { status: 503, headers: { 'content-type': 'application/json' } });
      }
      return next();
    };
    const core = await createDeskCoreWith(
      { dataDir: dir, serverUrl: server.url, tokenStore: memoryTokenStore(), openExternal: async () => undefined, mode: 'browser', version: '0.0.0-test' },
      { runtime: rt },
    );
    cores.push(core);
    const events: DeskEvent[] = [];
    core.onEvent((e) => events.push(e));
    expect((await core.handlers.login({ username: 'adviser', password: PASSWORD })).ok).toBe(true);
    await until('the re-read under way', () => reading);
    // While the desk re-reads, the adviser goes ready and a call rings: its offer arrives over the socket.
    await ready(core);
    const call = await rest('POST', '/v1/interactions', { channel: 'phone', language: 'sv', from: '0703334455' });
    await new Promise((r) => setTimeout(r, 200));
    release();
    await until('the failed re-read and a retry planned', () => failures === 0 && rt.timers.some((t) => t.ms < 35_000));
    rt.fireTimers();
    await until('the offer after the fresh start', async () => (await core.handlers.liveWork()).interactions.some((i) => i.id === call.id));
    expect(offersIn(events)).toContain(call.id);
  });

  it('keeps a chat’s conversation, and lets the consumer’s typing mark lapse when no event says it stopped', async () => {
    const { core, rt } = await desk();
    await ready(core);
    const opened = await server.app.inject({ method: 'POST', url: '/v1/public/chats', payload: { language: 'sv', question: 'Hej! Får jag fråga om en soffa?' } });
    expect(opened.statusCode, opened.body).toBe(201);
    const { chat, token } = opened.json<{ chat: { chatId: string }; token: string }>();
    await until('the chat offered', async () => (await core.handlers.liveWork()).interactions.some((i) => i.id === chat.chatId && i.state === 'offered'));
    expect((await core.handlers.api({ method: 'POST', path: `/v1/interactions/${chat.chatId}/accept` })).status).toBe(200);
    const view = await until('the conversation', async () => {
      const c = (await core.handlers.liveWork()).chats[chat.chatId];
      return c && !c.loading && c.messages.some((m) => m.sender === 'consumer') ? c : false;
    });
    expect(view.messages.map((m) => m.sender)).toEqual(['system', 'consumer', 'system']);

    const typing = await server.app.inject({ method: 'POST', url: `/v1/public/chats/${chat.chatId}/typing`, headers: { 'x-chat-token': token }, payload: {} });
    expect(typing.statusCode).toBe(204);
    await until('the typing mark', async () => (await core.handlers.liveWork()).chats[chat.chatId]?.consumerTyping);
    // Only the lapse timer is fired (the others keep the connection alive).
    const lapse = rt.timers.find((t) => t.ms === CONSUMER_TYPING_MS);
    expect(lapse).toBeDefined();
    rt.timers = rt.timers.filter((t) => t !== lapse);
    lapse?.fn();
    expect((await core.handlers.liveWork()).chats[chat.chatId]?.consumerTyping).toBe(false);
  });

  it('shows a team lead the queues and the advisers, and an adviser neither', async () => {
    const { core: leadDesk } = await desk('supervisor');
    const { core: adviserDesk } = await desk('adviser2');
    await ready(adviserDesk);
    await server.app.live.sendQueueStats();
    const board = await until('the board', async () => {
      const b = await leadDesk.handlers.liveBoard();
      return b.queues.length > 0 && b.advisers.some((a) => a.userId === server.users.adviser2 && a.state === 'ready') ? b : false;
    });
    expect(board.queues.map((q) => q.queueId)).toContain('phone-sv');
    expect((await adviserDesk.handlers.liveBoard()).advisers).toEqual([]);
  });

  it('takes the adviser offline when signing out, and stops the connection', async () => {
    const { core } = await desk();
    await ready(core);
    await core.handlers.logout();
    const row = await server.deps.db.kysely.selectFrom('adviser_presence').select('intent').where('user_id', '=', server.users.adviser).executeTakeFirstOrThrow();
    expect(row.intent).toBe('offline');
    await expect(core.handlers.liveWork()).rejects.toThrow(/Sign in/);
  });
});
