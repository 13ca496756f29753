// The chat page's connection logic against a fake backend (fetch and
// WebSocket with the public chat API's behaviour, including "a resend with
// the same client id is stored once") and fake timers: nothing typed is lost
// or doubled when the network drops, a send's answer is lost, or the page is
// reloaded; the live feed resumes after the last message it delivered; typing
// and receipts are rationed; opening handles closed queues and rate limits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatClient, type SocketLike } from './chat-client.js';
import { SAVED_KEY, type ChatMessage, type PublicChat } from './chat-core.js';

const CHAT_ID = '11111111-1111-4111-8111-111111111111';
const TOKEN = 'T'.repeat(32);

type Frame = { type: 'message'; message: ChatMessage } | { type: 'chat'; chat: PublicChat };

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** The public chat API as the page sees it, in memory. */
/** A WebSocket class whose sockets all reach `backend`. */
function socketsTo(backend: FakeBackend): new (url: string) => SocketLike {
  return class extends FakeSocket {
    constructor(url: string) {
      super(url, backend);
    }
  };
}

class FakeBackend {
  messages: ChatMessage[] = [];
  private seq = 100;
  chat: PublicChat = {
    chatId: CHAT_ID, language: 'sv', state: 'waiting', position: 1, estimatedWait: { seconds: 120, low: 30, high: 300 }, adviserName: null,
    adviserTyping: false, endedBy: null, transcriptEmail: false, deliveredSeq: 0, readSeq: 0, lastSeq: 0,
  };
  offline = false;
  /** The live feed refuses connections (HTTP still works). */
  feedDown = false;
  socketsMade = 0;
  /** Message posts whose answer is lost after the message was stored. */
  loseAnswers = 0;
  /** The next message posts are answered with these statuses (without storing). */
  refuse: number[] = [];
  openAnswers: Array<{ status: number; body: object; headers?: Record<string, string> }> = [];
  requests: Array<{ method: string; path: string; body: Record<string, unknown> | undefined }> = [];
  sockets: FakeSocket[] = [];
  /** The "after" of every live-feed authentication, in order. */
  auths: number[] = [];
  /** What the client constructs as its WebSocket: sockets connected to this backend. */
  readonly Socket: new (url: string) => SocketLike = socketsTo(this);

  add(sender: ChatMessage['sender'], body: string, clientId: string, authorName: string | null = null): ChatMessage {
    const m: ChatMessage = { seq: ++this.seq, interactionId: CHAT_ID, sender, clientId, authorName, body, createdAt: new Date().toISOString(), delivered: false, read: false };
    this.messages.push(m);
    this.chat = { ...this.chat, lastSeq: m.seq };
    for (const s of this.sockets) s.push({ type: 'message', message: m });
    return m;
  }

  setChat(patch: Partial<PublicChat>): void {
    this.chat = { ...this.chat, ...patch };
    for (const s of this.sockets) s.push({ type: 'chat', chat: this.chat });
  }

  consumerBodies(): string[] {
    return this.messages.filter((m) => m.sender === 'consumer').map((m) => m.body);
  }

  posts(suffix: string) {
    return this.requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));
  }

  readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const u = new URL(url);
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined;
    this.requests.push({ method, path: u.pathname + u.search, body });
    if (this.offline) throw new TypeError('Failed to fetch');
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      new Response(status === 204 ? null : JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });
    if (method === 'POST' && u.pathname === '/v1/public/chats') {
      const answer = this.openAnswers.shift();
      if (answer) return json(answer.status, answer.body, answer.headers);
      this.add('system', 'Välkommen', 'welcome');
      if (typeof body?.question === 'string') this.add('consumer', body.question, 'first-question');
      return json(201, { chat: this.chat, token: TOKEN });
    }
    const headers = new Headers(init.headers);
    if (headers.get('x-chat-token') !== TOKEN) return json(404, { code: 'not_found' });
    const base = `/v1/public/chats/${CHAT_ID}`;
    if (method === 'GET' && u.pathname === base) return json(200, this.chat);
    if (method === 'GET' && u.pathname === `${base}/messages`) {
      const after = Number(u.searchParams.get('after') ?? 0);
      return json(200, this.messages.filter((m) => m.seq > after));
    }
    if (method === 'POST' && u.pathname === `${base}/messages`) {
      const refusal = this.refuse.shift();
      if (refusal) return json(refusal, { code: 'refused' }, refusal === 429 ? { 'retry-after': '2' } : {});
      const clientId = String(body?.clientId);
      const existing = this.messages.find((m) => m.sender === 'consumer' && m.clientId === clientId);
      if (!existing && this.chat.state === 'ended') return json(409, { code: 'invalid_state' });
      const stored = existing ?? this.add('consumer', String(body?.text), clientId);
      if (this.loseAnswers > 0) {
        this.loseAnswers--;
        throw new TypeError('network connection was lost');
      }
      return json(200, stored);
    }
    if (method === 'POST' && (u.pathname === `${base}/typing` || u.pathname === `${base}/receipts`)) return json(204, null);
    if (method === 'POST' && u.pathname === `${base}/end`) {
      this.add('system', 'Du har avslutat chatten.', 'closing');
      this.setChat({ state: 'ended', endedBy: 'consumer_ended' });
      return json(200, this.chat);
    }
    if (method === 'POST' && u.pathname === `${base}/transcript`) {
      if (!String(body?.email).includes('@')) return json(400, { code: 'validation_failed' });
      this.chat = { ...this.chat, transcriptEmail: true };
      return json(200, this.chat);
    }
    return json(404, { code: 'not_found' });
  };

  /** The network goes: requests fail and open feeds drop. */
  drop(): void {
    this.offline = true;
    for (const s of [...this.sockets]) s.serverClose(1006);
  }
}

