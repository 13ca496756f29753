// The routing engine: every change to live work runs through `liveWork`,
// which holds the routing lock, applies the change, offers whatever can now be
// offered, and updates the presence of everyone it touched — all in one
// transaction. `tick` does the same for what time alone changes: offers that
// rang out, wrap-ups that ran out, contacts that waited too long, workstations
// that went away.
import type { Deps } from '../deps.js';
import type { InteractionRow } from '../db/schema.js';
import { SECOND } from '../shared/clock.js';
import { logStep } from '../interactions/log.js';
import { hooksFor, tickHooksAll } from '../interactions/channel-hooks.js';
import { toInteraction } from '../interactions/model.js';
import { refreshPresence, setIntentBySystem, toProfile } from '../presence/service.js';
import { loadWork, noWork } from '../presence/work.js';
import { withRouting, type RoutingTx } from './lock.js';
import { hoursOf } from '../queues/service.js';
import { queueOpenAt } from '../queues/hours.js';
import { planOffers, type AdviserCandidate, type WaitingContact } from './plan.js';

/** A workstation not heard from for this long is not offered anything. */
export const LIVE_WINDOW_MS = 45 * SECOND;
/** …and after this long a ready adviser is set offline (disconnected). */
export const GONE_AFTER_MS = 120 * SECOND;
/** An adviser who declined a contact, let it ring out or transferred it away is not offered it again for this long. */
export const REOFFER_PAUSE_MS = 60 * SECOND;
/** A contact transferred to a colleague who has not taken it by then goes to the whole queue (a caller sooner). */
export const TARGET_WAIT_MS = 120 * SECOND;
export const TARGET_WAIT_VOICE_MS = 45 * SECOND;
/** Contacts considered per pass: far more than can be offered at once. */
const PASS_LIMIT = 500;

const iso = (ms: number) => new Date(ms).toISOString();

async function waitingContacts(rtx: RoutingTx): Promise<Array<WaitingContact & { offerTimeout: number }>> {
  let rows = await rtx.trx
    .selectFrom('interactions as i')
    .innerJoin('queues as q', 'q.id', 'i.queue_id')
    .select(['i.id', 'i.channel', 'i.language', 'i.enqueued_at', 'i.arrived_at', 'i.target_adviser_id', 'q.priority', 'q.offer_timeout_seconds'])
    .select(['q.id as queue_id', 'q.hours', 'q.observes_holidays', 'q.active'])
    .where('i.state', '=', 'queued')
    .where('i.available_at', '<=', rtx.now.toISOString())
    .orderBy('q.priority')
    .orderBy('i.enqueued_at')
    .orderBy('i.id')
    .limit(PASS_LIMIT)
    .execute();
  // Opening hours decide at routing time, so a queue a team lead opens for the
  // day starts offering at once: a contact is offered while its queue is open,
  // or after closing time if it arrived while the queue was open (the staff
  // finish the queue). One that came in while closed waits for the opening.
  const openNow = new Map<string, boolean>();
  const routable = (r: (typeof rows)[number]) => {
    let open = openNow.get(r.queue_id);
    if (open === undefined) openNow.set(r.queue_id, (open = r.active === 1 && queueOpenAt(hoursOf(r), r.observes_holidays === 1, rtx.now)));
    return open || queueOpenAt(hoursOf(r), r.observes_holidays === 1, new Date(r.arrived_at));
  };
  rows = rows.filter(routable);
  if (rows.length === 0) return [];
  const recent = await rtx.trx
    .selectFrom('interaction_events')
    .select(['interaction_id', 'adviser_id'])
    .where('type', 'in', ['declined', 'offer_expired', 'transferred'])
    .where('at', '>', iso(rtx.now.getTime() - REOFFER_PAUSE_MS))
    .where('interaction_id', 'in', rows.map((r) => r.id))
    .execute();
  const notTo = new Map<string, Set<string>>();
  for (const r of recent) if (r.adviser_id) (notTo.get(r.interaction_id) ?? notTo.set(r.interaction_id, new Set()).get(r.interaction_id)!).add(r.adviser_id);
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    language: r.language,
    priority: r.priority,
    enqueuedAt: r.enqueued_at,
    targetAdviserId: r.target_adviser_id,
    notTo: notTo.get(r.id) ?? new Set(),
    offerTimeout: r.offer_timeout_seconds,
  }));
}

