// The workstation's one live connection (GET /v1/live), held by the core —
// in Electron's main process, so reloading the window loses nothing. It
// reconnects with backoff and resumes after the last event it saw; when the
// server says the gap is too big (or on the first connection) it re-reads the
// adviser's work and applies, on top of that picture, every event that came
// in meanwhile. Events are applied idempotently (see live-state.ts).
import WebSocket from 'ws';
import type { Interaction, LiveBoard, LiveEvent, LiveWork, User } from '../../bridge.js';
import { isUnauthorized, type DeskApi } from '../api.js';
import type { Runtime } from '../runtime.js';
import { backoffDelay } from '../sync/backoff.js';
import {
  applyChatInfo, applyEvent, boardOf, CONSUMER_TYPING_MS, emptyModel, lapseTyping, mergeMessages, putInteraction, syncChats, workOf, type Change, type LiveModel,
} from './live-state.js';
import { createClockOffset } from './clock-offset.js';

/** The server pings every 10 s; silence this long means the connection is dead even if TCP has not noticed. */
export const SILENCE_MS = 35_000;
const BOARD_ROLES: ReadonlySet<User['role']> = new Set(['team_lead', 'supervisor', 'admin']);

export interface LiveConnectionOptions {
  serverUrl: string;
  api: DeskApi;
  runtime: Runtime;
  token(): string | undefined;
  user(): User | null;
  onWork(work: LiveWork): void;
  onBoard(board: LiveBoard): void;
  onOffer(interaction: Interaction): void;
  /** Case data changed on the server: pull now. */
  onDataChanged(): void;
  /** The server ended the session. */
  onUnauthorized(): void;
}

export interface LiveConnection {
  start(): void;
  stop(): void;
  work(): LiveWork;
  board(): LiveBoard;
}

