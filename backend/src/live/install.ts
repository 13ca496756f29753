// Live work in one backend instance: the WebSocket route (GET /v1/live), the
// hub that feeds it, and — when the app runs as a server — the timers: the
// routing tick (offers that ring out, wrap-ups that run out), queue
// statistics each second, the workstation heartbeat, and on PostgreSQL the
// NOTIFY bridge to the other instances.
import websocket from '@fastify/websocket';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Deps } from '../deps.js';
import { allStaff } from '../http/access.js';
import { Problem } from '../http/problem.js';
import { ref } from '../http/schemas.js';
import { LiveEventSchema } from './events.js';
import { SECOND, MINUTE } from '../shared/clock.js';
import { everyRound } from '../shared/rounds.js';
import { markSeen } from '../presence/service.js';
import { tick } from '../routing/engine.js';
import { computeQueueStats } from '../stats/queue-stats.js';
import { LiveHub } from './hub.js';
import { startNotifyBridge } from './notify.js';

declare module 'fastify' {
  interface FastifyInstance {
    live: LiveRuntime;
  }
}

export interface LiveRuntime {
  hub: LiveHub;
  /** Whether this app runs the timers (a server does; tests drive them by hand). */
  timers: boolean;
  /** One statistics round: computed and sent when they changed (the timer calls this each second). */
  sendQueueStats(): Promise<void>;
  /** Sends "data changed" when the sync change log moved since the last check. */
  checkDataChanged(): Promise<void>;
  /** The heartbeat: presence seen, dead sockets dropped, revoked sessions closed, old events pruned. */
  heartbeat(): Promise<void>;
}

/** How long durable events are kept for resuming workstations. */
const RETENTION_MS = 24 * 60 * MINUTE;
const LiveQuery = Type.Object(
  { after: Type.Optional(Type.Integer({ minimum: 0, description: 'The last sequence this workstation saw; missed events are sent first' })) },
  { additionalProperties: false },
);

