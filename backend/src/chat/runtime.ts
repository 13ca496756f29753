// Chat in one backend instance, apart from its routes: the hub of connected
// chat pages, what happens when a chat changes (its pages and its adviser
// hear of it), and the timer rounds — pages see their place in line move,
// open pages keep their chat alive. A server runs the rounds on timers; tests
// call them by hand (see `chatRuntimeOf`), so that time is theirs to move.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../deps.js';
import { SECOND } from '../shared/clock.js';
import { everyRound } from '../shared/rounds.js';
import { ConsumerHub } from './consumer-hub.js';
import { activityOf, on } from './queries.js';
import { TYPING_MS } from './session.js';

/** The consumer's page counts as open this long after its last sign of life. */
export const PRESENT_MS = 60 * SECOND;
/** How often waiting pages hear their place in line. */
export const REFRESH_EVERY_MS = 3 * SECOND;
/** How often open pages are confirmed (and their chats kept alive). */
export const HEARTBEAT_EVERY_MS = 20 * SECOND;

export interface ChatRuntime {
  hub: ConsumerHub;
  /** One refresh round: pages whose view moves with time get what changed (place in line, estimate, typing that ran out). */
  refreshPages(): Promise<void>;
  /** One heartbeat round: pages that stopped answering are dropped; the chats whose pages are open here are alive. */
  heartbeat(): Promise<void>;
  /** The adviser handling the chat hears what the consumer is doing (typing, receipts, presence). */
  activityForAdviser(chatId: string): Promise<void>;
}

const runtimes = new WeakMap<Deps, ChatRuntime>();

/** The chat runtime of the app built with these deps (tests drive its rounds by hand). */
export function chatRuntimeOf(deps: Deps): ChatRuntime {
  const r = runtimes.get(deps);
  if (!r) throw new Error('no chat runtime for these deps: build the app first');
  return r;
}

export function installChatRuntime(app: FastifyInstance, deps: Deps): ChatRuntime {
  const hub = new ConsumerHub(deps);
  const runtime: ChatRuntime = {
    hub,
    refreshPages: () => hub.refreshTimed(),
    async heartbeat() {
      hub.sweep();
      // Pages that went quiet since the last round (closed elsewhere, or the network gone) show as left on the adviser's side.
      const now = deps.clock.now().getTime();
      const quiet = await deps.db.kysely
        .selectFrom('chat_sessions')
        .select('interaction_id')
        .where('ended_at', 'is', null)
        .where('consumer_active_at', '<=', new Date(now - PRESENT_MS).toISOString())
        .where('consumer_active_at', '>', new Date(now - PRESENT_MS - HEARTBEAT_EVERY_MS).toISOString())
        .execute();
      for (const r of quiet) deps.bus.chatChanged(r.interaction_id);
      const ids = hub.chatIds();
      if (ids.length === 0) return;
      await deps.db.kysely
        .updateTable('chat_sessions')
        .set({ consumer_active_at: deps.clock.now().toISOString() })
        .where('interaction_id', 'in', ids)
        .where('ended_at', 'is', null)
        .execute();
    },
    async activityForAdviser(chatId) {
      const row = await activityOf.first(on(deps), { id: chatId });
      if (!row?.adviser_id) return;
      const now = deps.clock.now().getTime();
      app.live.hub.broadcast(
        {
          type: 'chat-activity',
          at: new Date(now).toISOString(),
          interactionId: chatId,
          consumerTyping: !row.ended_at && !!row.consumer_typing_at && now - Date.parse(row.consumer_typing_at) < TYPING_MS,
          deliveredSeq: row.consumer_delivered_seq,
          readSeq: row.consumer_read_seq,
          consumerPresent: !row.ended_at && now - Date.parse(row.consumer_active_at) < PRESENT_MS,
          consumerName: row.consumer_name,
        },
        (userId) => userId === row.adviser_id,
      );
    },
  };
  runtimes.set(deps, runtime);

  // A chat changed (here or, through NOTIFY, in another instance): its pages and its adviser hear of it.
  const unsubscribe = deps.bus.on((signal) => {
    if (!signal.startsWith('chat:')) return;
    const chatId = signal.slice(5);
    void hub.refresh(chatId).catch((err: unknown) => app.log.error({ err }, 'chat page update failed'));
    void runtime.activityForAdviser(chatId).catch((err: unknown) => app.log.error({ err }, 'chat activity update failed'));
  });

  const timers: NodeJS.Timeout[] = [];
  app.addHook('onReady', async () => {
    if (!app.live.timers) return;
    const every = (ms: number, what: string, fn: () => Promise<void>) =>
      timers.push(everyRound(ms, fn, (err) => app.log.error({ err }, `${what} failed`)));
    every(REFRESH_EVERY_MS, 'chat refresh', () => runtime.refreshPages());
    every(HEARTBEAT_EVERY_MS, 'chat heartbeat', () => runtime.heartbeat());
  });
  app.addHook('preClose', async () => {
    for (const t of timers) clearInterval(t);
    timers.length = 0;
    hub.closeAll();
    unsubscribe();
  });
  return runtime;
}