export function createLiveConnection(o: LiveConnectionOptions): LiveConnection {
  let model: LiveModel = emptyModel();
  let socket: WebSocket | null = null;
  let running = false;
  let failures = 0;
  let lastSeq: number | null = null;
  let cancelRetry: (() => void) | null = null;
  let cancelSilence: (() => void) | null = null;
  /** Events that arrived while a snapshot was being read; applied on top of it. */
  let pending: LiveEvent[] | null = null;
  const clock = createClockOffset();

  const wsUrl = (after: number | null) => {
    const u = new URL('/v1/live', o.serverUrl);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    if (after !== null) u.searchParams.set('after', String(after));
    return u.toString();
  };

  function emit(changes: Iterable<Change>, offer?: Interaction): void {
    const set = new Set(changes);
    if (set.has('work')) {
      loadMissingChats();
      o.onWork(workOf(model));
    }
    if (set.has('board')) o.onBoard(boardOf(model));
    // An offer that already rang out (replayed after a reconnect) does not ring again.
    if (offer && (!offer.offerExpiresAt || Date.parse(offer.offerExpiresAt) > o.runtime.now().getTime() + model.clockOffsetMs)) o.onOffer(offer);
    if (set.has('data')) o.onDataChanged();
  }

  /** A chat taken on (or found after a reconnect) needs its history: fetched once, retried with backoff. */
  const fetching = new Set<string>();
  function loadMissingChats(): void {
    for (const id of syncChats(model)) {
      if (fetching.has(id)) continue;
      fetching.add(id);
      const attempt = (tries: number) => {
        // The history and who the consumer is (activity is not replayed, so it is read too).
        Promise.all([o.api.chatMessages(id), o.api.chatInfo(id)])
          .then(([messages, info]) => {
            fetching.delete(id);
            const chat = model.chats.get(id);
            if (!chat) return;
            mergeMessages(chat, messages);
            applyChatInfo(chat, info);
            chat.loading = false;
            o.onWork(workOf(model));
          })
          .catch(() => {
            if (!running || !model.chats.has(id)) {
              fetching.delete(id);
              return;
            }
            o.runtime.schedule(backoffDelay(tries, o.runtime.random()), () => attempt(tries + 1));
          });
      };
      attempt(1);
    }
  }

  function setConnected(connected: boolean): void {
    if (model.connected === connected) return;
    model.connected = connected;
    emit(['work', 'board']);
  }

  function seqOf(e: LiveEvent): number | null {
    return 'seq' in e && typeof e.seq === 'number' ? e.seq : null;
  }

  function handle(e: LiveEvent): void {
    const seq = seqOf(e);
    // While the work is re-read, durable events wait; the sequence moves only once they are applied.
    if (pending && seq !== null) {
      if (!pending.some((p) => seqOf(p) === seq)) pending.push(e);
      return;
    }
    if (seq !== null) {
      // Never the same event twice, whatever the server or the network does.
      if (lastSeq !== null && seq <= lastSeq) return;
      lastSeq = seq;
    }
    const { changed, offer } = applyEvent(model, e);
    emit(changed, offer);
    if (e.type === 'chat-activity' && e.consumerTyping) typingLapsesLater(e.interactionId);
  }

  /** Per chat, the timer that ends its typing mark (a newer "typing" restarts it). */
  const typingTimers = new Map<string, () => void>();
  function typingLapsesLater(chatId: string): void {
    typingTimers.get(chatId)?.();
    typingTimers.set(
      chatId,
      o.runtime.schedule(CONSUMER_TYPING_MS, () => {
        typingTimers.delete(chatId);
        if (lapseTyping(model, chatId)) o.onWork(workOf(model));
      }),
    );
  }

  /**
   * Re-reads the adviser's work (and a lead's advisers), then applies what
   * arrived meanwhile. Only a successful re-read moves the sequence: after a
   * failure the next connection starts afresh and re-reads again, so no offer
   * that came in meanwhile is skipped.
   */
  async function snapshot(helloSeq: number): Promise<void> {
    pending = [];
    try {
      const user = o.user();
      const [work, advisers] = await Promise.all([
        o.api.myWork().catch((err: unknown) => (user?.role === 'admin' ? null : Promise.reject(err))),
        user && BOARD_ROLES.has(user.role) ? o.api.advisers() : Promise.resolve(null),
      ]);
      const before = new Set(model.interactions.keys());
      model.presence = work?.presence ?? null;
      model.interactions = new Map();
      for (const i of work?.interactions ?? []) putInteraction(model, i);
      if (advisers) model.advisers = new Map(advisers.map((a) => [a.userId, a]));
      model.chats = new Map();
      const queued = [...pending].sort((a, b) => (seqOf(a) ?? 0) - (seqOf(b) ?? 0));
      pending = null;
      lastSeq = Math.max(helloSeq, work?.lastSeq ?? 0);
      let offer: Interaction | undefined;
      for (const e of queued) {
        // The snapshot already shows everything up to its own sequence.
        const seq = seqOf(e) ?? 0;
        if (seq <= lastSeq) continue;
        lastSeq = seq;
        const r = applyEvent(model, e);
        offer = r.offer ?? offer;
      }
      // An offer that appeared while disconnected still rings.
      const fresh = [...model.interactions.values()].find((i) => i.state === 'offered' && !before.has(i.id));
      emit(['work', 'board'], offer ?? fresh);
    } finally {
      pending = null;
    }
  }

  function armSilence(ws: WebSocket): void {
    cancelSilence?.();
    cancelSilence = o.runtime.schedule(SILENCE_MS, () => ws.terminate());
  }

  function connect(): void {
    cancelRetry = null;
    const token = o.token();
    const user = o.user();
    if (!running || !token || !user) return;
    if (model.userId !== user.id) {
      model = emptyModel();
      lastSeq = null;
    }
    model.userId = user.id;
    const ws = new WebSocket(wsUrl(lastSeq), { headers: { authorization: `Bearer ${token}` } });
    socket = ws;
    ws.on('open', () => armSilence(ws));
    ws.on('ping', () => armSilence(ws));
    ws.on('unexpected-response', (_req, res) => {
      if (res.statusCode === 401) o.onUnauthorized();
      ws.terminate();
    });
    ws.on('message', (data) => {
      armSilence(ws);
      let e: LiveEvent;
      try {
        e = JSON.parse(data.toString()) as LiveEvent;
      } catch {
        return;
      }
      // Every stamped message refines the server clock (countdowns run on it).
      if ('at' in e && typeof e.at === 'string') {
        const offset = clock.sample(e.at, o.runtime.now().getTime());
        if (Math.abs(offset - model.clockOffsetMs) >= 250 && e.type !== 'hello') {
          model.clockOffsetMs = offset;
          emit(['work']);
        }
        model.clockOffsetMs = offset;
      }
      if (e.type === 'hello') {
        failures = 0;
        const fresh = lastSeq === null || e.resync;
        model.connected = true;
        if (fresh) {
          // Resuming, the missed events follow and are counted as they come;
          // starting afresh, the re-read shows everything up to here.
          snapshot(e.lastSeq).catch((err: unknown) => {
            if (isUnauthorized(err)) o.onUnauthorized();
            // Without the picture the connection is no use: start over, afresh.
            lastSeq = null;
            ws.terminate();
          });
        } else {
          emit(['work', 'board']);
        }
        return;
      }
      handle(e);
    });
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      if (socket === ws) socket = null;
      cancelSilence?.();
      setConnected(false);
      if (code === 4401) o.onUnauthorized();
      if (!running) return;
      failures++;
      cancelRetry = o.runtime.schedule(backoffDelay(failures, o.runtime.random()), connect);
    });
  }

  return {
    start() {
      if (running) return;
      running = true;
      failures = 0;
      connect();
    },
    stop() {
      running = false;
      cancelRetry?.();
      cancelRetry = null;
      cancelSilence?.();
      for (const cancel of typingTimers.values()) cancel();
      typingTimers.clear();
      socket?.terminate();
      socket = null;
      model = emptyModel();
      lastSeq = null;
      clock.reset();
      emit(['work', 'board']);
    },
    work: () => workOf(model),
    board: () => boardOf(model),
  };
}