class FakeSocket implements SocketLike {
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  private authed = false;
  private closed = false;

  constructor(
    readonly url: string,
    private readonly backend: FakeBackend,
  ) {
    backend.socketsMade++;
    setTimeout(() => {
      if (backend.offline || backend.feedDown) this.serverClose(1006);
      else {
        backend.sockets.push(this);
        this.onopen?.({});
      }
    }, 5);
  }

  send(data: string): void {
    const frame = JSON.parse(data) as { type: string; token: string; after: number };
    if (frame.type !== 'auth' || this.authed) return;
    if (frame.token !== TOKEN) return this.serverClose(4404);
    this.authed = true;
    this.backend.auths.push(frame.after);
    for (const m of this.backend.messages) if (m.seq > frame.after) this.push({ type: 'message', message: m });
    this.push({ type: 'chat', chat: this.backend.chat });
  }

  push(frame: Frame): void {
    if (!this.authed || this.closed) return;
    const data = JSON.stringify(frame);
    setTimeout(() => {
      if (!this.closed) this.onmessage?.({ data });
    }, 1);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.backend.sockets = this.backend.sockets.filter((s) => s !== this);
    setTimeout(() => this.onclose?.({ code: 1000 }), 1);
  }

  serverClose(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.backend.sockets = this.backend.sockets.filter((s) => s !== this);
    this.onclose?.({ code });
  }
}

let backend: FakeBackend;
let storage: MemoryStorage;
const clients: ChatClient[] = [];
let ids = 0;

function newClient(): ChatClient {
  const client = new ChatClient({
    apiBase: 'http://backend.test/',
    fetch: backend.fetch,
    WebSocket: backend.Socket,
    storage,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    random: () => 0.5,
    newClientId: () => `client-${String(++ids).padStart(10, '0')}`,
  });
  clients.push(client);
  return client;
}

const pass = (ms = 20) => vi.advanceTimersByTimeAsync(ms);
const bodies = (c: ChatClient) => c.messages.map((m) => `${m.sender}:${m.body}`);

async function opened(): Promise<ChatClient> {
  const client = newClient();
  expect(await client.open({ language: 'sv', question: 'Min tvättmaskin läcker.' })).toEqual({ ok: true });
  await pass();
  return client;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T09:00:00Z') });
  backend = new FakeBackend();
  storage = new MemoryStorage();
  ids = 0;
});
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
  vi.useRealTimers();
});

