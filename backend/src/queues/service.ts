// The service's queues: one per channel and language, with a priority, a
// service-level target, offer and wrap-up times and opening hours. Created by
// migration 0003 with defaults; team leads and admins change them.
import type { Static } from '@sinclair/typebox';
import type { Actor, Deps, Q } from '../deps.js';
import type { Channel, Language, QueueRow } from '../db/schema.js';
import { notFound, Problem } from '../http/problem.js';
import { audit } from '../audit/service.js';
import { ALWAYS_CLOSED, openingHoursIssues, parseOpeningHours, type OpeningHours } from '../partners/opening-hours.js';
import { queueNextOpening, queueOpenAt } from './hours.js';
import type { QueuePatchBody, QueueSchema } from './schemas.js';

export type Queue = Static<typeof QueueSchema>;

/** The parsed hours of a queue row; a row whose JSON cannot be read counts as closed, never as open. */
export const hoursOf = (row: Pick<QueueRow, 'hours'>): OpeningHours => parseOpeningHours(row.hours) ?? ALWAYS_CLOSED;

export function isQueueOpen(row: QueueRow, at: Date): boolean {
  return row.active === 1 && queueOpenAt(hoursOf(row), row.observes_holidays === 1, at);
}

export function toQueue(row: QueueRow, at: Date): Queue {
  const hours = hoursOf(row);
  const next = row.active === 1 ? queueNextOpening(hours, row.observes_holidays === 1, at) : null;
  return {
    id: row.id,
    channel: row.channel,
    language: row.language,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    priority: row.priority,
    slaSeconds: row.sla_seconds,
    slaTargetPercent: row.sla_target_percent,
    offerTimeoutSeconds: row.offer_timeout_seconds,
    wrapUpSeconds: row.wrap_up_seconds,
    maxWaitSeconds: row.max_wait_seconds,
    hours,
    observesHolidays: row.observes_holidays === 1,
    active: row.active === 1,
    openNow: isQueueOpen(row, at),
    nextOpening: next ? next.toISOString() : null,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export async function queueRows(q: Q): Promise<QueueRow[]> {
  return q.selectFrom('queues').selectAll().orderBy('priority').orderBy('id').execute();
}

export async function listQueues(deps: Deps): Promise<Queue[]> {
  const now = deps.clock.now();
  return (await queueRows(deps.db.kysely)).map((r) => toQueue(r, now));
}

/** The queue a contact of this channel and language goes to. */
export async function queueFor(q: Q, channel: Channel, language: Language, queueId?: string): Promise<QueueRow> {
  const row = queueId
    ? await q.selectFrom('queues').selectAll().where('id', '=', queueId).executeTakeFirst()
    : await q.selectFrom('queues').selectAll().where('channel', '=', channel).where('language', '=', language).orderBy('id').executeTakeFirst();
  if (!row) throw new Problem(422, 'invalid_reference', queueId ? `Queue "${queueId}" does not exist` : `No ${channel} queue for language ${language}`, { field: 'queueId' });
  if (row.channel !== channel) throw new Problem(422, 'validation_failed', `Queue "${row.id}" takes ${row.channel}, not ${channel}`, { field: 'queueId' });
  return row;
}

export async function updateQueue(deps: Deps, actor: Actor, id: string, body: Static<typeof QueuePatchBody>): Promise<Queue> {
  const now = deps.clock.now();
  if (body.hours) {
    const issues = openingHoursIssues(body.hours);
    if (issues.length > 0) throw new Problem(400, 'validation_failed', 'The opening hours are not valid', { errors: issues.map((i) => ({ in: 'body', path: `/hours${i.path}`, message: i.message })) });
  }
  const row = await deps.db.kysely.transaction().execute(async (trx) => {
    let read = trx.selectFrom('queues').selectAll().where('id', '=', id);
    if (deps.db.dialect === 'postgres') read = read.forUpdate();
    const current = await read.executeTakeFirst();
    if (!current) throw notFound('Queue');
    if (current.version !== body.version) {
      throw new Problem(409, 'version_conflict', 'The queue was changed by someone else', { current: toQueue(current, now) });
    }
    const { version: _version, ...changes } = body;
    await trx
      .updateTable('queues')
      .set({
        ...(changes.nameSv !== undefined ? { name_sv: changes.nameSv } : {}),
        ...(changes.nameEn !== undefined ? { name_en: changes.nameEn } : {}),
        ...(changes.priority !== undefined ? { priority: changes.priority } : {}),
        ...(changes.slaSeconds !== undefined ? { sla_seconds: changes.slaSeconds } : {}),
        ...(changes.slaTargetPercent !== undefined ? { sla_target_percent: changes.slaTargetPercent } : {}),
        ...(changes.offerTimeoutSeconds !== undefined ? { offer_timeout_seconds: changes.offerTimeoutSeconds } : {}),
        ...(changes.wrapUpSeconds !== undefined ? { wrap_up_seconds: changes.wrapUpSeconds } : {}),
        ...(changes.maxWaitSeconds !== undefined ? { max_wait_seconds: changes.maxWaitSeconds } : {}),
        ...(changes.hours !== undefined ? { hours: JSON.stringify(changes.hours) } : {}),
        ...(changes.observesHolidays !== undefined ? { observes_holidays: changes.observesHolidays ? 1 : 0 } : {}),
        ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
        version: current.version + 1,
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await audit(trx, now, actor, { action: 'queue.update', entityType: 'queue', entityId: id, detail: { fields: Object.keys(changes) } });
    return trx.selectFrom('queues').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  return toQueue(row, now);
}
