// Partners' contact cards: listing and reading for all staff, editing for
// supervisors. Every edit is audited and enters the sync feed, so desktop
// caches pick it up (a deactivated partner leaves them as a deletion).
import { randomUUID } from 'node:crypto';
import type { Actor, Deps, Q } from '../deps.js';
import type { PartnerRow } from '../db/schema.js';
import { audit } from '../audit/service.js';
import { recordChanges } from '../sync/change-log.js';
import { Problem, invalidReference, notFound } from '../http/problem.js';
import { assertTopicsExist, topicWithAncestors } from '../topics/service.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { cardById, toCards, type PartnerCard } from './cards.js';
import { assertMunicipalitiesExist } from './municipalities.js';
import { nameContains } from './name-search.js';
import { openingHoursIssues, type OpeningHours } from './opening-hours.js';
import type { NewPartner, PartnerListQuery, PartnerPatch } from './schemas.js';

export interface PartnerPage {
  items: PartnerCard[];
  nextCursor: string | null;
}

/** Filters that name a municipality or topic must name a real one: a typo is a 422, not an empty list. */
async function assertFilterReferences(q: Q, f: { municipality?: string; topic?: string }): Promise<string[] | null> {
  if (f.municipality !== undefined) await assertMunicipalitiesExist(q, [f.municipality]);
  if (f.topic === undefined) return null;
  const topics = await topicWithAncestors(q, f.topic);
  if (topics.length === 0) throw invalidReference('topic', f.topic);
  return topics;
}

/** Cards ordered by name, paged by an opaque (name, id) cursor. */
export async function listPartners(deps: Deps, f: PartnerListQuery): Promise<PartnerPage> {
  const q = deps.db.kysely;
  const topics = await assertFilterReferences(q, f);
  const limit = f.limit ?? 50;
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  let query = q.selectFrom('partners').selectAll('partners');
  if (!f.includeInactive) query = query.where('partners.active', '=', 1);
  if (f.kind) query = query.where('partners.kind', '=', f.kind);
  if (f.q) query = query.where(nameContains('partners.name', f.q));
  const { municipality } = f;
  if (municipality !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('partners.national', '=', 1),
        eb.exists(
          eb.selectFrom('partner_municipalities as pm').select('pm.partner_id').whereRef('pm.partner_id', '=', 'partners.id').where('pm.municipality_code', '=', municipality),
        ),
      ]),
    );
  }
  if (topics) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('partner_topics as pt').select('pt.partner_id').whereRef('pt.partner_id', '=', 'partners.id').where('pt.topic_id', 'in', topics)),
    );
  }
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('partners.name', '>', after.at), eb.and([eb('partners.name', '=', after.at), eb('partners.id', '>', after.id)])]),
    );
  }
  const rows = await query.orderBy('partners.name').orderBy('partners.id').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: await toCards(q, page, deps.clock.now()),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.name, id: last.id }) : null,
  };
}

export async function getPartner(deps: Deps, id: string): Promise<PartnerCard> {
  const card = await cardById(deps.db.kysely, id, deps.clock.now());
  if (!card) throw notFound('Partner');
  return card;
}

function invalid(errors: Array<{ path: string; message: string }>): Problem {
  return new Problem(400, 'validation_failed', 'The request is not valid', { errors: errors.map((e) => ({ in: 'body', ...e })) });
}

/** Rules across fields, checked on the card as it would be after the change. */
function assertConsistent(card: { national: boolean; municipalities: readonly string[]; openingHours: OpeningHours }): void {
  const errors = openingHoursIssues(card.openingHours).map((i) => ({ path: `/openingHours${i.path}`, message: i.message }));
  if (card.national && card.municipalities.length > 0) {
    errors.push({ path: '/municipalities', message: 'must be empty for a national partner, which covers every municipality' });
  }
  if (!card.national && card.municipalities.length === 0) {
    errors.push({ path: '/municipalities', message: 'must name at least one municipality unless the partner is national' });
  }
  if (errors.length > 0) throw invalid(errors);
}

async function replaceLinks(q: Q, id: string, links: { municipalities?: readonly string[]; topics?: readonly string[] }): Promise<void> {
  if (links.municipalities) {
    await q.deleteFrom('partner_municipalities').where('partner_id', '=', id).execute();
    const rows = links.municipalities.map((code) => ({ partner_id: id, municipality_code: code }));
    for (let i = 0; i < rows.length; i += 200) await q.insertInto('partner_municipalities').values(rows.slice(i, i + 200)).execute();
  }
  if (links.topics) {
    await q.deleteFrom('partner_topics').where('partner_id', '=', id).execute();
    const rows = links.topics.map((topic) => ({ partner_id: id, topic_id: topic }));
    for (let i = 0; i < rows.length; i += 200) await q.insertInto('partner_topics').values(rows.slice(i, i + 200)).execute();
  }
}

