// The desktop core: the cache, the sync engine, the session and the ONE
// handler table that both Electron's main process and the browser-mode host
// register. No `electron` import here.
import { randomUUID } from 'node:crypto';
import type { DeskBridge, DeskEvent, SyncConflict } from '../bridge.js';
import { createDeskApi } from './api.js';
import { apiPassthrough } from './api-passthrough.js';
import { createConflicts } from './cache/conflicts.js';
import { createEntityStore } from './cache/entities.js';
import { openCache } from './cache/open-cache.js';
import { createOutbox } from './cache/outbox.js';
import { createSyncState } from './cache/sync-state.js';
import { DeskError } from './errors.js';
import { createEventHub } from './events.js';
import { createLocalApplier } from './local/apply-local.js';
import { createLocalWrites } from './local/local-writes.js';
import type { Mutation } from './local/mutation.js';
import type { CoreOptions, CreateDeskCore, DeskCore } from './ports.js';
import { createCaseSearch } from './reads/case-search.js';
import { createCaseViews } from './reads/case-views.js';
import { createKnowledgeReads } from './reads/knowledge.js';
import { createReferenceReads } from './reads/reference-data.js';
import { fetchCaseIntoCache } from './remote-case.js';
import { vetExternalLink } from './link-policy.js';
import { realRuntime, type Runtime } from './runtime.js';
import { createSession } from './session.js';
import type { SyncContext } from './sync/context.js';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine.js';
import { createLiveConnection } from './live/live-connection.js';
import { parsePhoneCommand } from './phone-command.js';
import { createPhoneRelay } from './phone-relay.js';

/** What tests (and benchmarks) may replace; production passes nothing. */
export interface CoreInternals {
  runtime?: Partial<Runtime>;
  /** Feed page size (the server allows 1–1000). */
  pageSize?: number;
  periodMs?: number;
  /** null: an in-memory cache. */
  cacheDir?: string | null;
}

export interface DeskCoreWithEngine extends DeskCore {
  engine: SyncEngine;
  /** For tests: the cache and what the engine works on. */
  readonly cacheDb: ReturnType<typeof openCache>;
  readonly sync: SyncContext;
}