describe('opening', () => {
  it('starts the chat, keeps its id and secret for the tab, and follows it live from the first message', async () => {
    const client = await opened();
    expect(client.link).toBe('live');
    expect(backend.auths).toEqual([0]);
    expect(bodies(client)).toEqual(['system:Välkommen', 'consumer:Min tvättmaskin läcker.']);
    expect(JSON.parse(storage.getItem(SAVED_KEY)!)).toMatchObject({ chatId: CHAT_ID, token: TOKEN, language: 'sv', lastSeq: 102, outbox: [] });
    expect(backend.posts('/v1/public/chats')[0]!.body).toEqual({ language: 'sv', question: 'Min tvättmaskin läcker.' });
  });

  it('says when the queue is closed and when it opens, and keeps nothing', async () => {
    backend.openAnswers.push({ status: 409, body: { code: 'queue_closed', nextOpening: '2026-11-26T08:00:00.000Z' } });
    const client = newClient();
    expect(await client.open({ language: 'en' })).toEqual({ ok: false, code: 'queue_closed', nextOpening: '2026-11-26T08:00:00.000Z' });
    expect(storage.getItem(SAVED_KEY)).toBeNull();
    expect(client.saved).toBeNull();
  });

  it('says how long to wait when rate-limited, and fails plainly without a network', async () => {
    backend.openAnswers.push({ status: 429, body: { code: 'rate_limited', retryAfterSeconds: 40 }, headers: { 'retry-after': '40' } });
    const client = newClient();
    expect(await client.open({ language: 'sv' })).toEqual({ ok: false, code: 'rate_limited', retryAfter: 40 });
    backend.offline = true;
    expect(await client.open({ language: 'sv' })).toEqual({ ok: false, code: 'failed' });
  });

  it('starts without the area when the server does not know it, and sends no empty name or question', async () => {
    backend.openAnswers.push({ status: 422, body: { code: 'invalid_reference' } });
    const client = newClient();
    expect(await client.open({ language: 'sv', topicId: 'goods', name: '   ', question: ' \n ' })).toEqual({ ok: true });
    expect(backend.posts('/v1/public/chats').map((r) => r.body)).toEqual([{ language: 'sv', topicId: 'goods' }, { language: 'sv' }]);
  });
});

describe('sending', () => {
  it('keeps messages typed offline in the outbox and delivers them once each, in order, when the network is back', async () => {
    const client = await opened();
    backend.drop();
    await pass();
    client.setOnline(false);
    expect(client.link).toBe('down');
    client.send('Första meddelandet');
    client.send('Andra meddelandet');
    await pass(100);
    expect(client.pending().map((p) => [p.item.text, p.state])).toEqual([['Första meddelandet', 'retrying'], ['Andra meddelandet', 'retrying']]);
    expect(JSON.parse(storage.getItem(SAVED_KEY)!).outbox.map((i: { text: string }) => i.text)).toEqual(['Första meddelandet', 'Andra meddelandet']);
    // Retries back off while the network is away.
    await pass(20_000);
    const tries = backend.posts('/messages').length;
    expect(tries).toBeGreaterThan(2);
    expect(tries).toBeLessThan(12);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.']);

    backend.offline = false;
    client.setOnline(true);
    await pass(100);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Första meddelandet', 'Andra meddelandet']);
    expect(client.pending()).toEqual([]);
    expect(bodies(client).filter((b) => b.startsWith('consumer:'))).toEqual(['consumer:Min tvättmaskin läcker.', 'consumer:Första meddelandet', 'consumer:Andra meddelandet']);
    expect(JSON.parse(storage.getItem(SAVED_KEY)!).outbox).toEqual([]);
    // Every attempt at a message carried the id it was given when typed.
    const byId = new Map<string, Set<string>>();
    for (const r of backend.posts('/messages')) byId.set(String(r.body?.clientId), (byId.get(String(r.body?.clientId)) ?? new Set()).add(String(r.body?.text)));
    expect([...byId.values()].map((texts) => [...texts])).toEqual([['Första meddelandet'], ['Andra meddelandet']]);
  });

  it('lets the live feed confirm a message whose answer was lost, without sending it again', async () => {
    const client = await opened();
    backend.loseAnswers = 1;
    client.send('Kom svaret fram?');
    await pass(3000);
    expect(backend.posts('/messages')).toHaveLength(1);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Kom svaret fram?']);
    expect(client.pending()).toEqual([]);
  });

  it('sends again with the same id when the answer was lost and the feed is down too, and the server stores it once', async () => {
    const client = await opened();
    backend.feedDown = true;
    for (const s of [...backend.sockets]) s.serverClose(1006);
    backend.loseAnswers = 1;
    client.send('Kan jag få pengarna tillbaka?');
    await pass(50);
    expect(client.pending()[0]?.state).toBe('retrying');
    await pass(1500);
    expect(backend.posts('/messages').map((r) => r.body?.clientId)).toEqual(['client-0000000001', 'client-0000000001']);
    backend.feedDown = false;
    await pass(30_000);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Kan jag få pengarna tillbaka?']);
    expect(bodies(client)).toEqual(['system:Välkommen', 'consumer:Min tvättmaskin läcker.', 'consumer:Kan jag få pengarna tillbaka?']);
    expect(client.pending()).toEqual([]);
  });

  it('does not send a message while the one before it is unconfirmed', async () => {
    const client = await opened();
    backend.refuse = [503, 503];
    client.send('ett');
    client.send('två');
    await pass(50);
    expect(backend.posts('/messages').map((r) => r.body?.text)).toEqual(['ett']);
    await pass(5000);
    expect(backend.posts('/messages').map((r) => r.body?.text)).toEqual(['ett', 'ett', 'ett', 'två']);
    expect(backend.consumerBodies().slice(1)).toEqual(['ett', 'två']);
  });

  it('waits as long as a 429 asks before trying again', async () => {
    const client = await opened();
    backend.refuse = [429];
    client.send('hej');
    await pass(1900);
    expect(backend.posts('/messages')).toHaveLength(1);
    await pass(200);
    expect(backend.posts('/messages')).toHaveLength(2);
    expect(client.pending()).toEqual([]);
  });

  it('marks a message the server will never take (the chat ended) as not sent, without retrying it', async () => {
    const client = await opened();
    backend.chat = { ...backend.chat, state: 'ended', endedBy: 'adviser' };
    client.send('För sent');
    await pass(100);
    expect(client.pending().map((p) => [p.state, p.reason])).toEqual([['failed', 'ended']]);
    await pass(60_000);
    expect(backend.posts('/messages')).toHaveLength(1);
    expect(client.ended).toBe(true);
  });

  it('sends nothing blank and nothing over the limit, and cleans what it sends', async () => {
    const client = await opened();
    expect(client.send('  \n ')).toBeNull();
    expect(client.send('x'.repeat(2001))).toBeNull();
    expect(client.send(' hej\u0007\r\nhopp ')?.text).toBe('hej\nhopp');
  });
});

