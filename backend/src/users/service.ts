// User and session administration (admin only).
import { randomUUID } from 'node:crypto';
import type { Actor, Deps } from '../deps.js';
import type { Role } from '../db/schema.js';
import { Problem, notFound } from '../http/problem.js';
import { audit } from '../audit/service.js';
import { hashPassword } from '../auth/passwords.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { toPublicUser, type PublicUser } from '../auth/service.js';

export interface AdminUser extends PublicUser {
  active: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

const toAdminUser = (u: { id: string; username: string; display_name: string; role: Role; active: number; created_at: string }): AdminUser => ({
  ...toPublicUser(u),
  active: u.active === 1,
  createdAt: u.created_at,
});

/** Creates a user without an actor: used by seeding and tests as well as the admin route. */
export async function insertUser(deps: Deps, input: NewUser, id: string = randomUUID()): Promise<AdminUser> {
  const now = deps.clock.now().toISOString();
  const row = {
    id,
    username: input.username.trim().toLowerCase(),
    display_name: input.displayName,
    role: input.role,
    password_hash: await hashPassword(input.password),
    active: 1,
    created_at: now,
    updated_at: now,
  };
  const taken = await deps.db.kysely.selectFrom('users').select('id').where('username', '=', row.username).executeTakeFirst();
  if (taken) throw new Problem(409, 'conflict', `The username "${row.username}" is taken`);
  try {
    await deps.db.kysely.insertInto('users').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new Problem(409, 'conflict', `The username "${row.username}" is taken`);
    throw err;
  }
  return toAdminUser(row);
}

export async function createUser(deps: Deps, actor: Actor, input: NewUser): Promise<AdminUser> {
  const user = await insertUser(deps, input);
  await audit(deps.db.kysely, deps.clock.now(), actor, { action: 'user.create', entityType: 'user', entityId: user.id, detail: { role: user.role } });
  return user;
}

export async function listUsers(deps: Deps): Promise<AdminUser[]> {
  const rows = await deps.db.kysely.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toAdminUser);
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: { displayName?: string; role?: Role; active?: boolean; password?: string },
): Promise<AdminUser> {
  const { kysely } = deps.db;
  const now = deps.clock.now();
  const existing = await kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!existing) throw notFound('User');
  if (id === actor.userId && (patch.active === false || (patch.role && patch.role !== 'admin'))) {
    throw new Problem(409, 'conflict', 'An admin cannot deactivate or demote their own account');
  }
  const set = {
    ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
    ...(patch.role !== undefined ? { role: patch.role } : {}),
    ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    ...(patch.password !== undefined ? { password_hash: await hashPassword(patch.password) } : {}),
    updated_at: now.toISOString(),
  };
  await kysely.transaction().execute(async (trx) => {
    await trx.updateTable('users').set(set).where('id', '=', id).execute();
    // A role change, deactivation or new password ends the user's sessions.
    if (patch.role !== undefined || patch.active === false || patch.password !== undefined) {
      await trx.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('user_id', '=', id).where('revoked_at', 'is', null).execute();
    }
    await audit(trx, now, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      detail: { fields: Object.keys(patch).filter((k) => k !== 'password'), passwordReset: patch.password !== undefined },
    });
  });
  const row = await kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toAdminUser(row);
}

export interface SessionInfo {
  id: string;
  userId: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

/** Sessions that are neither revoked nor past their absolute or idle expiry. */
export async function listActiveSessions(deps: Deps): Promise<SessionInfo[]> {
  const now = deps.clock.now();
  const idleCutoff = new Date(now.getTime() - deps.config.sessionIdleMinutes * 60_000).toISOString();
  const rows = await deps.db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id', 'sessions.user_id', 'users.username', 'sessions.created_at', 'sessions.last_seen_at',
      'sessions.expires_at', 'sessions.ip', 'sessions.user_agent',
    ])
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now.toISOString())
    .where('sessions.last_seen_at', '>', idleCutoff)
    .orderBy('sessions.last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    username: r.username,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
  }));
}

export async function revokeSession(deps: Deps, actor: Actor, sessionId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('sessions')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw notFound('Active session');
    await audit(trx, now, actor, { action: 'session.revoke', entityType: 'session', entityId: sessionId });
  });
}
