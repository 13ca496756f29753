// Topics, municipalities and partner contact cards from the cache. Partner
// lookup ranks as the backend does (backend/src/partners/lookup.ts): local
// help before national, the exact topic before its parent, open now before
// closed; openNow is computed at the moment of the lookup, not of the pull.
import type { Municipality, Partner, PartnerLookup, PartnerQuery, Topic } from '../../bridge.js';
import { ALWAYS_CLOSED, isOpenAt, nextOpening, parseOpeningHours } from '../../../backend/src/partners/opening-hours.js';
import type { CacheDb } from '../cache/open-cache.js';

type MatchReason = PartnerLookup['items'][number]['reasons'][number];

// Weights are powers of two so each criterion outranks all weaker ones combined (as the backend's).
const LOCAL = 4;
const EXACT_TOPIC = 2;
const OPEN_NOW = 1;

// Code-unit order, so the cache and both server dialects agree.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The card with its opening state as of `at`. */
function atMoment(card: Partner, at: Date): Partner {
  const hours = parseOpeningHours(JSON.stringify(card.openingHours)) ?? ALWAYS_CLOSED;
  const next = nextOpening(hours, at);
  return { ...card, openNow: isOpenAt(hours, at), nextOpening: next ? next.toISOString() : null };
}

export function createReferenceReads(db: CacheDb) {
  const s = {
    topics: db.prepare<[], { data: string }>('SELECT data FROM topics ORDER BY sort, id'),
    topic: db.prepare<[string], { id: string; parent_id: string | null }>('SELECT id, parent_id FROM topics WHERE id = ?'),
    municipalities: db.prepare<[], { data: string }>('SELECT data FROM municipalities ORDER BY name, code'),
    partner: db.prepare<[string], { data: string }>('SELECT data FROM partners WHERE id = ?'),
    candidates: db.prepare<{ topics: string; municipality: string }, { data: string }>(
      `SELECT p.data FROM partners p
       WHERE p.active = 1
         AND EXISTS (SELECT 1 FROM partner_topics pt WHERE pt.partner_id = p.id AND pt.topic_id IN (SELECT value FROM json_each(@topics)))
         AND (p.national = 1 OR EXISTS (SELECT 1 FROM partner_municipalities pm
              WHERE pm.partner_id = p.id AND pm.municipality_code = @municipality))`,
    ),
  };
  return {
    listTopics: (): Topic[] => s.topics.all().map((r) => JSON.parse(r.data) as Topic),
    listMunicipalities: (): Municipality[] => s.municipalities.all().map((r) => JSON.parse(r.data) as Municipality),
    getPartner(id: string, at: Date): Partner | null {
      const r = s.partner.get(id);
      return r ? atMoment(JSON.parse(r.data) as Partner, at) : null;
    },
    /** An unknown topic (not in the cache) finds nobody rather than failing. */
    lookupPartners(query: PartnerQuery, at: Date): PartnerLookup {
      const out: PartnerLookup = { topic: query.topicId, municipality: query.municipalityCode, at: at.toISOString(), items: [] };
      const topic = s.topic.get(query.topicId);
      if (!topic) return out;
      const topics = topic.parent_id ? [topic.id, topic.parent_id] : [topic.id];
      const rows = s.candidates.all({ topics: JSON.stringify(topics), municipality: query.municipalityCode });
      out.items = rows.map((r) => {
        const partner = atMoment(JSON.parse(r.data) as Partner, at);
        const local = partner.municipalities.includes(query.municipalityCode);
        const exact = partner.topics.includes(query.topicId);
        const reasons: MatchReason[] = [exact ? 'topic_exact' : 'topic_parent', local ? 'local' : 'national'];
        if (partner.openNow) reasons.push('open_now');
        const rank = (local ? LOCAL : 0) + (exact ? EXACT_TOPIC : 0) + (partner.openNow ? OPEN_NOW : 0);
        return { rank, reasons, partner };
      });
      out.items.sort((a, b) => b.rank - a.rank || compare(a.partner.name, b.partner.name) || compare(a.partner.id, b.partner.id));
      return out;
    },
  };
}
