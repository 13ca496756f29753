// @ts-check
// The chat page's connection to the backend: opening the chat, the live feed
// (a WebSocket that reconnects with back-off and resumes after the last
// message it delivered), the outbox (every message keeps its client id until
// the server has it, and is sent again with the same id after a failure, one
// at a time and in order), typing signals, receipts, transcript and end. It
// knows nothing of the DOM: the browser's fetch, WebSocket, storage and
// timers are handed in, so the unit tests can hand in fakes.

import { backoffMs, cleanText, mergeMessages, MESSAGE_MAX, newClientId, parseSaved, SAVED_KEY, settleOutbox, typingDue } from './chat-core.js';

/**
 * @typedef {import('./chat-core.js').ChatMessage} ChatMessage
 * @typedef {import('./chat-core.js').PublicChat} PublicChat
 * @typedef {import('./chat-core.js').OutboxItem} OutboxItem
 * @typedef {import('./chat-core.js').Saved} Saved
 * @typedef {{ send(data: string): void, close(code?: number, reason?: string): void,
 *   onopen: ((ev: unknown) => void) | null, onmessage: ((ev: { data: unknown }) => void) | null,
 *   onclose: ((ev: { code: number }) => void) | null, onerror: ((ev: unknown) => void) | null }} SocketLike
 * @typedef {{
 *   apiBase: string,
 *   fetch: (url: string, init: RequestInit) => Promise<Response>,
 *   WebSocket: new (url: string) => SocketLike,
 *   storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
 *   setTimeout: (fn: () => void, ms: number) => unknown,
 *   clearTimeout: (handle: unknown) => void,
 *   now: () => number,
 *   random?: () => number,
 *   newClientId?: () => string,
 * }} ClientDeps
 *   apiBase: the backend's root URL, where v1/ lives.
 * @typedef {'sending' | 'retrying' | 'failed'} PendingState
 * @typedef {{ item: OutboxItem, state: PendingState, reason: 'ended' | 'invalid' | null }} Pending
 * @typedef {'idle' | 'connecting' | 'live' | 'down'} Link
 * @typedef {{ language: 'sv' | 'en', topicId?: string, name?: string, question?: string }} NewChat
 * @typedef {{ ok: true } | { ok: false, code: 'queue_closed', nextOpening: string | null }
 *   | { ok: false, code: 'rate_limited', retryAfter: number } | { ok: false, code: 'failed' }} OpenResult
 */

/** A request that got no answer in this time is treated as lost, and retried. */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * An answer from the chat's routes: the status, the JSON body (null when
 * there was none or it was not JSON) and Retry-After in seconds.
 * @typedef {{ status: number, data: unknown, retryAfter: number | null }} Answer
 * @typedef {{ code?: unknown, nextOpening?: string | null, retryAfterSeconds?: number }} ProblemBody
 */

/** @param {unknown} data @returns {data is Record<string, unknown>} */
const isObject = (data) => typeof data === 'object' && data !== null && !Array.isArray(data);

/**
 * The chat as the consumer sees it, from a route that answers with it (the
 * contract's PublicChat), or null when the answer was something else.
 * @param {Answer} res @returns {PublicChat | null}
 */
const chatIn = (res) => (res.status === 200 && isObject(res.data) ? /** @type {PublicChat} */ (res.data) : null);
/** Receipts wait this long, so a burst of messages is acknowledged once. */
const RECEIPT_DELAY_MS = 300;
/** The adviser shows as typing at most this long after the server last said so. */
const TYPING_SHOWN_MS = 8_000;

class NetworkError extends Error {}

