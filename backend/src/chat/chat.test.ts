// A chat through the API, on both dialects: the consumer opens it and writes
// while waiting, an adviser takes it and answers, messages are stored once
// however often they are sent, receipts move forward only, and the chat ends
// with its transcript on the case — or is abandoned, expired or ended for
// silence.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { addAdviser, liveApi, type Desk } from '../../../tests/support/live-work.js';
import type { components } from '../../../api-client/src/index.js';
import { MINUTE, SECOND } from '../shared/clock.js';

type S = components['schemas'];
const OPEN = '2026-11-25T09:00:00.000Z';

describeEachDialect('chat', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000 });
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

  const consumer = (token: string) => ({ 'x-chat-token': token });
  async function open(body: object = { language: 'sv', question: 'Hej! Min tvättmaskin läcker, vad gäller?' }) {
    const res = await f.app.inject({ method: 'POST', url: '/v1/public/chats', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<S['OpenedChat']>();
  }
  const as = async <T>(token: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await f.app.inject({ method, url, headers: consumer(token), ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });
    return { status: res.statusCode, body: (res.body ? res.json() : null) as T };
  };
  const send = (token: string, chatId: string, clientId: string, text: string) => as<S['ChatMessage']>(token, 'POST', `/v1/public/chats/${chatId}/messages`, { clientId, text });
  const messages = async (token: string, chatId: string, after = 0) => (await as<S['ChatMessage'][]>(token, 'GET', `/v1/public/chats/${chatId}/messages?after=${after}`)).body;
  const adviserSays = (d: Desk, chatId: string, clientId: string, text: string) => api.ok<S['ChatMessage']>(d.token, 'POST', `/v1/interactions/${chatId}/messages`, { clientId, text });
  async function taken(): Promise<{ chat: S['OpenedChat']; anna: Desk }> {
    const chat = await open();
    const anna = await addAdviser(f, 'Anna Andersson');
    await api.ready(anna);
    await api.step(anna, chat.chat.chatId, 'accept');
    return { chat, anna };
  }

  describe('opening', () => {
    it('opens a waiting chat with its place in line, the welcome and the first question', async () => {
      const first = await open();
      f.deps.clock.advance(SECOND);
      const second = await open({ language: 'sv' });
      expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(first.chat).toMatchObject({ state: 'waiting', position: 1, language: 'sv', adviserName: null });
      expect(second.chat.position).toBe(2);
      const list = await messages(first.token, first.chat.chatId);
      expect(list.map((m) => [m.sender, m.body])).toEqual([
        ['system', expect.stringContaining('Välkommen')],
        ['consumer', 'Hej! Min tvättmaskin läcker, vad gäller?'],
      ]);
      const row = await api.interaction(first.chat.chatId);
      expect(row).toMatchObject({ channel: 'chat', queue_id: 'chat-sv', state: 'queued', from_address: null });
    });

    it('refuses a chat while the chat queue is closed, and says when it opens', async () => {
      f.deps.clock.set('2026-11-25T18:00:00Z');
      const res = await f.app.inject({ method: 'POST', url: '/v1/public/chats', payload: { language: 'en' } });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'queue_closed', nextOpening: '2026-11-26T08:00:00.000Z' });
    });

    it('refuses malformed requests with 400 and another chat\'s or a wrong secret with 404', async () => {
      expect((await f.app.inject({ method: 'POST', url: '/v1/public/chats', payload: { language: 'fi' } })).statusCode).toBe(400);
      expect((await f.app.inject({ method: 'POST', url: '/v1/public/chats', payload: { language: 'sv', extra: 1 } })).statusCode).toBe(400);
      const a = await open();
      const b = await open();
      expect((await as(b.token, 'GET', `/v1/public/chats/${a.chat.chatId}`)).status).toBe(404);
      expect((await as('x'.repeat(32), 'GET', `/v1/public/chats/${a.chat.chatId}`)).status).toBe(404);
      expect((await f.app.inject({ method: 'GET', url: `/v1/public/chats/${a.chat.chatId}` })).statusCode).toBe(404);
      expect((await as(a.token, 'GET', '/v1/public/chats/not-a-uuid')).status).toBe(400);
    });
  });

  describe('messages', () => {
    it('stores a message sent twice with the same id once, and returns the stored one both times', async () => {
      const { chat } = await taken();
      const once = await send(chat.token, chat.chat.chatId, 'msg-000001', 'Kan jag få pengarna tillbaka?');
      const again = await send(chat.token, chat.chat.chatId, 'msg-000001', 'Kan jag få pengarna tillbaka?');
      expect(once.status).toBe(200);
      expect(again.body.seq).toBe(once.body.seq);
      const bodies = (await messages(chat.token, chat.chat.chatId)).filter((m) => m.sender === 'consumer').map((m) => m.body);
      expect(bodies).toEqual(['Hej! Min tvättmaskin läcker, vad gäller?', 'Kan jag få pengarna tillbaka?']);
    });

    it('keeps text as text (markup stays characters), refuses control characters and over-long text, and trims space', async () => {
      const { chat } = await taken();
      const html = '<img src=x onerror=alert(1)> & <b>hej</b>';
      expect((await send(chat.token, chat.chat.chatId, 'msg-html01', html)).body.body).toBe(html);
      expect((await send(chat.token, chat.chat.chatId, 'msg-ctrl01', 'hej\u0007')).status).toBe(400);
      expect((await send(chat.token, chat.chat.chatId, 'msg-long01', 'x'.repeat(2001))).status).toBe(400);
      expect((await send(chat.token, chat.chat.chatId, 'msg-blank1', '   \n ')).status).toBe(400);
      expect((await send(chat.token, chat.chat.chatId, 'msg-trim01', '  hej\r\nhopp  ')).body.body).toBe('hej\nhopp');
      expect((await send(chat.token, chat.chat.chatId, 'bad id!', 'hej')).status).toBe(400);
    });

    it('lets the adviser handling the chat read (audited) and write, shows the consumer only the first name, and nobody else in', async () => {
      const { chat, anna } = await taken();
      const said = await adviserSays(anna, chat.chat.chatId, 'adv-000001', 'Hej! Jag heter Anna. Berätta mer.');
      expect(said).toMatchObject({ sender: 'adviser', authorName: 'Anna' });
      const seen = await messages(chat.token, chat.chat.chatId);
      expect(seen.map((m) => m.sender)).toEqual(['system', 'consumer', 'system', 'adviser']);
      expect(seen[2]!.body).toBe('Anna har anslutit till chatten.');
      expect(JSON.stringify(seen)).not.toContain('Andersson');
      const read = await api.ok<S['ChatMessage'][]>(anna.token, 'GET', `/v1/interactions/${chat.chat.chatId}/messages`);
      expect(read).toHaveLength(4);
      const audits = await f.deps.db.kysely.selectFrom('audit_log').select('user_id').where('action', '=', 'chat.read').where('entity_id', '=', chat.chat.chatId).execute();
      expect(audits.map((a) => a.user_id)).toEqual([anna.id]);
      const bo = await addAdviser(f, 'Bo');
      expect((await api.call(bo.token, 'GET', `/v1/interactions/${chat.chat.chatId}/messages`)).status).toBe(403);
      expect((await api.call(bo.token, 'POST', `/v1/interactions/${chat.chat.chatId}/messages`, { clientId: 'bo-0000001', text: 'hej' })).status).toBe(403);
      // Sent as a live event to Anna's workstation.
      const events = await f.deps.db.kysely.selectFrom('live_events').select(['type', 'user_id']).where('type', '=', 'chat-message').where('user_id', '=', anna.id).execute();
      expect(events.length).toBeGreaterThanOrEqual(2);
    });

    it('tells the adviser, after a reconnect, who the consumer is and how far they have read (audited), and nobody else', async () => {
      const chat = await open({ language: 'sv', name: 'Eva', question: 'Hej' });
      const anna = await addAdviser(f, 'Anna Ek');
      await api.ready(anna);
      await api.step(anna, chat.chat.chatId, 'accept');
      const said = await adviserSays(anna, chat.chat.chatId, 'adv-000010', 'Hej Eva!');
      await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/receipts`, { readUpTo: said.seq });
      const info = await api.ok<S['ChatInfo']>(anna.token, 'GET', `/v1/interactions/${chat.chat.chatId}/chat`);
      expect(info).toMatchObject({ consumerName: 'Eva', consumerPresent: true, deliveredSeq: said.seq, readSeq: said.seq, endedBy: null });
      const bo = await addAdviser(f, 'Bo Ek');
      expect((await api.call(bo.token, 'GET', `/v1/interactions/${chat.chat.chatId}/chat`)).status).toBe(403);
      const audits = await f.deps.db.kysely.selectFrom('audit_log').select('user_id').where('action', '=', 'chat.read').where('entity_id', '=', chat.chat.chatId).execute();
      expect(audits.map((a) => a.user_id)).toEqual([anna.id]);
    });

    it('moves receipts forward only, never past the last message, and shows them on the other side\'s messages', async () => {
      const { chat, anna } = await taken();
      const said = await adviserSays(anna, chat.chat.chatId, 'adv-000002', 'Har du kvittot kvar?');
      expect(said).toMatchObject({ delivered: false, read: false });
      expect((await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/receipts`, { readUpTo: said.seq + 100 })).status).toBe(204);
      expect((await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/receipts`, { readUpTo: 1 })).status).toBe(204);
      const session = await f.deps.db.kysely.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', chat.chat.chatId).executeTakeFirstOrThrow();
      expect(session).toMatchObject({ consumer_read_seq: said.seq, consumer_delivered_seq: said.seq });
      const view = await api.ok<S['ChatMessage'][]>(anna.token, 'GET', `/v1/interactions/${chat.chat.chatId}/messages?after=${said.seq - 1}`);
      expect(view[0]).toMatchObject({ seq: said.seq, delivered: true, read: true });
      expect((await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/receipts`, {})).status).toBe(400);
    });

    it('stops a consumer who sends too fast, and lets them go on a minute later', async () => {
      const { chat } = await taken();
      for (let i = 0; i < 29; i++) expect((await send(chat.token, chat.chat.chatId, `burst-${String(i).padStart(4, '0')}`, `nr ${i}`)).status).toBe(200);
      const refused = await send(chat.token, chat.chat.chatId, 'burst-0099', 'en för mycket');
      expect(refused.status).toBe(429);
      f.deps.clock.advance(61 * SECOND);
      expect((await send(chat.token, chat.chat.chatId, 'burst-0099', 'nu går det')).status).toBe(200);
    });
  });

  describe('ending', () => {
    it('ends with the transcript on the case and, when asked for, by e-mail; nothing more can be written', async () => {
      const { chat, anna } = await taken();
      await adviserSays(anna, chat.chat.chatId, 'adv-000003', 'Du kan reklamera hos säljaren inom tre år.');
      await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/transcript`, { email: 'Kund@Example.se' });
      const wrap = await api.step(anna, chat.chat.chatId, 'end');
      expect(wrap.state).toBe('wrap_up');
      const state = (await as<S['PublicChat']>(chat.token, 'GET', `/v1/public/chats/${chat.chat.chatId}`)).body;
      expect(state).toMatchObject({ state: 'ended', endedBy: 'adviser', transcriptEmail: true });
      const notes = await f.deps.db.kysely.selectFrom('case_notes').select('body').where('case_id', '=', wrap.caseId!).execute();
      expect(notes).toHaveLength(1);
      expect(notes[0]!.body).toMatch(/^Chattutskrift \(svenska\) 2026-11-25\n\n\[10:00\] Hallå konsument: Välkommen/);
      expect(notes[0]!.body).toContain('Anna: Du kan reklamera hos säljaren inom tre år.');
      expect(notes[0]!.body).toContain('Vägledaren har avslutat chatten.');
      const mail = await f.deps.db.kysely.selectFrom('mail_outbox').selectAll().where('purpose', '=', `chat-transcript:${chat.chat.chatId}`).execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ to_address: 'kund@example.se', subject: 'Din chatt med Hallå konsument 2026-11-25' });
      expect(mail[0]!.body).toContain('[10:00] Du: Hej! Min tvättmaskin läcker');
      expect((await send(chat.token, chat.chat.chatId, 'late-00001', 'Hallå?')).status).toBe(409);
      expect((await api.call(anna.token, 'POST', `/v1/interactions/${chat.chat.chatId}/messages`, { clientId: 'late-00002', text: 'x' })).status).toBe(409);
    });

    it('counts a consumer who ends the chat while waiting as abandoned, and one whose page vanished too', async () => {
      const ended = await open();
      const gone = await open();
      expect((await as<S['PublicChat']>(ended.token, 'POST', `/v1/public/chats/${ended.chat.chatId}/end`)).body.state).toBe('ended');
      expect(await api.interaction(ended.chat.chatId)).toMatchObject({ state: 'abandoned', end_reason: 'consumer_ended' });
      f.deps.clock.advance(60 * SECOND);
      await as(gone.token, 'POST', `/v1/public/chats/${gone.chat.chatId}/typing`);
      f.deps.clock.advance(60 * SECOND);
      await api.tick();
      expect((await api.interaction(gone.chat.chatId)).state).toBe('queued');
      f.deps.clock.advance(31 * SECOND);
      await api.tick();
      expect(await api.interaction(gone.chat.chatId)).toMatchObject({ state: 'abandoned', end_reason: 'consumer_gone' });
    });

    it('asks a silent consumer if they are still there, and ends the chat two minutes later', async () => {
      const { chat, anna } = await taken();
      await adviserSays(anna, chat.chat.chatId, 'adv-000004', 'Vilket datum köpte du den?');
      f.deps.clock.advance(5 * MINUTE);
      await api.work(anna);
      await api.tick();
      const warned = await messages(chat.token, chat.chat.chatId);
      expect(warned.at(-1)).toMatchObject({ sender: 'system', body: expect.stringContaining('Är du kvar?') });
      f.deps.clock.advance(2 * MINUTE);
      await api.work(anna);
      await api.tick();
      expect((await api.interaction(chat.chat.chatId)).state).toBe('wrap_up');
      expect((await as<S['PublicChat']>(chat.token, 'GET', `/v1/public/chats/${chat.chat.chatId}`)).body).toMatchObject({ state: 'ended', endedBy: 'consumer_inactive' });
    });

    it('does not end a chat whose consumer answered the question', async () => {
      const { chat, anna } = await taken();
      await adviserSays(anna, chat.chat.chatId, 'adv-000005', 'Har du fått ett svar från butiken?');
      f.deps.clock.advance(5 * MINUTE);
      await api.work(anna);
      await api.tick();
      await send(chat.token, chat.chat.chatId, 'still-here', 'Ja, jag är kvar!');
      f.deps.clock.advance(2 * MINUTE + SECOND);
      await api.work(anna);
      await api.tick();
      expect((await api.interaction(chat.chat.chatId)).state).toBe('active');
    });

    it('tells the consumer about a transfer, and who joins next', async () => {
      const { chat, anna } = await taken();
      const cia = await addAdviser(f, 'Cia Berg');
      await api.ready(cia);
      await api.step(anna, chat.chat.chatId, 'transfer', { adviserId: cia.id, note: 'Frågar om ARN' });
      await api.step(cia, chat.chat.chatId, 'accept');
      const lines = (await messages(chat.token, chat.chat.chatId)).filter((m) => m.sender === 'system').map((m) => m.body);
      expect(lines.slice(-3)).toEqual(['Anna har anslutit till chatten.', 'Du kopplas vidare till en annan vägledare. Stanna kvar i chatten.', 'Cia har anslutit till chatten.']);
    });

    it('expires a chat nobody answered in time, and tells the consumer', async () => {
      const chat = await open({ language: 'en' });
      f.deps.clock.advance(31 * MINUTE);
      await as(chat.token, 'POST', `/v1/public/chats/${chat.chat.chatId}/typing`);
      await api.tick();
      expect((await api.interaction(chat.chat.chatId)).state).toBe('expired');
      const last = (await messages(chat.token, chat.chat.chatId)).at(-1);
      expect(last?.body).toMatch(/^Sorry, no adviser could answer in time/);
    });
  });
});
