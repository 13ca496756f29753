// Partner rows become contact cards: their coverage and topics loaded in two
// batched queries, opening hours parsed and evaluated at a given moment.
import type { Static } from '@sinclair/typebox';
import type { Q } from '../deps.js';
import type { PartnerRow } from '../db/schema.js';
import { ALWAYS_CLOSED, isOpenAt, nextOpening, parseOpeningHours } from './opening-hours.js';
import type { PartnerSchema } from './schemas.js';

export type PartnerCard = Static<typeof PartnerSchema>;

async function linksOf(q: Q, ids: readonly string[]) {
  if (ids.length === 0) return { municipalities: new Map<string, string[]>(), topics: new Map<string, string[]>() };
  const [ms, ts] = await Promise.all([
    q.selectFrom('partner_municipalities').select(['partner_id', 'municipality_code']).where('partner_id', 'in', ids).orderBy('municipality_code').execute(),
    q.selectFrom('partner_topics').select(['partner_id', 'topic_id']).where('partner_id', 'in', ids).orderBy('topic_id').execute(),
  ]);
  const group = <R>(rows: R[], key: (r: R) => string, value: (r: R) => string) => {
    const map = new Map<string, string[]>();
    for (const r of rows) {
      const list = map.get(key(r));
      if (list) list.push(value(r));
      else map.set(key(r), [value(r)]);
    }
    return map;
  };
  return {
    municipalities: group(ms, (r) => r.partner_id, (r) => r.municipality_code),
    topics: group(ts, (r) => r.partner_id, (r) => r.topic_id),
  };
}

/** Contact cards for rows, in the rows' order; `at` decides openNow and nextOpening. */
export async function toCards(q: Q, rows: readonly PartnerRow[], at: Date): Promise<PartnerCard[]> {
  const links = await linksOf(q, rows.map((r) => r.id));
  return rows.map((r) => {
    // Unreadable stored hours show as closed rather than failing the whole list.
    const hours = parseOpeningHours(r.opening_hours) ?? ALWAYS_CLOSED;
    const next = nextOpening(hours, at);
    return {
      id: r.id,
      kind: r.kind,
      name: r.name,
      descriptionSv: r.description_sv,
      descriptionEn: r.description_en,
      national: r.national === 1,
      municipalities: links.municipalities.get(r.id) ?? [],
      topics: links.topics.get(r.id) ?? [],
      phone: r.phone,
      email: r.email,
      web: r.web,
      referralMethod: r.referral_method,
      referralInstructionsSv: r.referral_instructions_sv,
      referralInstructionsEn: r.referral_instructions_en,
      openingHours: hours,
      openNow: isOpenAt(hours, at),
      nextOpening: next ? next.toISOString() : null,
      active: r.active === 1,
      version: r.version,
      updatedAt: r.updated_at,
    };
  });
}

export async function cardById(q: Q, id: string, at: Date): Promise<PartnerCard | null> {
  const row = await q.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [card] = await toCards(q, [row], at);
  return card ?? null;
}