const unique = (list: readonly string[] | undefined) => (list ? [...new Set(list)] : undefined);

export async function createPartner(deps: Deps, actor: Actor, input: NewPartner): Promise<PartnerCard> {
  const now = deps.clock.now();
  const id = input.id ?? randomUUID();
  const municipalities = unique(input.municipalities) ?? [];
  const topics = unique(input.topics) ?? [];
  assertConsistent({ national: input.national, municipalities, openingHours: input.openingHours });
  const row: PartnerRow = {
    id,
    kind: input.kind,
    name: input.name.trim(),
    description_sv: input.descriptionSv ?? '',
    description_en: input.descriptionEn ?? '',
    national: input.national ? 1 : 0,
    phone: input.phone ?? null,
    email: input.email ?? null,
    web: input.web ?? null,
    referral_method: input.referralMethod,
    referral_instructions_sv: input.referralInstructionsSv ?? '',
    referral_instructions_en: input.referralInstructionsEn ?? '',
    opening_hours: JSON.stringify(input.openingHours),
    active: input.active === false ? 0 : 1,
    version: 1,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  return deps.db.kysely.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('partners').select('id').where('id', '=', id).executeTakeFirst();
    if (taken) throw new Problem(409, 'conflict', `A partner with id "${id}" already exists`);
    await assertMunicipalitiesExist(trx, municipalities, 'municipalities');
    await assertTopicsExist(trx, topics, 'topics');
    await trx.insertInto('partners').values(row).execute();
    await replaceLinks(trx, id, { municipalities, topics });
    await audit(trx, now, actor, { action: 'partner.create', entityType: 'partner', entityId: id, detail: { kind: row.kind, name: row.name } });
    const [card] = await toCards(trx, [row], now);
    if (!card) throw new Error('card of a just-inserted partner');
    await recordChanges(trx, now, [{ entity: 'partner', id, deleted: row.active === 0 }]);
    return card;
  });
}

export async function updatePartner(deps: Deps, actor: Actor, id: string, patch: PartnerPatch): Promise<PartnerCard> {
  const now = deps.clock.now();
  const { version, ...changes } = patch;
  const municipalities = unique(changes.municipalities);
  const topics = unique(changes.topics);
  return deps.db.kysely.transaction().execute(async (trx) => {
    const current = await cardById(trx, id, now);
    if (!current) throw notFound('Partner');
    if (current.version !== version) {
      throw new Problem(409, 'version_conflict', 'The partner was changed by someone else; review the current card and try again', {
        currentVersion: current.version,
        current,
      });
    }
    assertConsistent({
      national: changes.national ?? current.national,
      municipalities: municipalities ?? current.municipalities,
      openingHours: changes.openingHours ?? current.openingHours,
    });
    if (municipalities) await assertMunicipalitiesExist(trx, municipalities, 'municipalities');
    if (topics) await assertTopicsExist(trx, topics, 'topics');
    const set = {
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
      ...(changes.descriptionSv !== undefined ? { description_sv: changes.descriptionSv } : {}),
      ...(changes.descriptionEn !== undefined ? { description_en: changes.descriptionEn } : {}),
      ...(changes.national !== undefined ? { national: changes.national ? 1 : 0 } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.web !== undefined ? { web: changes.web } : {}),
      ...(changes.referralMethod !== undefined ? { referral_method: changes.referralMethod } : {}),
      ...(changes.referralInstructionsSv !== undefined ? { referral_instructions_sv: changes.referralInstructionsSv } : {}),
      ...(changes.referralInstructionsEn !== undefined ? { referral_instructions_en: changes.referralInstructionsEn } : {}),
      ...(changes.openingHours !== undefined ? { opening_hours: JSON.stringify(changes.openingHours) } : {}),
      ...(changes.active !== undefined ? { active: changes.active ? 1 : 0 } : {}),
      version: version + 1,
      updated_at: now.toISOString(),
    };
    // The version condition makes a concurrent edit that slipped in since the read lose, not overwrite.
    const res = await trx.updateTable('partners').set(set).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) {
      const latest = await cardById(trx, id, now);
      throw new Problem(409, 'version_conflict', 'The partner was changed by someone else; review the current card and try again', {
        currentVersion: latest?.version ?? null,
        current: latest,
      });
    }
    await replaceLinks(trx, id, { municipalities, topics });
    await audit(trx, now, actor, { action: 'partner.update', entityType: 'partner', entityId: id, detail: { fields: Object.keys(changes), version: version + 1 } });
    const updated = await cardById(trx, id, now);
    if (!updated) throw new Error('card of a just-updated partner');
    await recordChanges(trx, now, [{ entity: 'partner', id, deleted: !updated.active }]);
    return updated;
  });
}
