// Facts the tests read from the seeded backend database, so they do not
// depend on which names or numbers the deterministic seed happens to produce.
import type { Deps } from '../../../backend/src/deps.js';

export interface EarlierCase {
  caseId: string;
  reference: string;
  consumerName: string | null;
  phone: string;
  topicId: string;
  municipalityCode: string;
  /** False when the lookup must be given FALLBACK_MUNICIPALITY by hand. */
  consumerHasMunicipality: boolean;
}

export async function userId(deps: Deps, username: string): Promise<string> {
  const row = await deps.db.kysely.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return row.id;
}

/** Where the partner lookup looks when the consumer has no municipality on record. */
export const FALLBACK_MUNICIPALITY = '0180'; // Stockholm

/**
 * The most recent open (or waiting) case whose consumer has a phone number
 * and whose topic has at least one partner in the consumer's municipality
 * (or Stockholm), so the partner lookup shows contact cards to refer to.
 * Any adviser's: the change feed gives every desk the recent cases, and an
 * adviser may work on a colleague's open case (a consumer calling back).
 */
export async function earlierCaseWithPartners(deps: Deps, partnersFor: (topic: string, municipality: string) => Promise<number>): Promise<EarlierCase> {
  const rows = await deps.db.kysely
    .selectFrom('cases as c')
    .innerJoin('consumers as k', 'k.id', 'c.consumer_id')
    .select(['c.id', 'c.reference', 'c.topic_id', 'k.name', 'k.phone', 'k.municipality_code'])
    .where('c.status', 'in', ['open', 'waiting'])
    .where('c.topic_id', 'is not', null)
    .where('k.phone', 'like', '+467%')
    .orderBy('c.created_at', 'desc')
    .execute();
  // Cases whose consumer has a municipality first: then the lookup needs no choice by hand.
  rows.sort((a, b) => Number(b.municipality_code !== null) - Number(a.municipality_code !== null));
  for (const r of rows) {
    if (!r.phone || !r.topic_id) continue;
    const municipality = r.municipality_code ?? FALLBACK_MUNICIPALITY;
    if ((await partnersFor(r.topic_id, municipality)) === 0) continue;
    return {
      caseId: r.id, reference: r.reference, consumerName: r.name, phone: r.phone, topicId: r.topic_id,
      municipalityCode: municipality, consumerHasMunicipality: r.municipality_code !== null,
    };
  }
  throw new Error(`the seed has no open case with a phone number and partners for its topic (of ${rows.length} open cases with a phone)`);
}

/** "+46701234567" → "070-1234567": how an adviser types the number the consumer gives. */
export function localPhone(e164: string): string {
  if (!e164.startsWith('+46')) return e164;
  const national = `0${e164.slice(3)}`;
  return `${national.slice(0, 3)}-${national.slice(3)}`;
}

/** Counts the partners the backend's own lookup ranks for a topic and municipality. */
export function partnerCounter(serverUrl: string, token: string): (topic: string, municipality: string) => Promise<number> {
  return async (topic, municipality) => {
    const res = await fetch(`${serverUrl}/v1/partners/lookup?topic=${encodeURIComponent(topic)}&municipality=${encodeURIComponent(municipality)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`partner lookup failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { items: unknown[] }).items.length;
  };
}

export interface ReturningConsumer {
  consumerId: string;
  phone: string;
  /** Their cases, newest first; all closed. */
  references: string[];
}

/**
 * A consumer with a phone number whose cases are all closed, the newest
 * within the last `withinDays` (so the workstation's first sync brings it
 * into the cache). Calling again, they get a new case when an adviser
 * accepts the call — which then has to arrive through sync.
 */
export async function consumerWithClosedCases(deps: Deps, withinDays = 20): Promise<ReturningConsumer> {
  const since = new Date(deps.clock.now().getTime() - withinDays * 86_400_000).toISOString();
  const rows = await deps.db.kysely
    .selectFrom('consumers as k')
    .innerJoin('cases as c', 'c.consumer_id', 'k.id')
    .select(['k.id', 'k.phone', 'c.reference', 'c.status', 'c.created_at'])
    .where('k.phone', 'like', '+467%')
    .orderBy('c.created_at', 'desc')
    .execute();
  const byConsumer = new Map<string, typeof rows>();
  for (const r of rows) byConsumer.set(r.id, [...(byConsumer.get(r.id) ?? []), r]);
  for (const [consumerId, cases] of byConsumer) {
    const newest = cases[0];
    if (!newest?.phone || newest.created_at < since || cases.some((c) => c.status !== 'closed')) continue;
    return { consumerId, phone: newest.phone, references: cases.map((c) => c.reference) };
  }
  throw new Error(`the seed has no consumer with a phone whose cases are all closed and recent (of ${byConsumer.size} with a phone)`);
}

/** A mobile number no consumer in the database has. */
export async function unknownPhone(deps: Deps): Promise<string> {
  for (let n = 0; n < 1000; n++) {
    const phone = `+4670999${String(n).padStart(4, '0')}`;
    const hit = await deps.db.kysely.selectFrom('consumers').select('id').where('phone', '=', phone).executeTakeFirst();
    if (!hit) return phone;
  }
  throw new Error('no free phone number');
}

export interface PartnerToCall {
  topicId: string;
  municipalityCode: string;
  partnerId: string;
  name: string;
  /** As the contact card shows it (e.g. "08-123 45 67"). */
  phone: string;
}

/** A topic whose partner lookup in Stockholm gives a card with a phone number: a partner to put a call through to. */
export async function partnerToCall(serverUrl: string, token: string, deps: Deps): Promise<PartnerToCall> {
  const topics = await deps.db.kysely.selectFrom('topics').select('id').orderBy('sort').orderBy('id').execute();
  for (const { id } of topics) {
    const res = await fetch(`${serverUrl}/v1/partners/lookup?topic=${encodeURIComponent(id)}&municipality=${FALLBACK_MUNICIPALITY}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`partner lookup failed: ${res.status} ${await res.text()}`);
    const first = ((await res.json()) as { items: Array<{ partner: { id: string; name: string; phone: string | null } }> }).items.find((i) => i.partner.phone);
    if (first?.partner.phone) return { topicId: id, municipalityCode: FALLBACK_MUNICIPALITY, partnerId: first.partner.id, name: first.partner.name, phone: first.partner.phone };
  }
  throw new Error(`no topic has a partner with a phone number in ${FALLBACK_MUNICIPALITY}`);
}
