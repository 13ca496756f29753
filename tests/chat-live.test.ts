// The consumer's chat page over a real WebSocket, and the adviser's side of
// the same chat over GET /v1/live, on both dialects: who may connect, every
// message once and in order, the chat's state as it changes, resuming after a
// reconnect with exactly the missed messages, and the consumer's activity at
// the adviser's desk. The app runs without timers: the chat's timer rounds
// (chatRuntimeOf) and the routing tick are called by hand.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from './support/test-db.js';
import { bearer, createFixture, type Fixture } from './support/app-fixture.js';
import { addAdviser, liveApi, type Desk } from './support/live-work.js';
import { connectLive, liveBase, waitUntil, type LiveClient } from './support/live-client.js';
import { chatConsumerApi, type Consumer } from './support/chat-consumer.js';
import { isChat, isMessage, openPage, type ChatPage } from './support/chat-page.js';
import { chatRuntimeOf, type ChatRuntime } from '../backend/src/chat/runtime.js';
import type { LiveEvent } from '../backend/src/live/events.js';
import { MINUTE, SECOND } from '../backend/src/shared/clock.js';
import type { components } from '../api-client/src/index.js';

type S = components['schemas'];
type Of<T extends LiveEvent['type']> = Extract<LiveEvent, { type: T }>;
const is =
  <T extends LiveEvent['type']>(type: T, also: (m: Of<T>) => boolean = () => true) =>
  (m: LiveEvent) =>
    m.type === type && also(m as Of<T>);
const OPEN = '2026-11-25T09:00:00.000Z';
const seqsOf = (list: Array<{ seq: number }>) => list.map((m) => m.seq);

