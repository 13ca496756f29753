// Adviser presence and profiles. Presence changes run under the routing lock
// (see routing/lock.ts): whether an adviser is ready decides who is offered
// what, so it may not change in the middle of a routing pass.
import type { Static } from '@sinclair/typebox';
import type { Actor, Q } from '../deps.js';
import type { Db } from '../db/connect.js';
import type { Channel, Language, NotReadyReason, PresenceIntent, PresenceRow, ProfileRow } from '../db/schema.js';
import { forbidden, notFound, Problem } from '../http/problem.js';
import type { RoutingTx } from '../routing/lock.js';
import { deriveState } from './derive.js';
import { loadWork, noWork, type AdviserWork } from './work.js';
import type { PresenceSchema, ProfilePatchBody } from './schemas.js';

export type Presence = Static<typeof PresenceSchema>;

export const ALL_CHANNELS: readonly Channel[] = ['phone', 'callback', 'chat', 'email', 'forum', 'social'];
export const DEFAULT_CAPACITY: Readonly<Record<Channel, number>> = { phone: 1, callback: 1, chat: 3, email: 2, forum: 2, social: 2 };

function parseList<T extends string>(text: string, allowed: readonly T[]): T[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is T => allowed.includes(x as T)) : [];
  } catch {
    return [];
  }
}

export function parseCapacity(text: string): Partial<Record<Channel, number>> {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    const out: Partial<Record<Channel, number>> = {};
    for (const c of ALL_CHANNELS) if (typeof v[c] === 'number' && Number.isInteger(v[c]) && (v[c] as number) >= 0) out[c] = v[c] as number;
    return out;
  } catch {
    return {};
  }
}

export interface Profile {
  languages: Language[];
  channels: Channel[];
  capacity: Partial<Record<Channel, number>>;
  version: number;
}

export const toProfile = (r: ProfileRow): Profile => ({
  languages: parseList(r.languages, ['sv', 'en'] as const),
  channels: parseList(r.channels, ALL_CHANNELS),
  capacity: parseCapacity(r.capacity),
  version: r.version,
});

/** Whoever may take contacts: every active case worker (the admin role sees no consumer data). */
async function assertCaseWorker(q: Q, userId: string): Promise<{ display_name: string }> {
  const u = await q.selectFrom('users').select(['display_name', 'role', 'active']).where('id', '=', userId).executeTakeFirst();
  if (!u || u.active !== 1) throw notFound('Adviser');
  if (u.role === 'admin') throw new Problem(422, 'invalid_reference', 'An admin account takes no contacts', { field: 'userId' });
  return u;
}