describe('the live feed', () => {
  it('reconnects with back-off and resumes after the last message it delivered, not after one learnt from a send', async () => {
    const client = await opened();
    backend.setChat({ state: 'active', adviserName: 'Hanna', position: null, estimatedWait: null });
    backend.add('system', 'Hanna har anslutit till chatten.', 'joined-1');
    await pass();
    const seen = client.feedSeq;
    // The feed drops; the adviser writes; the consumer's send still gets through (HTTP works, the socket does not yet).
    for (const s of [...backend.sockets]) s.serverClose(1006);
    const during = backend.add('adviser', 'Har du kvittot kvar?', 'adv-1', 'Hanna');
    client.send('Ja, jag har kvittot.');
    await pass(50);
    expect(client.messages.map((m) => m.seq)).not.toContain(during.seq);
    expect(client.feedSeq).toBe(seen);
    await pass(1500);
    expect(backend.auths).toEqual([0, seen]);
    expect(bodies(client).slice(-2)).toEqual(['adviser:Har du kvittot kvar?', 'consumer:Ja, jag har kvittot.']);
    expect(new Set(client.messages.map((m) => m.seq)).size).toBe(client.messages.length);
  });

  it('backs off longer and longer while the server cannot be reached, and comes back at once when the browser is online again', async () => {
    const client = await opened();
    const before = backend.socketsMade;
    backend.drop();
    await pass(62_000);
    expect(client.link).toBe('down');
    // After 1, 2, 4, 8, 16 and 30 s: six attempts in a minute, not sixty.
    expect(backend.socketsMade - before).toBe(6);
    backend.offline = false;
    client.setOnline(true);
    await pass(50);
    expect(client.link).toBe('live');
    expect(backend.auths).toHaveLength(2);
  });

  it('stops for good when the server no longer knows the chat', async () => {
    const client = await opened();
    storage.setItem(SAVED_KEY, JSON.stringify({ ...JSON.parse(storage.getItem(SAVED_KEY)!), token: 'W'.repeat(32) }));
    const other = newClient();
    other.restore();
    expect(await other.resume()).toBe('gone');
    expect(storage.getItem(SAVED_KEY)).toBeNull();
    expect(client.lost).toBe(false);
  });

  it('shows the adviser typing only while the server says so, and for at most eight seconds without news', async () => {
    const client = await opened();
    backend.setChat({ state: 'active', adviserName: 'Hanna', adviserTyping: true });
    await pass();
    expect(client.chat?.adviserTyping).toBe(true);
    await pass(8000);
    expect(client.chat?.adviserTyping).toBe(false);
    backend.setChat({ adviserTyping: true });
    await pass();
    backend.add('adviser', 'Hej!', 'adv-2', 'Hanna');
    await pass();
    expect(client.chat?.adviserTyping).toBe(false);
  });
});