async function readyAdvisers(rtx: RoutingTx): Promise<AdviserCandidate[]> {
  const rows = await rtx.trx
    .selectFrom('adviser_presence as p')
    .innerJoin('adviser_profiles as f', 'f.user_id', 'p.user_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.user_id', 'p.idle_since', 'f.languages', 'f.channels', 'f.capacity', 'f.version', 'f.updated_at', 'f.updated_by'])
    .where('p.intent', '=', 'ready')
    .where('p.seen_at', '>=', iso(rtx.now.getTime() - LIVE_WINDOW_MS))
    .where('u.active', '=', 1)
    // A user made admin meanwhile takes no contacts (the admin role sees no consumer data).
    .where('u.role', '!=', 'admin')
    .execute();
  const work = await loadWork(rtx.trx, rows.map((r) => r.user_id));
  return rows.map((r) => {
    const profile = toProfile({ user_id: r.user_id, languages: r.languages, channels: r.channels, capacity: r.capacity, version: r.version, updated_at: r.updated_at, updated_by: r.updated_by });
    const w = work.get(r.user_id) ?? noWork();
    return {
      userId: r.user_id,
      ready: true,
      languages: profile.languages,
      channels: profile.channels,
      capacity: profile.capacity,
      load: w.load,
      offered: w.offered > 0,
      inWrapUp: w.wrapUp > 0,
      idleSince: r.idle_since,
    };
  });
}

export async function readInteraction(rtx: RoutingTx, id: string): Promise<InteractionRow | undefined> {
  return rtx.trx.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Offers whatever can be offered now; returns how many offers were made. */
export async function routePass(rtx: RoutingTx): Promise<number> {
  const contacts = await waitingContacts(rtx);
  if (contacts.length === 0) return 0;
  const advisers = await readyAdvisers(rtx);
  if (advisers.length === 0) return 0;
  const timeouts = new Map(contacts.map((c) => [c.id, c.offerTimeout]));
  let made = 0;
  for (const a of planOffers(contacts, advisers)) {
    const at = rtx.now.toISOString();
    const expires = iso(rtx.now.getTime() + (timeouts.get(a.contactId) ?? 30) * SECOND);
    const res = await rtx.trx
      .updateTable('interactions')
      .set((eb) => ({
        state: 'offered',
        offered_to: a.adviserId,
        offered_at: at,
        offer_expires_at: expires,
        offers: eb('offers', '+', 1),
        version: eb('version', '+', 1),
        updated_at: at,
      }))
      .where('id', '=', a.contactId)
      .where('state', '=', 'queued')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) continue;
    const row = (await readInteraction(rtx, a.contactId))!;
    await logStep(rtx, row.id, 'offered', { adviserId: a.adviserId, queueId: row.queue_id });
    // The offer shows the adviser who is calling: a disclosure of personal data, audited.
    if (row.from_address) {
      await rtx.audit({ userId: a.adviserId, ip: null }, { action: 'interaction.offer', entityType: 'interaction', entityId: row.id, detail: row.consumer_id ? { consumerId: row.consumer_id } : {} });
    }
    await rtx.toUser(a.adviserId, { type: 'offer', interaction: toInteraction(row) });
    rtx.touched.add(a.adviserId);
    made++;
  }
  return made;
}

/**
 * Everyone whose work changed gets their presence recomputed and sent, even
 * when the state stays (a second chat taken, wrap-up extended): the wallboard
 * shows contacts in hand and wrap-up times too.
 */