/** Presence and profile rows for a case worker, created (offline, default skills) on first use. */
export async function ensureAdviser(q: Q, userId: string, now: Date): Promise<void> {
  await assertCaseWorker(q, userId);
  const at = now.toISOString();
  await q
    .insertInto('adviser_profiles')
    .values({
      user_id: userId,
      languages: JSON.stringify(['sv', 'en']),
      channels: JSON.stringify(ALL_CHANNELS),
      capacity: JSON.stringify(DEFAULT_CAPACITY),
      version: 1,
      updated_at: at,
      updated_by: null,
    })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  await q
    .insertInto('adviser_presence')
    .values({ user_id: userId, intent: 'offline', reason: null, state: 'offline', state_since: at, idle_since: at, seen_at: at, version: 1, updated_by: null })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

function view(user: { id: string; display_name: string }, p: PresenceRow, prof: Profile, work: AdviserWork): Presence {
  return {
    userId: user.id,
    displayName: user.display_name,
    intent: p.intent,
    state: p.state,
    reason: p.reason,
    since: p.state_since,
    idleSince: p.idle_since,
    channels: prof.channels,
    languages: prof.languages,
    capacity: prof.capacity,
    load: work.load,
    wrapUpUntil: work.wrapUpUntil,
    profileVersion: prof.version,
  };
}

/** Presence of the given advisers (every adviser with a presence row when omitted), by display name. */
export async function listPresence(q: Q, userIds?: readonly string[]): Promise<Presence[]> {
  if (userIds && userIds.length === 0) return [];
  let rows = q
    .selectFrom('adviser_presence as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('adviser_profiles as f', 'f.user_id', 'p.user_id')
    .selectAll('p')
    .select(['u.display_name', 'u.active', 'f.languages', 'f.channels', 'f.capacity', 'f.version as profile_version', 'f.updated_at', 'f.updated_by as profile_updated_by'])
    .where('u.active', '=', 1)
    .orderBy('u.display_name')
    .orderBy('p.user_id');
  if (userIds) rows = rows.where('p.user_id', 'in', userIds);
  const found = await rows.execute();
  const work = await loadWork(q, found.map((r) => r.user_id));
  return found.map((r) =>
    view(
      { id: r.user_id, display_name: r.display_name },
      r,
      toProfile({ user_id: r.user_id, languages: r.languages, channels: r.channels, capacity: r.capacity, version: r.profile_version, updated_at: r.updated_at, updated_by: r.profile_updated_by }),
      work.get(r.user_id) ?? noWork(),
    ),
  );
}

export async function presenceOf(q: Q, userId: string, now: Date): Promise<Presence> {
  await ensureAdviser(q, userId, now);
  const [p] = await listPresence(q, [userId]);
  if (!p) throw notFound('Adviser');
  return p;
}

async function lockedPresence(rtx: RoutingTx, userId: string): Promise<PresenceRow> {
  await ensureAdviser(rtx.trx, userId, rtx.now);
  return rtx.trx.selectFrom('adviser_presence').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
}

/**
 * Recomputes what an adviser's presence shows after their work or intent
 * changed; tells them and the team leads when it did.
 */
export async function refreshPresence(rtx: RoutingTx, userId: string): Promise<void> {
  const row = await lockedPresence(rtx, userId);
  const work = (await loadWork(rtx.trx, [userId])).get(userId) ?? noWork();
  const state = deriveState(row.intent, work);
  if (state !== row.state) {
    const at = rtx.now.toISOString();
    await rtx.trx
      .updateTable('adviser_presence')
      .set({ state, state_since: at, ...(state === 'ready' ? { idle_since: at } : {}), version: row.version + 1 })
      .where('user_id', '=', userId)
      .execute();
  }
  const [p] = await listPresence(rtx.trx, [userId]);
  if (!p) return;
  // Sent when anything shown changed: the state, the reason, contacts in hand, wrap-up's end, skills.
  const shown = JSON.stringify([p.state, p.intent, p.reason, p.since, p.load, p.wrapUpUntil, p.channels, p.languages, p.capacity]);
  if (shown === row.shown) return;
  await rtx.trx.updateTable('adviser_presence').set({ shown }).where('user_id', '=', userId).execute();
  const event = { type: 'presence' as const, presence: p };
  await rtx.toUser(userId, event);
  await rtx.toLeads(event);
}

/** The adviser, or a team lead for them, chooses ready, not ready (with a reason) or offline. */
export async function setIntent(
  rtx: RoutingTx,
  actor: Actor,
  userId: string,
  intent: PresenceIntent,
  reason: NotReadyReason | null,
): Promise<void> {
  if (intent === 'not_ready' && !reason) throw new Problem(400, 'validation_failed', 'Say why: not_ready needs a reason', { field: 'reason' });
  const row = await lockedPresence(rtx, userId);
  const nextReason = intent === 'not_ready' ? reason : null;
  if (row.intent === intent && row.reason === nextReason) {
    await rtx.trx.updateTable('adviser_presence').set({ seen_at: rtx.now.toISOString() }).where('user_id', '=', userId).execute();
    return;
  }
  await rtx.trx
    .updateTable('adviser_presence')
    .set({ intent, reason: nextReason, seen_at: rtx.now.toISOString(), version: row.version + 1, updated_by: actor.userId })
    .where('user_id', '=', userId)
    .execute();
  await rtx.audit(actor, {
    action: actor.userId === userId ? 'presence.change' : 'presence.set_by_lead',
    entityType: 'adviser',
    entityId: userId,
    detail: { from: row.intent, to: intent, ...(nextReason ? { reason: nextReason } : {}) },
  });
  await refreshPresence(rtx, userId);
}

/** The system's own change: an offer lapsed (missed) or the workstation went away (disconnected). */
export async function setIntentBySystem(rtx: RoutingTx, userId: string, intent: PresenceIntent, reason: NotReadyReason): Promise<void> {
  const row = await lockedPresence(rtx, userId);
  await rtx.trx
    .updateTable('adviser_presence')
    .set({ intent, reason: intent === 'not_ready' ? reason : null, version: row.version + 1, updated_by: null })
    .where('user_id', '=', userId)
    .execute();
  await rtx.audit(null, { action: 'presence.system', entityType: 'adviser', entityId: userId, detail: { from: row.intent, to: intent, reason } });
  await refreshPresence(rtx, userId);
}

/** The workstation is there: the live connection's heartbeat, or an API call of the adviser's. */
export async function markSeen(db: Db, userIds: readonly string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  const at = now.toISOString();
  // Never backwards: the sign of life a connection gives on opening is not
  // awaited, and may land after a later heartbeat's.
  let update = db.kysely.updateTable('adviser_presence').set({ seen_at: at }).where('seen_at', '<', at);
  if (db.dialect === 'postgres' && userIds.length > 1) {
    // The heartbeat's UPDATE of many rows locks them in scan order, while a
    // routing transaction locks presence rows in its own order and holds
    // them: each could wait for the other (a deadlock, one of them aborted).
    // Rows a routing transaction holds are skipped instead: that adviser is
    // being dealt with right now, and the next heartbeat comes well inside
    // the live window.
    update = update.where('user_id', 'in', (eb) =>
      eb.selectFrom('adviser_presence').select('user_id').where('user_id', 'in', userIds).where('seen_at', '<', at).forUpdate().skipLocked(),
    );
  } else {
    update = update.where('user_id', 'in', userIds);
  }
  await update.execute();
}

/** A team lead moves an adviser between channels or changes their languages or capacity. */
export async function updateProfile(rtx: RoutingTx, actor: Actor, userId: string, patch: Static<typeof ProfilePatchBody>): Promise<void> {
  if (actor.role === 'adviser') throw forbidden('Only a team lead changes an adviser\'s channels');
  await ensureAdviser(rtx.trx, userId, rtx.now);
  const row = await rtx.trx.selectFrom('adviser_profiles').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
  if (row.version !== patch.version) {
    throw new Problem(409, 'version_conflict', 'The adviser\'s profile was changed by someone else', { current: await presenceOf(rtx.trx, userId, rtx.now) });
  }
  const current = toProfile(row);
  await rtx.trx
    .updateTable('adviser_profiles')
    .set({
      ...(patch.channels ? { channels: JSON.stringify(patch.channels) } : {}),
      ...(patch.languages ? { languages: JSON.stringify(patch.languages) } : {}),
      ...(patch.capacity ? { capacity: JSON.stringify({ ...current.capacity, ...patch.capacity }) } : {}),
      version: row.version + 1,
      updated_at: rtx.now.toISOString(),
      updated_by: actor.userId,
    })
    .where('user_id', '=', userId)
    .execute();
  await rtx.audit(actor, {
    action: 'adviser.profile_update',
    entityType: 'adviser',
    entityId: userId,
    detail: { ...(patch.channels ? { channels: patch.channels } : {}), ...(patch.languages ? { languages: patch.languages } : {}), ...(patch.capacity ? { capacity: patch.capacity } : {}) },
  });
  await refreshPresence(rtx, userId);
}