export class ChatClient {
  /** @param {ClientDeps} deps */
  constructor(deps) {
    this.d = deps;
    this.random = deps.random ?? Math.random;
    this.makeId = deps.newClientId ?? (() => newClientId());
    /** @type {Saved | null} */
    this.saved = null;
    /** Messages of this chat, in sequence order, each once. @type {ChatMessage[]} */
    this.messages = [];
    /** @type {PublicChat | null} */
    this.chat = null;
    /** @type {Link} */
    this.link = 'idle';
    this.online = true;
    /** The server no longer knows the chat (or the secret). */
    this.lost = false;
    /** The last sequence number the saved chat had seen before this page loaded: older messages are history. */
    this.restoredSeq = 0;
    /**
     * The last sequence delivered by the live feed. The feed resumes after it.
     * Messages learnt from a send's answer do not move it: a message the
     * adviser wrote just before may still be on its way.
     */
    this.feedSeq = 0;
    /** @type {Map<string, { state: PendingState, reason: 'ended' | 'invalid' | null }>} */
    this.status = new Map();
    /** @type {Set<(added: ChatMessage[]) => void>} */
    this.listeners = new Set();
    /** @type {SocketLike | null} */
    this.ws = null;
    this.wsAttempt = 0;
    /** @type {unknown} */
    this.wsTimer = null;
    this.sendAttempt = 0;
    /** @type {unknown} */
    this.sendTimer = null;
    this.flushing = false;
    /** The network is back while a send is on its way: if that one fails, try again at once rather than after its back-off. */
    this.retrySoon = false;
    /** @type {number | null} */
    this.typingSentAt = null;
    /** @type {unknown} */
    this.typingTimer = null;
    this.reading = true;
    this.receipts = { delivered: 0, read: 0, wantDelivered: 0, wantRead: 0, busy: false };
    /** @type {unknown} */
    this.receiptTimer = null;
    this.stopped = false;
  }

  // ------------------------------------------------------------------ state

  /** @param {(added: ChatMessage[]) => void} fn */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  /** @param {ChatMessage[]} [added] */
  emit(added = []) {
    for (const fn of this.listeners) fn(added);
  }

  /** The messages not yet confirmed by the server, in the order typed, with how they fare. @returns {Pending[]} */
  pending() {
    if (!this.saved) return [];
    return this.saved.outbox.map((item) => {
      const s = this.status.get(item.clientId);
      return { item, state: s?.state ?? 'sending', reason: s?.reason ?? null };
    });
  }

  get chatId() {
    return this.saved?.chatId ?? null;
  }

  get ended() {
    return this.chat?.state === 'ended';
  }

  persist() {
    if (!this.saved || !this.d.storage) return;
    try {
      this.d.storage.setItem(SAVED_KEY, JSON.stringify(this.saved));
    } catch {
      // Storage full or refused (a private window, a blocked iframe): the chat goes on, a reload will not find it.
    }
  }

  /** The chat this tab had open, if any. */
  restore() {
    /** @type {string | null} */
    let json = null;
    try {
      json = this.d.storage?.getItem(SAVED_KEY) ?? null;
    } catch {
      json = null;
    }
    this.saved = parseSaved(json);
    this.restoredSeq = this.saved?.lastSeq ?? 0;
    return this.saved;
  }

  /** Forgets the chat (to start a new one): stops the feed and retries and clears storage. */
  forget() {
    this.stopTimers();
    this.closeSocket();
    this.saved = null;
    this.messages = [];
    this.chat = null;
    this.feedSeq = 0;
    this.restoredSeq = 0;
    this.lost = false;
    this.link = 'idle';
    this.status.clear();
    this.receipts = { delivered: 0, read: 0, wantDelivered: 0, wantRead: 0, busy: false };
    try {
      this.d.storage?.removeItem(SAVED_KEY);
    } catch {
      // Nothing to do: the entry stays, and is replaced by the next chat.
    }
    this.emit();
  }

  /** The page is going away or the test is over: no timers, no socket. */
  dispose() {
    this.stopped = true;
    this.stopTimers();
    this.closeSocket();
  }

  stopTimers() {
    for (const t of [this.wsTimer, this.sendTimer, this.typingTimer, this.receiptTimer]) if (t !== null) this.d.clearTimeout(t);
    this.wsTimer = this.sendTimer = this.typingTimer = this.receiptTimer = null;
  }