async function refreshTouched(rtx: RoutingTx): Promise<void> {
  const users = [...rtx.touched].sort();
  rtx.touched.clear();
  for (const u of users) await refreshPresence(rtx, u);
}

/**
 * Runs a change to live work under the routing lock, then offers what can be
 * offered and refreshes the presence of everyone touched, in the same
 * transaction: no moment exists in which a free adviser and a waiting contact
 * are both committed but not yet matched by someone.
 */
export async function liveWork<T>(deps: Deps, change: (rtx: RoutingTx) => Promise<T>): Promise<T> {
  return withRouting(deps, async (rtx) => {
    const out = await change(rtx);
    await refreshTouched(rtx);
    if ((await routePass(rtx)) > 0) await refreshTouched(rtx);
    return out;
  });
}

/** Offers that rang out go back to their place in line; the adviser becomes not ready (missed). */
async function expireOffers(rtx: RoutingTx): Promise<void> {
  const rows = await rtx.trx.selectFrom('interactions').selectAll().where('state', '=', 'offered').where('offer_expires_at', '<=', rtx.now.toISOString()).execute();
  for (const row of rows) await expireOffer(rtx, row);
}

/**
 * One offer rang out (its time ran out here, or the phone that rang reported no
 * answer first): back to its place in line, and a ready adviser becomes not ready (missed).
 */
export async function expireOffer(rtx: RoutingTx, row: InteractionRow): Promise<void> {
  const adviser = row.offered_to!;
  await rtx.trx
    .updateTable('interactions')
    // As on a decline, a transfer addressed to this adviser falls back to the
    // whole queue: the adviser is not ready now, and the caller must not wait for them.
    .set({ state: 'queued', offered_to: null, offered_at: null, offer_expires_at: null, target_adviser_id: null, version: row.version + 1, updated_at: rtx.now.toISOString() })
    .where('id', '=', row.id)
    .where('state', '=', 'offered')
    .execute();
  await logStep(rtx, row.id, 'offer_expired', { adviserId: adviser, queueId: row.queue_id });
  await rtx.toUser(adviser, { type: 'offer-withdrawn', interactionId: row.id, reason: 'expired' });
  // Only a ready adviser is made not ready (missed). One who chose a break or
  // offline while it rang keeps that choice: overwriting it would count a
  // break as a missed offer, and turn "offline" into a not-ready adviser whom
  // nothing ever sets offline again (dropVanished only looks at ready ones).
  const presence = await rtx.trx.selectFrom('adviser_presence').select('intent').where('user_id', '=', adviser).executeTakeFirst();
  if (presence?.intent === 'ready') await setIntentBySystem(rtx, adviser, 'not_ready', 'missed');
  else rtx.touched.add(adviser);
}

/** Wrap-up time that ran out ends the interaction; the adviser is free again. */
async function finishWrapUps(rtx: RoutingTx): Promise<void> {
  const rows = await rtx.trx.selectFrom('interactions').selectAll().where('state', '=', 'wrap_up').where('wrap_up_until', '<=', rtx.now.toISOString()).execute();
  for (const row of rows) {
    await rtx.trx
      .updateTable('interactions')
      .set({ state: 'done', done_at: rtx.now.toISOString(), version: row.version + 1, updated_at: rtx.now.toISOString() })
      .where('id', '=', row.id)
      .where('state', '=', 'wrap_up')
      .execute();
    await logStep(rtx, row.id, 'done', { adviserId: row.adviser_id, queueId: row.queue_id, detail: { by: 'wrap_up_timeout' } });
    const done = (await readInteraction(rtx, row.id))!;
    if (row.adviser_id) {
      await rtx.toUser(row.adviser_id, { type: 'interaction', interaction: toInteraction(done) });
      rtx.touched.add(row.adviser_id);
    }
  }
}

