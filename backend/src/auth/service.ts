// Sessions: opaque random tokens, stored only as SHA-256 hashes, with an idle
// and an absolute expiry. Repeated failed logins for a username lock it for a
// doubling period, whether or not the username exists.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Actor, Deps } from '../deps.js';
import type { Role, UserRow } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import { HOUR, MINUTE } from '../shared/clock.js';
import { audit } from '../audit/service.js';
import { DUMMY_HASH, verifyPassword } from './passwords.js';
import { param, prepare } from '../db/prepared.js';

export const FREE_FAILURES = 5;
const MAX_LOCK_MS = HOUR;
/** last_seen_at is written at most this often, so every request is not a write. */
const TOUCH_EVERY_MS = MINUTE;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MINUTE * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS);
}

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export const toPublicUser = (u: Pick<UserRow, 'id' | 'username' | 'display_name' | 'role'>): PublicUser => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role,
});

export async function login(
  deps: Deps,
  input: { username: string; password: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: string; user: PublicUser }> {
  const { kysely } = deps.db;
  const now = deps.clock.now();
  const username = input.username.trim().toLowerCase();

  // The attempt is counted (and the lock set) BEFORE the slow password check,
  // in a transaction holding the row: parallel guesses cannot all pass the
  // check on the same old count. A successful login clears the count again.
  const gate = await kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto('login_failures')
      .values({ username, failures: 0, last_failed_at: now.toISOString(), locked_until: null })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
    let row = trx.selectFrom('login_failures').selectAll().where('username', '=', username);
    if (deps.db.dialect === 'postgres') row = row.forUpdate();
    const current = await row.executeTakeFirstOrThrow();
    if (current.locked_until && new Date(current.locked_until) > now) {
      return { locked: Math.ceil((new Date(current.locked_until).getTime() - now.getTime()) / 1000), failures: current.failures };
    }
    const failures = current.failures + 1;
    const lockMs = lockDuration(failures);
    await trx
      .updateTable('login_failures')
      .set({
        failures,
        last_failed_at: now.toISOString(),
        locked_until: lockMs > 0 ? new Date(now.getTime() + lockMs).toISOString() : null,
      })
      .where('username', '=', username)
      .execute();
    return { locked: 0, failures };
  });
  if (gate.locked > 0) {
    throw new Problem(429, 'login_locked', 'Too many failed logins; try again later', { retryAfterSeconds: gate.locked });
  }

  const user = await kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok || user.active !== 1) {
    await audit(kysely, now, { userId: user?.id ?? null, ip: client.ip }, {
      action: 'auth.login_failed',
      detail: { username, failures: gate.failures },
    });
    throw new Problem(401, 'login_failed', 'Wrong username or password');
  }

  const token = randomBytes(32).toString('base64url');
  const session = {
    id: randomUUID(),
    user_id: user.id,
    token_hash: hashToken(token),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + deps.config.sessionMaxHours * HOUR).toISOString(),
    revoked_at: null,
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
  };
  await kysely.transaction().execute(async (trx) => {
    await trx.insertInto('sessions').values(session).execute();
    await trx.deleteFrom('login_failures').where('username', '=', username).execute();
    await audit(trx, now, { userId: user.id, ip: client.ip }, { action: 'auth.login', entityType: 'session', entityId: session.id });
  });
  return { token, expiresAt: session.expires_at, user: toPublicUser(user) };
}

// Every authenticated request runs these two: built once (see db/prepared.ts).
const sessionByTokenHash = prepare<{ hash: string }, {
  session_id: string; last_seen_at: string; expires_at: string; revoked_at: string | null;
  user_id: string; username: string; role: Role; active: number;
}>((q) =>
  q
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id', 'sessions.last_seen_at', 'sessions.expires_at', 'sessions.revoked_at',
      'users.id as user_id', 'users.username', 'users.role', 'users.active',
    ])
    .where('sessions.token_hash', '=', param<string>('hash')),
);
const touchSession = prepare<{ at: string; id: string }, never>((q) =>
  q.updateTable('sessions').set({ last_seen_at: param<string>('at') }).where('id', '=', param<string>('id')),
);

/** The actor behind a bearer token, or null when the token is unknown, revoked or expired. */
export async function authenticate(deps: Deps, token: string, ip: string | null): Promise<Actor | null> {
  const now = deps.clock.now();
  const row = await sessionByTokenHash.first({ q: deps.db.kysely, dialect: deps.db.dialect }, { hash: hashToken(token) });
  if (!row || row.revoked_at || row.active !== 1) return null;
  if (new Date(row.expires_at) <= now) return null;
  const idleMs = now.getTime() - new Date(row.last_seen_at).getTime();
  if (idleMs >= deps.config.sessionIdleMinutes * MINUTE) return null;
  if (idleMs >= TOUCH_EVERY_MS) {
    await touchSession.run({ q: deps.db.kysely, dialect: deps.db.dialect }, { at: now.toISOString(), id: row.session_id });
  }
  return { userId: row.user_id, username: row.username, role: row.role, sessionId: row.session_id, ip };
}

export async function logout(deps: Deps, actor: Actor): Promise<void> {
  const now = deps.clock.now();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('id', '=', actor.sessionId).execute();
    await audit(trx, now, actor, { action: 'auth.logout', entityType: 'session', entityId: actor.sessionId });
  });
}

export async function currentUser(deps: Deps, actor: Actor): Promise<PublicUser> {
  const u = await deps.db.kysely.selectFrom('users').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
  return toPublicUser(u);
}