export async function createDeskCoreWith(options: CoreOptions, internals: CoreInternals = {}): Promise<DeskCoreWithEngine> {
  const runtime: Runtime = { ...realRuntime(), ...internals.runtime };
  const db = openCache(internals.cacheDir === undefined ? options.dataDir : internals.cacheDir);
  const events = createEventHub();
  const emit = (e: DeskEvent) => events.emit(e);

  const store = createEntityStore(db);
  const applier = createLocalApplier(db, store);
  const outbox = createOutbox(db);
  const conflicts = createConflicts(db);
  const syncState = createSyncState(db);
  const views = createCaseViews(db);
  const searchCases = createCaseSearch(db);
  const knowledge = createKnowledgeReads(db);
  const reference = createReferenceReads(db);

  // The token getter runs per request, after the session exists.
  const api = createDeskApi(options.serverUrl, runtime, () => session.token());
  let engine: SyncEngine | null = null;
  const session = createSession({
    api,
    db,
    syncState,
    tokenStore: options.tokenStore,
    serverUrl: options.serverUrl,
    engine: () => {
      if (!engine) throw new Error('The sync engine is not ready');
      return engine;
    },
    onChange: (state) => {
      emit({ type: 'session', state });
      emit({ type: 'data-changed', entities: ['cases', 'conflicts', 'consumers', 'notes', 'referrals'] });
      engine?.refreshStatus();
      if (state.signedIn) live.start();
      else live.stop();
    },
  });
  const ctx: SyncContext = { db, api, store, applier, outbox, conflicts, syncState, now: () => runtime.now() };
  const eng = createSyncEngine({
    ctx,
    runtime,
    user: session.user,
    onStatus: (status) => emit({ type: 'sync-status', status }),
    onDataChanged: (entities) => emit({ type: 'data-changed', entities }),
    onUnauthorized: () => void session.expire(),
    ...(internals.pageSize !== undefined ? { pageSize: internals.pageSize } : {}),
    ...(internals.periodMs !== undefined ? { periodMs: internals.periodMs } : {}),
  });
  engine = eng;

  // Live work (offers, presence, queues) over the one live connection; never cached for offline use.
  const live = createLiveConnection({
    serverUrl: options.serverUrl,
    api,
    runtime,
    token: () => session.token(),
    user: session.user,
    onWork: (work) => emit({ type: 'live-work', work }),
    onBoard: (board) => emit({ type: 'live-board', board }),
    onOffer: (interaction) => emit({ type: 'offer', interaction }),
    onDataChanged: () => eng.poke(),
    onUnauthorized: () => void session.expire(),
  });

  const writes = createLocalWrites({
    db,
    applier,
    outbox,
    views,
    now: () => runtime.now(),
    user: session.requireUser,
    written(entities) {
      emit({ type: 'data-changed', entities });
      eng.refreshStatus();
      eng.poke();
    },
  });

  /** The mutation to push when the adviser keeps their version: same change, new id, on the version the desk now has. */
  function retry(c: SyncConflict & { mine: Mutation }): Mutation {
    const m: Mutation = { ...c.mine, id: randomUUID() };
    if (m.type === 'case.update') {
      const current = applier.readCase(m.caseId);
      const theirs = c.theirs as { version?: unknown } | null;
      m.version = current?.version ?? (typeof theirs?.version === 'number' ? theirs.version : m.version);
    } else if (m.type === 'consumer.update') {
      const theirs = c.theirs as { version?: unknown } | null;
      if (typeof theirs?.version === 'number') m.version = theirs.version;
    }
    return m;
  }

  // The desktop app hosts the softphone in a hidden window; browser mode's page is its own phone.
  const phone = createPhoneRelay({ hosted: options.mode === 'electron', emit });

  const handlers: DeskBridge = {
    appInfo: async () => ({ version: options.version, mode: options.mode }),
    sessionState: async () => session.state(),
    login: (input) => session.login(input),
    async logout() {
      // Nothing should ring at an empty desk: offline first (best effort; an admin has no presence).
      if (session.user()) await api.setPresence('offline').catch(() => undefined);
      live.stop();
      await session.logout();
    },

    syncStatus: async () => eng.status(),
    syncNow: async () => {
      session.requireUser();
      return eng.syncNow();
    },
    listConflicts: async () => conflicts.list(session.requireUser().id).map(({ caseId: _caseId, ...c }) => c),
    async resolveConflict({ mutationId, keep }) {
      const user = session.requireUser();
      const c = conflicts.get(user.id, mutationId);
      if (!c) throw new DeskError('not_found', `No conflict ${mutationId}`);
      if (keep === 'mine') {
        const m = retry(c);
        db.transaction(() => {
          conflicts.remove(mutationId);
          writes.record(m, ['cases', 'conflicts']);
        })();
      } else {
        conflicts.remove(mutationId);
        // The cache already shows the server's version; fetch it once more in case it moved on.
        if (c.caseId) await fetchCaseIntoCache(ctx, user, c.caseId).catch(() => 'offline');
        emit({ type: 'data-changed', entities: ['cases', 'conflicts'] });
      }
      return eng.refreshStatus();
    },

    myOpenCases: async () => views.myOpenCases(session.requireUser().id),
    searchCases: async (query) => searchCases(query, session.requireUser().id),
    async getCase(id) {
      const user = session.requireUser();
      const cached = views.getCase(id, user.id);
      if (cached) return cached;
      const fetched = await fetchCaseIntoCache(ctx, user, id);
      if (fetched === 'offline') eng.reportOffline();
      return fetched === 'stored' ? views.getCase(id, user.id) : null;
    },
    createCase: async (input) => writes.createCase(input),
    changeCase: async (input) => writes.changeCase(input),
    addNote: async (input) => writes.addNote(input),
    addReferral: async (input) => writes.addReferral(input),

    listTopics: async () => reference.listTopics(),
    listMunicipalities: async () => reference.listMunicipalities(),
    searchKnowledge: async (query) => knowledge.search(query),
    getArticle: async (id) => knowledge.getArticle(id),
    lookupPartners: async (query) => reference.lookupPartners(query, runtime.now()),
    getPartner: async (id) => reference.getPartner(id, runtime.now()),

    liveWork: async () => {
      session.requireUser();
      return live.work();
    },
    liveBoard: async () => {
      session.requireUser();
      return live.board();
    },

    phoneState: async () => {
      session.requireUser();
      return phone.snapshot();
    },
    phoneCommand: async (input) => {
      session.requireUser();
      const command = parsePhoneCommand(input);
      if (!command) throw new DeskError('validation_failed', 'Not a phone command');
      return phone.command(command);
    },

    api: (request) => apiPassthrough(api, request, () => eng.reportOffline()),
    async openExternal(url) {
      const vetted = vetExternalLink(db, url);
      if (!vetted) return false;
      await options.openExternal(vetted);
      return true;
    },
  };

  await session.restore();
  if (session.user()) live.start();

  return {
    handlers,
    phone,
    engine: eng,
    cacheDb: db,
    sync: ctx,
    onEvent: (listener) => events.on(listener),
    async close() {
      phone.close();
      live.stop();
      await eng.stop();
      db.close();
    },
  };
}

export const createDeskCore: CreateDeskCore = (options) => createDeskCoreWith(options);
