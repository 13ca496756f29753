// The session: the token lives here (and in the host's TokenStore), never in
// the renderer. Signing in as someone other than the cache's last user wipes
// the previous user's personal data first; signing out wipes it too.
//
// Sign-out and unsent work: sign-out first tries a final sync. Whatever the
// server could not get (offline) stays in the outbox under the adviser's user
// id, invisible to anyone else, and is pushed when that adviser signs in again
// on this desk; the same holds for unresolved conflicts. The cases, notes,
// referrals and consumers shown in the UI are wiped either way.
import type { LoginOutcome, SessionState, User } from '../bridge.js';
import { HttpError, isNetworkError, isUnauthorized, type DeskApi } from './api.js';
import type { CacheDb } from './cache/open-cache.js';
import type { SyncState } from './cache/sync-state.js';
import { wipePersonalData } from './cache/wipe.js';
import { DeskError } from './errors.js';
import type { TokenStore } from './ports.js';
import type { SyncEngine } from './sync/sync-engine.js';

export interface SessionDeps {
  api: DeskApi;
  db: CacheDb;
  syncState: SyncState;
  tokenStore: TokenStore;
  serverUrl: string;
  engine(): SyncEngine;
  onChange(state: SessionState): void;
}

export function createSession(d: SessionDeps) {
  let token: string | null = null;

  const user = (): User | null => (token ? d.syncState.user() : null);
  const state = (): SessionState => {
    const u = user();
    return { signedIn: u !== null, user: u, serverUrl: d.serverUrl };
  };
  const changed = () => d.onChange(state());

  /** Ends the session locally (token gone); the cache stays for the same user's next sign-in. */
  async function expire(): Promise<void> {
    token = null;
    void d.engine().stop();
    await d.tokenStore.clear();
    changed();
  }

  function wipe(): void {
    wipePersonalData(d.db);
    d.syncState.reset();
  }

  return {
    token: (): string | undefined => token ?? undefined,
    user,
    state,
    requireUser(): User {
      const u = user();
      if (!u) throw new DeskError('not_signed_in', 'Sign in first');
      return u;
    },
    expire,

    /** At start: a stored token is used; online it is checked with GET /v1/auth/me, offline the adviser keeps working. */
    async restore(): Promise<void> {
      const stored = await d.tokenStore.load();
      if (!stored) return;
      if (!d.syncState.user()) {
        // A token without a known user cannot show anything offline; sign in again.
        await d.tokenStore.clear();
        return;
      }
      token = stored;
      try {
        const me = await d.api.me();
        if (me.id !== d.syncState.user()?.id) {
          wipe();
        }
        d.syncState.setUser(me);
      } catch (err) {
        if (isUnauthorized(err)) {
          await expire();
          return;
        }
        if (!isNetworkError(err)) console.error('checking the stored session failed', err);
      }
      d.engine().start();
    },

    async login(input: { username: string; password: string }): Promise<LoginOutcome> {
      let result;
      try {
        result = await d.api.login(input.username, input.password);
      } catch (err) {
        if (isNetworkError(err)) return { ok: false, code: 'offline', message: 'The server cannot be reached; signing in needs a connection' };
        if (err instanceof HttpError) {
          if (err.status === 401) return { ok: false, code: 'login_failed', message: 'Wrong user name or password' };
          if (err.status === 429) {
            const body = err.body as { retryAfterSeconds?: unknown } | null;
            const retry = typeof body?.retryAfterSeconds === 'number' ? body.retryAfterSeconds : undefined;
            return {
              ok: false,
              code: 'login_locked',
              message: 'Too many failed sign-ins; try again later',
              ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
            };
          }
          if (err.status === 400) return { ok: false, code: 'validation_failed', message: err.message };
          return { ok: false, code: 'offline', message: `The server could not sign you in (${err.message})` };
        }
        throw err;
      }
      await d.engine().stop();
      // A shared desk: the previous adviser's cases must not show for this one.
      if (d.syncState.user()?.id !== result.user.id) wipe();
      d.syncState.setUser(result.user);
      token = result.token;
      await d.tokenStore.save(result.token);
      d.engine().start();
      changed();
      return { ok: true, user: result.user };
    },

    async logout(): Promise<void> {
      if (!token) return;
      const engine = d.engine();
      // The last chance to hand over unsent work before the data is wiped.
      await engine.syncNow().catch(() => undefined);
      await engine.stop();
      try {
        await d.api.logout();
      } catch {
        // Best effort: an unreachable server lets the token expire on its own.
      }
      token = null;
      await d.tokenStore.clear();
      wipe();
      d.syncState.setUser(null);
      changed();
    },
  };
}

export type Session = ReturnType<typeof createSession>;
