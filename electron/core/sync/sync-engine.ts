// The sync engine: push the outbox, then pull the feed, whenever asked
// (syncNow, a local write, a live-events poke), every 15 s while online, and
// after failures with exponential backoff. Cycles never overlap; a request
// during a cycle runs one more cycle after it. While offline it probes
// GET /v1/health before trying again.
import type { SyncStatus, User } from '../../bridge.js';
import { isNetworkError, isUnauthorized } from '../api.js';
import { checkpointWal } from '../cache/open-cache.js';
import type { Runtime } from '../runtime.js';
import { backoffDelay } from './backoff.js';
import type { SyncContext } from './context.js';
import { pullAll } from './pull.js';
import { pushAll } from './push.js';

export const PERIODIC_PULL_MS = 15_000;

export interface SyncEngineOptions {
  ctx: SyncContext;
  runtime: Runtime;
  /** The signed-in user, or null (then nothing syncs). */
  user(): User | null;
  /** Status changed (already de-duplicated). */
  onStatus(status: SyncStatus): void;
  onDataChanged(tables: string[]): void;
  /** The server no longer accepts the session token. */
  onUnauthorized(): void;
  pageSize?: number;
  periodMs?: number;
}

export interface SyncEngine {
  start(): void;
  stop(): Promise<void>;
  /** Runs a cycle now and resolves with the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Something changed (a local write, a live-events poke): sync soon. */
  poke(): void;
  /** A request outside the engine could not reach the server. */
  reportOffline(): void;
  /** Re-reads counts (after a local write or a conflict resolution) and emits if anything changed. */
  refreshStatus(): SyncStatus;
  status(): SyncStatus;
}

export function createSyncEngine(o: SyncEngineOptions): SyncEngine {
  const { ctx, runtime } = o;
  const periodMs = o.periodMs ?? PERIODIC_PULL_MS;
  let started = false;
  let online = false;
  let syncing = false;
  let lastError: string | null = null;
  let failures = 0;
  let cancelTimer: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let lastEmitted = '';

  function status(): SyncStatus {
    const user = o.user();
    return {
      online,
      pending: user ? ctx.outbox.count(user.id) : 0,
      conflicts: user ? ctx.conflicts.count(user.id) : 0,
      syncing,
      lastSyncAt: ctx.syncState.lastSyncAt(),
      lastError,
    };
  }

  function emit(): SyncStatus {
    const s = status();
    const key = JSON.stringify(s);
    if (key !== lastEmitted) {
      lastEmitted = key;
      o.onStatus(s);
    }
    return s;
  }

  function schedule(ms: number): void {
    cancelTimer?.();
    cancelTimer = null;
    if (!started) return;
    cancelTimer = runtime.schedule(ms, () => {
      cancelTimer = null;
      void run();
    });
  }

  async function cycle(): Promise<void> {
    const user = o.user();
    if (!user) return;
    syncing = true;
    emit();
    try {
      if (!online) {
        await ctx.api.health();
        online = true;
        emit();
      }
      const changed = await pushAll(ctx, user);
      emit();
      for (const t of await pullAll(ctx, user, o.pageSize)) changed.add(t);
      ctx.syncState.setLastSyncAt(runtime.now().toISOString());
      online = true;
      lastError = null;
      failures = 0;
      if (changed.size > 0) o.onDataChanged([...changed].sort());
      schedule(periodMs);
    } catch (err) {
      if (isUnauthorized(err)) {
        lastError = 'The session has ended; sign in again';
        cancelTimer?.();
        cancelTimer = null;
        o.onUnauthorized();
      } else {
        // Offline, or the server failing: either way try again later, slower each time.
        if (isNetworkError(err)) online = false;
        lastError = err instanceof Error ? err.message : String(err);
        failures++;
        schedule(backoffDelay(failures, runtime.random()));
      }
    } finally {
      syncing = false;
      // Idle time: local writes never checkpoint the WAL (open-cache), so it happens here, after every cycle.
      checkpointWal(ctx.db);
      emit();
    }
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await cycle();
      } while (again && started);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    async stop() {
      started = false;
      cancelTimer?.();
      cancelTimer = null;
      await running;
    },
    async syncNow() {
      await run();
      return emit();
    },
    poke() {
      // While offline the backoff timer decides, so a burst of local writes does not hammer a dead server.
      if (online) schedule(0);
    },
    reportOffline() {
      if (!online) return;
      online = false;
      failures = Math.max(failures, 1);
      emit();
      schedule(backoffDelay(failures, runtime.random()));
    },
    refreshStatus: emit,
    status,
  };
}