export async function installLive(app: FastifyInstance, deps: Deps, opts: { timers: boolean }): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 16 * 1024 } });
  const hub = new LiveHub(deps);
  const sockets = new Map<WebSocket, { sessionId: string; userId: string; role: string; alive: boolean }>();
  let lastStats = '';
  let lastStatsEvent: string | null = null;
  let lastChangeSeq = -1;
  let lastPrune = 0;

  const runtime: LiveRuntime = {
    hub,
    timers: opts.timers,
    async sendQueueStats() {
      if (hub.size === 0) return;
      const queues = await computeQueueStats(deps);
      const text = JSON.stringify(queues);
      if (text === lastStats) return;
      lastStats = text;
      const event = { type: 'queue-stats' as const, at: deps.clock.now().toISOString(), queues };
      lastStatsEvent = JSON.stringify(event);
      hub.broadcast(event);
    },
    async checkDataChanged() {
      const row = await deps.db.kysely.selectFrom('counters').select('value').where('name', '=', 'change_seq').executeTakeFirst();
      const seq = Number(row?.value ?? 0);
      if (lastChangeSeq >= 0 && seq !== lastChangeSeq) hub.broadcast({ type: 'data-changed', at: deps.clock.now().toISOString() });
      lastChangeSeq = seq;
    },
    async heartbeat() {
      const now = deps.clock.now();
      const workers = [...sockets.values()].filter((s) => s.role !== 'admin').map((s) => s.userId);
      await markSeen(deps.db, [...new Set(workers)], now);
      for (const [socket, s] of sockets) {
        if (!s.alive) {
          socket.terminate();
          continue;
        }
        s.alive = false;
        socket.ping();
      }
      // A connection outlives neither its session's revocation nor its expiry.
      const ids = [...new Set([...sockets.values()].map((s) => s.sessionId))];
      if (ids.length > 0) {
        const valid = new Set(
          (await deps.db.kysely.selectFrom('sessions').select('id').where('id', 'in', ids).where('revoked_at', 'is', null).where('expires_at', '>', now.toISOString()).execute()).map((r) => r.id),
        );
        for (const [socket, s] of sockets) if (!valid.has(s.sessionId)) socket.close(4401, 'session ended');
      }
      if (now.getTime() - lastPrune > 10 * MINUTE) {
        lastPrune = now.getTime();
        await deps.db.kysely.deleteFrom('live_events').where('at', '<', new Date(now.getTime() - RETENTION_MS).toISOString()).execute();
      }
    },
  };
  app.decorate('live', runtime);

  let dataTimer: NodeJS.Timeout | null = null;
  const unsubscribe = deps.bus.on((signal) => {
    if (signal === 'events') {
      void hub.poke().catch((err: unknown) => app.log.error({ err }, 'live events could not be delivered'));
    } else if (signal.startsWith('chat:')) {
      // Chat activity is the chat module's business (see chat/install.ts).
      return;
    } else if (!dataTimer) {
      // Several writes in a burst make one poke.
      dataTimer = setTimeout(() => {
        dataTimer = null;
        void runtime.checkDataChanged().catch((err: unknown) => app.log.error({ err }, 'data change check failed'));
      }, 50);
    }
  });
  // An upgrade refused by a hook (no session: 401) is answered on the raw
  // socket, and the plugin ends that socket only if its own onRequest hook
  // ran; ours (access control) runs first and throws. Left open, each refused
  // attempt would keep a socket on the server for good, and app.close() would
  // wait for it forever.
  app.addHook('onResponse', async (req) => {
    if (req.headers.upgrade?.toLowerCase() === 'websocket' && !req.raw.socket.destroyed) req.raw.socket.destroy();
  });
  // A successful change through the API may have moved the change log.
  app.addHook('onResponse', async (req, reply) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400 && req.url.startsWith('/v1/') && !req.url.startsWith('/v1/auth/')) deps.bus.dataChanged();
  });

  app.route({
    method: 'GET',
    url: '/v1/live',
    config: { auth: allStaff },
    schema: {
      tags: ['live work'],
      summary: 'The live feed (WebSocket): offers, withdrawn offers, interaction and presence updates, queue statistics, data-changed pokes — each message one LiveEvent',
      querystring: LiveQuery,
      response: {
        101: {
          description: 'Switching to WebSocket: every message the server sends is one LiveEvent (JSON); the client sends nothing',
          content: { 'application/json': { schema: ref(LiveEventSchema) } },
        },
      },
    },
    handler: async () => {
      throw new Problem(426, 'validation_failed', 'Connect with a WebSocket (Upgrade: websocket)');
    },
    wsHandler: (socket, req) => {
      const actor = req.actor;
      if (!actor) {
        socket.close(4401, 'sign in first');
        return;
      }
      const { after } = req.query as { after?: number };
      sockets.set(socket, { sessionId: actor.sessionId, userId: actor.userId, role: actor.role, alive: true });
      socket.on('pong', () => {
        const s = sockets.get(socket);
        if (s) s.alive = true;
      });
      let detach: (() => void) | null = null;
      let closed = false;
      socket.on('close', () => {
        closed = true;
        sockets.delete(socket);
        detach?.();
      });
      // Clients send nothing but pings; anything else is ignored.
      socket.on('message', () => undefined);
      const live = {
        send: (text: string) => {
          if (socket.readyState === socket.OPEN) socket.send(text);
        },
        close: (code?: number, reason?: string) => socket.close(code, reason),
      };
      hub.attach(live, actor, after ?? null).then(
        (d) => {
          detach = d;
          if (closed) d();
          // A new connection sees the queues at once, not at their next change.
          else if (lastStatsEvent) live.send(lastStatsEvent);
        },
        (err: unknown) => {
          app.log.error({ err }, 'live connection could not start');
          socket.close(1011, 'try again');
        },
      );
      if (actor.role !== 'admin') void markSeen(deps.db, [actor.userId], deps.clock.now()).catch(() => undefined);
    },
  });

  const timers: NodeJS.Timeout[] = [];
  let stopBridge: (() => Promise<void>) | null = null;
  app.addHook('onReady', async () => {
    await hub.start();
    await runtime.checkDataChanged();
    if (deps.db.dialect === 'postgres' && deps.config.databaseUrl) {
      stopBridge = await startNotifyBridge(deps.config.databaseUrl, deps.db, deps.bus, (m) => app.log.warn(m));
    }
    if (!opts.timers) return;
    const every = (ms: number, what: string, fn: () => Promise<void>) =>
      timers.push(everyRound(ms, fn, (err) => app.log.error({ err }, `${what} failed`)));
    every(SECOND, 'routing tick', () => tick(deps));
    every(SECOND, 'queue statistics', () => runtime.sendQueueStats());
    every(SECOND, 'data change check', () => runtime.checkDataChanged());
    every(10 * SECOND, 'live heartbeat', () => runtime.heartbeat());
  });
  app.addHook('preClose', async () => {
    for (const t of timers) clearInterval(t);
    timers.length = 0;
    hub.closeAll();
  });
  app.addHook('onClose', async () => {
    unsubscribe();
    if (dataTimer) clearTimeout(dataTimer);
    await stopBridge?.();
  });
}