describeEachDialect('chat pages and the adviser\'s live feed', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let chats: ReturnType<typeof chatConsumerApi>;
  let base: string;
  let rt: ChatRuntime;
  const pages: ChatPage[] = [];
  const feeds: LiveClient[] = [];

  const page = async (c: Consumer, after?: number) => {
    const p = await openPage(base, c.chatId, { token: c.token, ...(after === undefined ? {} : { after }) });
    pages.push(p);
    return p;
  };
  const feed = async (d: Desk, after?: number) => {
    const c = await connectLive(base, d.token, after);
    feeds.push(c);
    await c.waitFor('hello', is('hello'));
    return c;
  };
  /** A desk's request answered with 204 No Content. */
  const done = async (d: Desk, url: string, payload: object = {}) => {
    const res = await f.app.inject({ method: 'POST', url, headers: bearer(d.token), payload });
    expect(res.statusCode, res.body).toBe(204);
  };
  /** One heartbeat round, and the pages' answers to its pings (as between two rounds 20 s apart). */
  const heartbeat = async () => {
    await rt.heartbeat();
    await waitUntil('the pages to answer the ping', () => rt.hub.unanswered === 0);
  };
  const say = (d: Desk, c: Consumer, clientId: string, text: string) => api.ok<S['ChatMessage']>(d.token, 'POST', `/v1/interactions/${c.chatId}/messages`, { clientId, text });
  async function taken(name = 'Anna Andersson'): Promise<{ chat: Consumer; anna: Desk }> {
    const chat = await chats.open({ language: 'sv', question: 'Min cykel gick sönder efter en vecka.' });
    const anna = await addAdviser(f, name);
    await api.ready(anna);
    await api.step(anna, chat.chatId, 'accept');
    return { chat, anna };
  }

  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000, publicRatePerMinute: 100_000 });
    api = liveApi(f);
    chats = chatConsumerApi(f);
    base = await liveBase(f.app);
    rt = chatRuntimeOf(f.deps);
  });
  afterAll(async () => {
    await Promise.all([...pages, ...feeds].map((c) => c.close()));
    await f.close();
  });
  beforeEach(async () => {
    await Promise.all([...pages.splice(0), ...feeds.splice(0)].map((c) => c.close()));
    f.deps.clock.set(OPEN);
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired', 'transferred']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  describe('connecting', () => {
    it('closes a page that does not say who it is in time (4401), has a wrong or another chat\'s secret (4404) or sends no JSON (4400), and sends it nothing', async () => {
      const mine = await chats.open({ language: 'sv', question: 'Hej' });
      const other = await chats.open();
      const started = Date.now();
      const silent = await openPage(base, mine.chatId);
      silent.say(JSON.stringify({ type: 'hello' })); // not an auth message: ignored, the clock keeps running
      const wrong = await openPage(base, mine.chatId, { token: 'x'.repeat(32) });
      const theirs = await openPage(base, mine.chatId, { token: other.token });
      const unknown = await openPage(base, '00000000-0000-4000-8000-000000000000', { token: mine.token });
      const typeless = await openPage(base, mine.chatId);
      typeless.say(JSON.stringify({ type: 'auth', token: 12345 }));
      const garbage = await openPage(base, mine.chatId);
      garbage.say('let me in');
      expect((await wrong.closed).code).toBe(4404);
      expect((await theirs.closed).code).toBe(4404);
      expect((await unknown.closed).code).toBe(4404);
      expect((await typeless.closed).code).toBe(4404);
      expect((await garbage.closed).code).toBe(4400);
      expect(silent.socket.readyState).toBe(silent.socket.OPEN);
      expect((await silent.closed).code).toBe(4401);
      expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
      for (const p of [silent, wrong, theirs, unknown, typeless, garbage]) expect(p.frames).toEqual([]);
      expect(rt.hub.size).toBe(0);
    }, 20_000);

    it('refuses a plain GET (no upgrade) with 426', async () => {
      const c = await chats.open();
      const res = await f.app.inject({ method: 'GET', url: `/v1/public/chats/${c.chatId}/live`, headers: { 'x-chat-token': c.token } });
      expect(res.statusCode).toBe(426);
    });
  });

  describe('delivery', () => {
    it('sends every message once, in order, then the chat as the consumer sees it, then each new message as it is written', async () => {
      const c = await chats.open({ language: 'sv', question: 'Får butiken vägra ta emot reklamationen?' });
      const p = await page(c);
      await p.waitFor('the state', isChat());
      const stored = await chats.messages(c);
      expect(stored.map((m) => m.clientId)).toEqual(['welcome', 'first-question']);
      expect(p.frames.map((fr) => fr.type)).toEqual(['message', 'message', 'chat']);
      expect(seqsOf(p.messages())).toEqual(seqsOf(stored));
      expect(p.chats()[0]).toMatchObject({ chatId: c.chatId, state: 'waiting', position: 1, adviserName: null, lastSeq: stored[1]!.seq });
      expect(p.chats()[0]).toHaveProperty('estimatedWait');

      const one = await chats.send(c, 'page-msg-0001', 'Kvittot har jag kvar.');
      const two = await chats.send(c, 'page-msg-0002', 'Och garantibeviset.');
      await chats.send(c, 'page-msg-0001', 'Kvittot har jag kvar.'); // a resend: stored once, shown once
      await p.waitFor('the second message', isMessage((m) => m.seq === two.seq));
      const three = await chats.send(c, 'page-msg-0003', 'Hallå?');
      await p.waitFor('the third message', isMessage((m) => m.seq === three.seq));
      expect(seqsOf(p.messages())).toEqual([...seqsOf(stored), one.seq, two.seq, three.seq]);
      expect(p.messages().at(-1)).toMatchObject({ sender: 'consumer', body: 'Hallå?', clientId: 'page-msg-0003' });
    });

    it('follows the chat: place in line while waiting, the adviser\'s first name once accepted, typing, read receipts, the end', async () => {
      const ahead = await chats.open();
      f.deps.clock.advance(SECOND);
      const c = await chats.open({ language: 'sv', question: 'Hur reklamerar jag?' });
      const p = await page(c);
      await p.waitFor('second in line', isChat((s) => s.state === 'waiting' && s.position === 2));

      // The chat ahead leaves; the refresh round tells this page it moved up.
      await chats.end(ahead);
      await rt.refreshPages();
      await p.waitFor('first in line', isChat((s) => s.state === 'waiting' && s.position === 1));

      const anna = await addAdviser(f, 'Anna Andersson');
      await api.ready(anna);
      await api.step(anna, c.chatId, 'accept');
      const active = await p.waitFor<{ type: 'chat'; chat: S['PublicChat'] }>('accepted', isChat((s) => s.state === 'active'));
      expect(active.chat).toMatchObject({ adviserName: 'Anna', position: null, estimatedWait: null, adviserTyping: false });
      expect(p.messages().at(-1)).toMatchObject({ sender: 'system', body: 'Anna har anslutit till chatten.' });
      expect(JSON.stringify(p.frames)).not.toContain('Andersson');

      await done(anna, `/v1/interactions/${c.chatId}/typing`);
      await p.waitFor('typing', isChat((s) => s.adviserTyping));
      const said = await say(anna, c, 'anna-msg-001', 'Berätta mer!');
      await p.waitFor('not typing once the message is there', isChat((s) => !s.adviserTyping && s.lastSeq === said.seq));
      await done(anna, `/v1/interactions/${c.chatId}/typing`);
      await p.waitFor('typing again', isChat((s) => s.adviserTyping && s.lastSeq === said.seq));
      // Typing runs out with time alone: the refresh round tells the page.
      f.deps.clock.advance(7 * SECOND);
      await rt.refreshPages();
      const states = p.chats().length;
      await waitUntil('typing to run out', () => p.chats().length > states && !p.chats().at(-1)!.adviserTyping);

      const mine = await chats.send(c, 'page-msg-0101', 'Den gick sönder efter en vecka.');
      await done(anna, `/v1/interactions/${c.chatId}/receipts`, { readUpTo: mine.seq });
      await p.waitFor('read', isChat((s) => s.readSeq === mine.seq));

      await api.step(anna, c.chatId, 'end');
      const ended = await p.waitFor<{ type: 'chat'; chat: S['PublicChat'] }>('ended', isChat((s) => s.state === 'ended'));
      expect(ended.chat).toMatchObject({ endedBy: 'adviser', adviserTyping: false });
      expect(p.messages().at(-1)).toMatchObject({ sender: 'system', body: expect.stringContaining('Vägledaren har avslutat chatten') });
      const seqs = seqsOf(p.messages());
      expect(seqs).toEqual(seqsOf(await chats.messages(c)));
    });

    it('resumes after a reconnect with exactly the messages missed, none twice, then live again', async () => {
      const { chat, anna } = await taken();
      const first = await page(chat);
      await first.waitFor('the state', isChat());
      const seen = first.lastSeq();
      await first.close();

      const missed = [
        await say(anna, chat, 'away-msg-001', 'Är du kvar?'),
        await chats.send(chat, 'away-msg-002', 'Ja, från mobilen nu.'),
        await say(anna, chat, 'away-msg-003', 'Bra!'),
      ];
      const second = await page(chat, seen);
      await second.waitFor('the state', isChat());
      expect(seqsOf(second.messages())).toEqual(seqsOf(missed));
      expect(second.frames.map((fr) => fr.type)).toEqual(['message', 'message', 'message', 'chat']);

      const next = await say(anna, chat, 'away-msg-004', 'Vad hände sedan?');
      await second.waitFor('live again', isMessage((m) => m.seq === next.seq));
      expect(seqsOf(second.messages())).toEqual([...seqsOf(missed), next.seq]);

      // Resuming at the newest message sends no message at all, only the state.
      const third = await page(chat, next.seq);
      await third.waitFor('the state', isChat());
      expect(third.messages()).toEqual([]);
    });

    it('sends one page its messages once even when it says who it is twice', async () => {
      const c = await chats.open({ language: 'sv', question: 'Fråga' });
      const p = await page(c);
      p.say(JSON.stringify({ type: 'auth', token: c.token, after: 0 }));
      await p.waitFor('the state', isChat());
      const sent = await chats.send(c, 'twice-msg-01', 'En gång, tack.');
      await p.waitFor('the new message', isMessage((m) => m.seq === sent.seq));
      // Anything sent twice would have been sent by now: a message after it arrives after any duplicate.
      const marker = await chats.send(c, 'twice-msg-02', 'Markör');
      await p.waitFor('the marker', isMessage((m) => m.seq === marker.seq));
      const seqs = seqsOf(p.messages());
      expect(seqs).toEqual([...new Set(seqs)]);
      expect(rt.hub.size).toBe(1);
    });
  });

  describe('at the adviser\'s desk', () => {
    it('gives the adviser each message as one durable chat-message event, and after a reconnect exactly those missed', async () => {
      const { chat, anna } = await taken();
      const desk = await feed(anna);
      const fromConsumer = await chats.send(chat, 'desk-msg-001', 'Säljaren svarar inte.');
      const fromAnna = await say(anna, chat, 'desk-msg-002', 'Då kan du vända dig till ARN.');
      await desk.waitFor('Anna\'s own message', is('chat-message', (m) => m.message.seq === fromAnna.seq));
      const events = desk.durable().filter((e): e is Of<'chat-message'> => e.type === 'chat-message');
      expect(events.map((e) => [e.message.seq, e.message.sender, e.message.interactionId])).toEqual([
        [fromConsumer.seq, 'consumer', chat.chatId],
        [fromAnna.seq, 'adviser', chat.chatId],
      ]);
      expect(events[1]!.message.authorName).toBe('Anna');
      const lastSeen = Math.max(...desk.durable().map((e) => e.seq));
      await desk.close();

      const missed = [await chats.send(chat, 'desk-msg-003', 'Hur gör jag det?'), await chats.send(chat, 'desk-msg-004', 'Och vad kostar det?')];
      const again = await feed(anna, lastSeen);
      await again.waitFor('the last missed', is('chat-message', (m) => m.message.seq === missed[1]!.seq));
      const replayed = again.durable().filter((e): e is Of<'chat-message'> => e.type === 'chat-message');
      expect(replayed.map((e) => e.message.seq)).toEqual(seqsOf(missed));
      // GET messages after the last one the desk has agrees: nothing more.
      expect(await api.ok<S['ChatMessage'][]>(anna.token, 'GET', `/v1/interactions/${chat.chatId}/messages?after=${missed[1]!.seq}`)).toEqual([]);
    });

    it('tells the adviser the consumer is typing, has read, and has the page open — and tells no other adviser', async () => {
      const { chat, anna } = await taken();
      const bo = await addAdviser(f, 'Bo');
      const desk = await feed(anna);
      const other = await feed(bo);
      const p = await page(chat);
      await desk.waitFor('the page is open', is('chat-activity', (m) => m.interactionId === chat.chatId && m.consumerPresent));

      await chats.typing(chat);
      await desk.waitFor('typing', is('chat-activity', (m) => m.consumerTyping));
      const said = await say(anna, chat, 'activity-01', 'Har du fått något svar?');
      await p.waitFor('the message', isMessage((m) => m.seq === said.seq));
      await chats.receipts(chat, { deliveredUpTo: said.seq });
      await desk.waitFor('delivered', is('chat-activity', (m) => m.deliveredSeq === said.seq && m.readSeq < said.seq));
      await chats.receipts(chat, { readUpTo: said.seq });
      const read = await desk.waitFor<Of<'chat-activity'>>('read', is('chat-activity', (m) => m.readSeq === said.seq));
      expect(read).toMatchObject({ interactionId: chat.chatId, deliveredSeq: said.seq });

      // After the chat ends the consumer is neither typing nor present.
      await chats.end(chat);
      await desk.waitFor('gone', is('chat-activity', (m) => !m.consumerPresent && !m.consumerTyping));
      // Bo heard nothing of it: something for him afterwards arrives, the chat's events never did.
      await api.notReady(bo, 'break');
      await other.waitFor('his own presence', is('presence'));
      expect(other.messages.filter((m) => m.type === 'chat-activity' || m.type === 'chat-message')).toEqual([]);
    });
  });

  describe('the chat\'s timer rounds', () => {
    it('tells the adviser, in the first round after the page has been quiet a minute, that the consumer has left — once, and not while the page is open', async () => {
      const { chat, anna } = await taken();
      const desk = await feed(anna);
      const p = await page(chat);
      await desk.waitFor('the page is open', is('chat-activity', (m) => m.interactionId === chat.chatId && m.consumerPresent));
      const gone = () => desk.messages.filter(is('chat-activity', (m) => m.interactionId === chat.chatId && !m.consumerPresent));
      // Open and answering: rounds keep the consumer present.
      for (let i = 0; i < 4; i++) {
        f.deps.clock.advance(20 * SECOND);
        await heartbeat();
      }
      expect(gone()).toEqual([]);
      await p.close();
      for (let i = 0; i < 6; i++) {
        f.deps.clock.advance(20 * SECOND);
        await rt.heartbeat();
      }
      await desk.waitFor('gone', is('chat-activity', (m) => m.interactionId === chat.chatId && !m.consumerPresent));
      expect(gone()).toHaveLength(1);
      expect((await api.interaction(chat.chatId)).state).toBe('active');
    });

    it('drops a page that stopped answering pings, so its waiting chat is abandoned rather than kept alive', async () => {
      const c = await chats.open({ language: 'sv', question: 'Hej' });
      const p = await openPage(base, c.chatId, { token: c.token, autoPong: false });
      pages.push(p);
      await p.waitFor('the state', isChat());
      for (let i = 0; i < 6; i++) {
        f.deps.clock.advance(20 * SECOND);
        await rt.heartbeat();
        await api.tick();
      }
      expect(await api.interaction(c.chatId)).toMatchObject({ state: 'abandoned', end_reason: 'consumer_gone' });
      expect(await p.closed).toMatchObject({ code: 1006 });
      expect(rt.hub.size).toBe(0);
    });

    it('keeps a waiting chat whose page answers alive however long it waits', async () => {
      const c = await chats.open({ language: 'sv', question: 'Hej' });
      const p = await page(c);
      await p.waitFor('the state', isChat());
      for (let i = 0; i < 9; i++) {
        f.deps.clock.advance(20 * SECOND);
        await heartbeat();
        await api.tick();
      }
      expect((await api.interaction(c.chatId)).state).toBe('queued');
      expect(p.socket.readyState).toBe(p.socket.OPEN);
    });

    it('asks a consumer who stays silent with the page open whether they are still there, and ends the chat two minutes later', async () => {
      const { chat, anna } = await taken();
      const p = await page(chat);
      await p.waitFor('the state', isChat());
      await say(anna, chat, 'silent-01', 'Vilket datum köpte du den?');
      const rounds = async (ms: number) => {
        for (let t = 0; t < ms; t += 20 * SECOND) {
          f.deps.clock.advance(20 * SECOND);
          await heartbeat();
          await api.work(anna);
          await api.tick();
        }
      };
      await rounds(5 * MINUTE);
      await p.waitFor('the question', isMessage((m) => m.sender === 'system' && m.body.startsWith('Är du kvar?')));
      await rounds(2 * MINUTE);
      await p.waitFor('ended for silence', isChat((s) => s.state === 'ended' && s.endedBy === 'consumer_inactive'));
      expect((await api.interaction(chat.chatId)).state).toBe('wrap_up');
    });

    it('takes the consumer typing after the question as an answer, and asks nothing while they type', async () => {
      const { chat, anna } = await taken();
      const p = await page(chat);
      await p.waitFor('the state', isChat());
      await say(anna, chat, 'typing-01', 'Vad stod det i kvittot?');
      const round = async () => {
        f.deps.clock.advance(20 * SECOND);
        await heartbeat();
        await api.work(anna);
        await api.tick();
      };
      for (let t = 0; t < 5 * MINUTE; t += 20 * SECOND) await round();
      await p.waitFor('the question', isMessage((m) => m.body.startsWith('Är du kvar?')));
      // Typing (no message yet) answers it; typing every minute keeps the chat open for good.
      for (let t = 0; t < 10 * MINUTE; t += 20 * SECOND) {
        if (t % MINUTE === 0) await chats.typing(chat);
        await round();
      }
      expect((await api.interaction(chat.chatId)).state).toBe('active');
      expect(p.messages().filter((m) => m.body.startsWith('Är du kvar?'))).toHaveLength(1);
    });
  });
});