describe('reloading the page', () => {
  it('resumes the same chat with the whole conversation once, and the outbox sent once', async () => {
    const first = await opened();
    backend.add('adviser', 'Hej, jag heter Hanna.', 'adv-3', 'Hanna');
    await pass();
    backend.drop();
    first.setOnline(false);
    first.send('Skrivet innan omladdningen');
    await pass(50);
    first.dispose();

    backend.offline = false;
    const second = newClient();
    const saved = second.restore();
    expect(saved?.outbox.map((i) => i.text)).toEqual(['Skrivet innan omladdningen']);
    expect(second.restoredSeq).toBe(103);
    expect(await second.resume()).toBe('ok');
    await pass(100);
    expect(backend.auths.at(-1)).toBe(0);
    expect(bodies(second)).toEqual(['system:Välkommen', 'consumer:Min tvättmaskin läcker.', 'adviser:Hej, jag heter Hanna.', 'consumer:Skrivet innan omladdningen']);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Skrivet innan omladdningen']);
    expect(second.pending()).toEqual([]);
  });

  it('lets go of an outbox entry the server already had when the page went away, without sending it twice', async () => {
    const first = await opened();
    backend.loseAnswers = 1;
    first.send('Svaret kom aldrig fram');
    await pass(30);
    first.dispose();
    const second = newClient();
    second.restore();
    await second.resume();
    await pass(2000);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Svaret kom aldrig fram']);
    expect(bodies(second).filter((b) => b === 'consumer:Svaret kom aldrig fram')).toHaveLength(1);
    expect(JSON.parse(storage.getItem(SAVED_KEY)!).outbox).toEqual([]);
  });

  it('shows an ended chat whole, with no live feed left open', async () => {
    const first = await opened();
    await first.end();
    await pass();
    first.dispose();
    const second = newClient();
    second.restore();
    await second.resume();
    await pass(100);
    expect(second.ended).toBe(true);
    expect(bodies(second).at(-1)).toBe('system:Du har avslutat chatten.');
    expect(second.link).toBe('idle');
    expect(backend.sockets).toEqual([]);
  });
});

describe('typing and receipts', () => {
  it('tells the adviser about typing at most every three seconds', async () => {
    const client = await opened();
    for (let i = 0; i < 20; i++) {
      client.typing();
      await pass(500);
    }
    expect(backend.posts('/typing')).toHaveLength(4);
  });

  it('marks the adviser\'s messages delivered on arrival and read only while the consumer can see them', async () => {
    const client = await opened();
    await pass(400);
    // The service's own lines need no receipt.
    expect(backend.posts('/receipts')).toEqual([]);
    client.setReading(false);
    const a = backend.add('adviser', 'Ett', 'adv-4', 'Hanna');
    const b = backend.add('adviser', 'Två', 'adv-5', 'Hanna');
    await pass(400);
    expect(backend.posts('/receipts').map((r) => r.body)).toEqual([{ deliveredUpTo: b.seq }]);
    client.setReading(true);
    await pass(400);
    expect(backend.posts('/receipts').map((r) => r.body)).toEqual([{ deliveredUpTo: b.seq }, { readUpTo: b.seq }]);
    expect(a.seq).toBeLessThan(b.seq);
    // The consumer's own messages need no receipt.
    client.send('Tack');
    await pass(400);
    expect(backend.posts('/receipts')).toHaveLength(2);
  });
});

describe('transcript and end', () => {
  it('asks for the transcript and reports a refused address', async () => {
    const client = await opened();
    expect(await client.transcript('kund@example.se')).toBe('ok');
    expect(client.chat?.transcriptEmail).toBe(true);
    expect(await client.transcript('inte-en-adress')).toBe('invalid');
    backend.offline = true;
    expect(await client.transcript('kund@example.se')).toBe('failed');
  });

  it('sends what is in the outbox before ending, then stops the feed', async () => {
    const client = await opened();
    backend.refuse = [503];
    client.send('Sista frågan');
    await pass(10);
    expect(await client.end()).toBe('ok');
    await pass(50);
    expect(backend.consumerBodies()).toEqual(['Min tvättmaskin läcker.', 'Sista frågan']);
    expect(client.ended).toBe(true);
    expect(bodies(client).at(-1)).toBe('system:Du har avslutat chatten.');
    expect(backend.sockets).toEqual([]);
    await pass(60_000);
    expect(backend.auths).toHaveLength(1);
  });
});