/** Contacts that waited longer than their queue allows expire (a chat is told so, for instance). */
async function expireLongWaits(rtx: RoutingTx): Promise<void> {
  const rows = await rtx.trx
    .selectFrom('interactions as i')
    .innerJoin('queues as q', 'q.id', 'i.queue_id')
    .selectAll('i')
    .select('q.max_wait_seconds')
    .where('i.state', 'in', ['queued', 'offered'])
    .where('q.max_wait_seconds', 'is not', null)
    .execute();
  for (const row of rows) {
    // The wait counts from when the contact was last put in line: a transfer
    // sets available_at to that moment, while arrived_at may lie before a long
    // conversation (which would expire a transferred chat at once).
    const waitingSince = Math.max(Date.parse(row.arrived_at), Date.parse(row.available_at));
    if (waitingSince + (row.max_wait_seconds ?? 0) * SECOND > rtx.now.getTime()) continue;
    await endWaiting(rtx, row, 'expired', 'max_wait');
  }
}

/** Ends a contact that was still waiting (queued or ringing): abandoned by the consumer or expired. */
export async function endWaiting(rtx: RoutingTx, row: InteractionRow, state: 'abandoned' | 'expired', reason: string): Promise<void> {
  const at = rtx.now.toISOString();
  await rtx.trx
    .updateTable('interactions')
    .set({ state, ended_at: at, end_reason: reason, offered_to: null, offer_expires_at: null, version: row.version + 1, updated_at: at })
    .where('id', '=', row.id)
    .execute();
  await logStep(rtx, row.id, state, { queueId: row.queue_id, detail: { reason } });
  await hooksFor(row.channel).endedWaiting?.(rtx, row, state, reason);
  if (row.state === 'offered' && row.offered_to) {
    await rtx.toUser(row.offered_to, { type: 'offer-withdrawn', interactionId: row.id, reason: state === 'abandoned' ? 'abandoned' : 'cancelled' });
    rtx.touched.add(row.offered_to);
  }
}

/** A transfer to a colleague who has not taken it in time falls back to the queue (at the contact's place in line). */
async function releaseTargets(rtx: RoutingTx): Promise<void> {
  const rows = await rtx.trx
    .selectFrom('interactions')
    .selectAll()
    .where('state', '=', 'queued')
    .where('target_adviser_id', 'is not', null)
    .where('available_at', '<=', iso(rtx.now.getTime() - TARGET_WAIT_VOICE_MS))
    .execute();
  for (const row of rows) {
    const limit = row.channel === 'phone' || row.channel === 'callback' ? TARGET_WAIT_VOICE_MS : TARGET_WAIT_MS;
    if (Date.parse(row.available_at) > rtx.now.getTime() - limit) continue;
    await rtx.trx
      .updateTable('interactions')
      .set({ target_adviser_id: null, version: row.version + 1, updated_at: rtx.now.toISOString() })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .execute();
    await logStep(rtx, row.id, 'transfer_fallback', { queueId: row.queue_id, detail: { adviserId: row.target_adviser_id } });
  }
}

/**
 * Advisers whose workstation has not been heard from go offline: nothing
 * rings at an empty desk, and the wallboard does not show a crashed desk as
 * on a break for ever.
 */
async function dropVanished(rtx: RoutingTx): Promise<void> {
  const rows = await rtx.trx
    .selectFrom('adviser_presence')
    .select('user_id')
    .where('intent', '!=', 'offline')
    .where('seen_at', '<', iso(rtx.now.getTime() - GONE_AFTER_MS))
    .execute();
  for (const r of rows) await setIntentBySystem(rtx, r.user_id, 'offline', 'disconnected');
}

/** What time alone changes; each backend instance runs it every second (see ticker.ts). */
export async function tick(deps: Deps): Promise<void> {
  await liveWork(deps, async (rtx) => {
    await expireOffers(rtx);
    await finishWrapUps(rtx);
    await expireLongWaits(rtx);
    await releaseTargets(rtx);
    await dropVanished(rtx);
    for (const hook of tickHooksAll()) await hook(rtx);
  });
}