  closeSocket() {
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
      try {
        ws.close(1000, 'bye');
      } catch {
        // Already closed.
      }
    }
  }

  // ------------------------------------------------------------------ HTTP

  /**
   * @param {'GET' | 'POST'} method
   * @param {string} path  Relative to apiBase, e.g. "v1/public/chats".
   * @param {object} [body]
   * @returns {Promise<Answer>}
   */
  async request(method, path, body) {
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? this.d.setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS) : null;
    /** @type {Record<string, string>} */
    const headers = { accept: 'application/json' };
    if (this.saved) headers['x-chat-token'] = this.saved.token;
    if (body) headers['content-type'] = 'application/json';
    try {
      const res = await this.d.fetch(new URL(path, this.d.apiBase).toString(), {
        method,
        headers,
        cache: 'no-store',
        credentials: 'omit',
        ...(body ? { body: JSON.stringify(body) } : {}),
        ...(controller ? { signal: controller.signal } : {}),
      });
      const text = await res.text();
      /** @type {unknown} */
      let data = null;
      if (text) {
        try {
          data = JSON.parse(text);
        } catch {
          data = null;
        }
      }
      const retry = Number(res.headers.get('retry-after'));
      return { status: res.status, data, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null };
    } catch (err) {
      throw new NetworkError(err instanceof Error ? err.message : String(err));
    } finally {
      if (timer !== null) this.d.clearTimeout(timer);
    }
  }

  /** @param {string} suffix */
  chatPath(suffix = '') {
    return `v1/public/chats/${encodeURIComponent(this.saved?.chatId ?? '')}${suffix}`;
  }

  // ------------------------------------------------------------------ opening and resuming

  /**
   * Starts a chat. An unknown area is dropped rather than refusing the consumer.
   * @param {NewChat} body
   * @returns {Promise<OpenResult>}
   */
  async open(body) {
    this.forget();
    /** @type {NewChat} */
    const clean = { language: body.language };
    if (body.topicId) clean.topicId = body.topicId;
    const name = body.name?.trim();
    if (name) clean.name = name.slice(0, 80);
    const question = body.question === undefined ? '' : cleanText(body.question);
    if (question) clean.question = question.slice(0, MESSAGE_MAX);
    /** @type {Answer} */
    let res;
    try {
      res = await this.request('POST', 'v1/public/chats', clean);
      if (res.status === 422 && clean.topicId) {
        delete clean.topicId;
        res = await this.request('POST', 'v1/public/chats', clean);
      }
    } catch {
      return { ok: false, code: 'failed' };
    }
    const opened = /** @type {{ chat?: PublicChat, token?: unknown } & ProblemBody} */ (isObject(res.data) ? res.data : {});
    if (res.status === 201 && opened.chat && typeof opened.token === 'string') {
      this.saved = { v: 1, chatId: opened.chat.chatId, token: opened.token, language: body.language, lastSeq: 0, outbox: [] };
      this.restoredSeq = 0;
      this.chat = opened.chat;
      this.persist();
      this.emit();
      this.connect();
      return { ok: true };
    }
    if (res.status === 409 && opened.code === 'queue_closed') return { ok: false, code: 'queue_closed', nextOpening: opened.nextOpening ?? null };
    if (res.status === 429) return { ok: false, code: 'rate_limited', retryAfter: res.retryAfter ?? opened.retryAfterSeconds ?? 60 };
    return { ok: false, code: 'failed' };
  }

  /**
   * Picks up the saved chat after a reload: its state, then the live feed
   * (which sends every message, as this page has none yet) and the outbox.
   * @returns {Promise<'ok' | 'gone' | 'none'>}
   */
  async resume() {
    if (!this.saved) return 'none';
    try {
      const res = await this.request('GET', this.chatPath());
      if (res.status === 404) {
        this.forget();
        return 'gone';
      }
      const chat = chatIn(res);
      if (chat) this.applyChat(chat);
    } catch {
      // No network: the feed and the outbox keep trying.
    }
    this.emit();
    this.connect();
    void this.flush();
    return 'ok';
  }

  // ------------------------------------------------------------------ incoming

  /**
   * @param {ChatMessage[]} incoming
   * @param {boolean} fromFeed  In order from the live feed (moves the resume point).
   */
  receive(incoming, fromFeed) {
    const { list, added } = mergeMessages(this.messages, incoming);
    this.messages = list;
    if (fromFeed) for (const m of incoming) this.feedSeq = Math.max(this.feedSeq, m.seq);
    if (this.saved) {
      const before = this.saved.outbox.length;
      this.saved.outbox = settleOutbox(this.saved.outbox, this.messages);
      if (this.saved.outbox.length !== before) for (const m of added) this.status.delete(m.clientId);
      if (this.feedSeq > this.saved.lastSeq || this.saved.outbox.length !== before) {
        this.saved.lastSeq = Math.max(this.saved.lastSeq, this.feedSeq);
        this.persist();
      }
    }
    const fromAdviser = added.filter((m) => m.sender === 'adviser').reduce((top, m) => Math.max(top, m.seq), 0);
    if (fromAdviser > 0) {
      // The adviser's message arrived: they are not typing it any more.
      if (this.chat) this.chat = { ...this.chat, adviserTyping: false };
      this.receipts.wantDelivered = Math.max(this.receipts.wantDelivered, fromAdviser);
      if (this.reading) this.receipts.wantRead = this.receipts.wantDelivered;
      this.scheduleReceipts();
    }
    return added;
  }

  /** @param {PublicChat} chat */
  applyChat(chat) {
    const wasEnded = this.ended;
    this.chat = chat;
    if (this.typingTimer !== null) this.d.clearTimeout(this.typingTimer);
    this.typingTimer = null;
    if (chat.adviserTyping) {
      // The server says when typing stops, but a lost update must not leave "typing …" up for good.
      this.typingTimer = this.d.setTimeout(() => {
        this.typingTimer = null;
        if (this.chat?.adviserTyping) {
          this.chat = { ...this.chat, adviserTyping: false };
          this.emit();
        }
      }, TYPING_SHOWN_MS);
    }
    if (chat.state === 'ended' && !wasEnded) {
      if (this.wsTimer !== null) this.d.clearTimeout(this.wsTimer);
      this.wsTimer = null;
      void this.finishEnded();
    }
  }

  /**
   * The chat is over: fetch whatever the feed has not brought yet (the
   * closing line; or, after a reload, the whole conversation), then close it.
   */
  async finishEnded() {
    if (!this.saved) return;
    try {
      const res = await this.request('GET', `${this.chatPath('/messages')}?after=${this.feedSeq}`);
      if (res.status === 200 && Array.isArray(res.data)) this.emit(this.receive(/** @type {ChatMessage[]} */ (res.data), true));
    } catch {
      // Offline: the messages stay as they are; a reload fetches them.
    }
    this.closeSocket();
    this.link = 'idle';
    this.emit();
  }

  // ------------------------------------------------------------------ live feed

  wsUrl() {
    const url = new URL(this.chatPath('/live'), this.d.apiBase);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  /** Opens the live feed unless it is open, the chat is over, or a reconnect is already planned. */
  connect() {
    if (this.stopped || !this.saved || this.ws || this.lost || this.ended) return;
    if (this.wsTimer !== null) {
      this.d.clearTimeout(this.wsTimer);
      this.wsTimer = null;
    }
    /** @type {SocketLike} */
    let ws;
    try {
      ws = new this.d.WebSocket(this.wsUrl());
    } catch {
      this.link = 'down';
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    if (this.link !== 'live') this.link = 'connecting';
    const saved = this.saved;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', token: saved.token, after: this.feedSeq }));
    ws.onmessage = (ev) => this.onFrame(ws, ev.data);
    ws.onerror = () => undefined;
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.link = 'down';
      if (ev.code === 4404) {
        // The chat is gone or the secret is wrong: nothing to reconnect to.
        this.lost = true;
        this.emit();
        return;
      }
      if (!this.ended) this.scheduleReconnect(ev.code === 4429 ? 30_000 : 0);
      this.emit();
    };
  }

  /** @param {SocketLike} ws @param {unknown} data */
  onFrame(ws, data) {
    if (this.ws !== ws || typeof data !== 'string') return;
    /** @type {{ type?: unknown, message?: ChatMessage, chat?: PublicChat } | null} */
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    /** @type {ChatMessage[]} */
    let added = [];
    if (frame?.type === 'message' && frame.message) added = this.receive([frame.message], true);
    else if (frame?.type === 'chat' && frame.chat) this.applyChat(frame.chat);
    else return;
    const cameBack = this.link !== 'live';
    if (this.ws === ws) this.link = 'live';
    this.wsAttempt = 0;
    this.emit(added);
    // The network works again: what waits in the outbox goes now, not at its next retry.
    if (cameBack && this.saved?.outbox.length) {
      this.sendAttempt = 0;
      this.retrySoon = true;
      void this.flush();
    }
  }

  /** @param {number} [atLeastMs] */
  scheduleReconnect(atLeastMs = 0) {
    if (this.stopped || this.wsTimer !== null || this.lost || this.ended) return;
    const wait = Math.max(atLeastMs, backoffMs(this.wsAttempt++, this.random));
    this.wsTimer = this.d.setTimeout(() => {
      this.wsTimer = null;
      this.connect();
    }, wait);
  }

  /**
   * The browser says the network went away or came back. Away: the socket is
   * as good as dead, so stop waiting for it. Back: reconnect and send now.
   * @param {boolean} online
   */
  setOnline(online) {
    this.online = online;
    if (!online) {
      if (this.ws) {
        this.closeSocket();
        this.link = 'down';
        this.scheduleReconnect();
      }
      this.emit();
      return;
    }
    this.wake();
  }

  /** Try again now (the network is back, or the page became visible). */
  wake() {
    if (!this.saved || this.lost) return;
    this.wsAttempt = 0;
    this.sendAttempt = 0;
    if (!this.ws && !this.ended) this.connect();
    if (this.saved.outbox.length) {
      this.retrySoon = true;
      void this.flush();
    }
    this.emit();
  }

  // ------------------------------------------------------------------ outbox

  /**
   * Queues a message: kept (with its client id) in storage at once, then sent.
   * @param {string} text
   * @returns {OutboxItem | null}  null when there is nothing to send.
   */
  send(text) {
    if (!this.saved || this.ended || this.lost) return null;
    const clean = cleanText(text);
    if (!clean || clean.length > MESSAGE_MAX) return null;
    const item = { clientId: this.makeId(), text: clean, at: new Date(this.d.now()).toISOString() };
    this.saved.outbox.push(item);
    this.status.set(item.clientId, { state: 'sending', reason: null });
    this.persist();
    this.typingSentAt = null;
    this.emit();
    this.sendAttempt = 0;
    void this.flush();
    return item;
  }

  /** Sends the outbox in order, one at a time; stops at a failure and tries again later. */
  async flush() {
    // A flush on its way picks up whatever is added to the outbox meanwhile.
    if (this.flushing || !this.saved || this.lost || this.stopped) return;
    if (this.sendTimer !== null) {
      this.d.clearTimeout(this.sendTimer);
      this.sendTimer = null;
    }
    this.flushing = true;
    this.retrySoon = false;
    try {
      for (;;) {
        const item = this.saved?.outbox.find((i) => this.status.get(i.clientId)?.state !== 'failed');
        if (!item || !this.saved) return;
        this.setState(item.clientId, 'sending', null);
        const outcome = await this.attempt(item);
        if (outcome.result !== 'retry') continue;
        if (this.retrySoon) {
          this.retrySoon = false;
          continue;
        }
        for (const p of this.pending()) if (p.state !== 'failed') this.setState(p.item.clientId, 'retrying', null);
        const wait = Math.max(backoffMs(this.sendAttempt++, this.random), (outcome.retryAfter ?? 0) * 1000);
        this.sendTimer = this.d.setTimeout(() => {
          this.sendTimer = null;
          void this.flush();
        }, wait);
        this.emit();
        return;
      }
    } finally {
      this.flushing = false;
    }
  }

  /** @param {string} clientId @param {PendingState} state @param {'ended' | 'invalid' | null} reason */
  setState(clientId, state, reason) {
    const now = this.status.get(clientId);
    if (now?.state === state && now.reason === reason) return;
    this.status.set(clientId, { state, reason });
    this.emit();
  }

  /**
   * One attempt at one message.
   * @param {OutboxItem} item
   * @returns {Promise<{ result: 'ok' | 'failed' | 'retry', retryAfter?: number | null }>}
   */
  async attempt(item) {
    /** @type {Answer} */
    let res;
    try {
      res = await this.request('POST', this.chatPath('/messages'), { clientId: item.clientId, text: item.text });
    } catch {
      return { result: 'retry' };
    }
    if (!this.saved) return { result: 'failed' };
    const stored = /** @type {Partial<ChatMessage>} */ (isObject(res.data) ? res.data : {});
    if (res.status === 200 && typeof stored.seq === 'number') {
      this.sendAttempt = 0;
      this.saved.outbox = this.saved.outbox.filter((i) => i.clientId !== item.clientId);
      this.status.delete(item.clientId);
      this.persist();
      const added = this.receive([/** @type {ChatMessage} */ (stored)], false);
      this.emit(added);
      return { result: 'ok' };
    }
    if (res.status === 429 || res.status === 408 || res.status >= 500) return { result: 'retry', retryAfter: res.retryAfter };
    if (res.status === 404) {
      this.lost = true;
      this.emit();
      return { result: 'failed' };
    }
    // 409: the chat has ended; 400 and the like: the server will never take it. Shown as not sent, not retried.
    this.setState(item.clientId, 'failed', res.status === 409 ? 'ended' : 'invalid');
    if (res.status === 409) void this.refreshChat();
    return { result: 'failed' };
  }

  /** Re-reads the chat's state (after the server said it has ended). */
  async refreshChat() {
    try {
      const res = await this.request('GET', this.chatPath());
      const chat = chatIn(res);
      if (chat) {
        this.applyChat(chat);
        this.emit();
      }
    } catch {
      // The feed will tell.
    }
  }

  // ------------------------------------------------------------------ typing and receipts

  /** The consumer is typing: told to the adviser at most every three seconds. */
  typing() {
    if (!this.saved || this.ended || this.lost || !this.online) return;
    const now = this.d.now();
    if (!typingDue(now, this.typingSentAt)) return;
    this.typingSentAt = now;
    this.request('POST', this.chatPath('/typing')).catch(() => undefined);
  }

  /**
   * Whether the consumer can see the messages (the page is visible and, when
   * embedded, its panel open). Only then are the adviser's messages marked read.
   * @param {boolean} reading
   */
  setReading(reading) {
    this.reading = reading;
    if (reading && this.receipts.wantRead < this.receipts.wantDelivered) {
      this.receipts.wantRead = this.receipts.wantDelivered;
      this.scheduleReceipts();
    }
  }

  scheduleReceipts() {
    if (this.receiptTimer !== null || this.receipts.busy) return;
    this.receiptTimer = this.d.setTimeout(() => {
      this.receiptTimer = null;
      void this.sendReceipts();
    }, RECEIPT_DELAY_MS);
  }

  async sendReceipts() {
    const r = this.receipts;
    if (!this.saved || r.busy) return;
    /** @type {{ deliveredUpTo?: number, readUpTo?: number }} */
    const body = {};
    if (r.wantDelivered > r.delivered) body.deliveredUpTo = r.wantDelivered;
    if (r.wantRead > r.read) body.readUpTo = r.wantRead;
    if (body.deliveredUpTo === undefined && body.readUpTo === undefined) return;
    r.busy = true;
    let ok = false;
    try {
      const res = await this.request('POST', this.chatPath('/receipts'), body);
      ok = res.status === 204;
      if (ok) {
        r.delivered = Math.max(r.delivered, body.deliveredUpTo ?? 0, body.readUpTo ?? 0);
        r.read = Math.max(r.read, body.readUpTo ?? 0);
      }
    } catch {
      ok = false;
    } finally {
      r.busy = false;
    }
    if (!this.saved || this.lost) return;
    if (ok) {
      if (r.wantDelivered > r.delivered || r.wantRead > r.read) this.scheduleReceipts();
    } else if (this.receiptTimer === null) {
      this.receiptTimer = this.d.setTimeout(() => {
        this.receiptTimer = null;
        void this.sendReceipts();
      }, 5_000);
    }
  }

  // ------------------------------------------------------------------ transcript and end

  /**
   * @param {string} email
   * @returns {Promise<'ok' | 'invalid' | 'failed'>}
   */
  async transcript(email) {
    if (!this.saved) return 'failed';
    try {
      const res = await this.request('POST', this.chatPath('/transcript'), { email: email.trim() });
      const chat = chatIn(res);
      if (chat) {
        this.applyChat(chat);
        this.emit();
        return 'ok';
      }
      return res.status === 400 ? 'invalid' : 'failed';
    } catch {
      return 'failed';
    }
  }

  /**
   * Ends the chat, after sending what is still in the outbox.
   * @returns {Promise<'ok' | 'failed'>}
   */
  async end() {
    if (!this.saved) return 'failed';
    if (this.saved.outbox.length) await this.flush();
    try {
      const res = await this.request('POST', this.chatPath('/end'));
      const chat = chatIn(res);
      if (chat) {
        this.applyChat(chat);
        this.emit();
        return 'ok';
      }
      return 'failed';
    } catch {
      return 'failed';
    }
  }
}
