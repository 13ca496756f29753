// "Who can help with topic T for a consumer in municipality M?" — the referral
// suggestion. Ranked so an adviser's first choice is usually right: local help
// before national, the exact topic before its parent, open now before closed;
// the reasons travel with each match so the UI can say why.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { invalidReference } from '../http/problem.js';
import { topicWithAncestors } from '../topics/service.js';
import { toCards, type PartnerCard } from './cards.js';
import { assertMunicipalitiesExist } from './municipalities.js';
import type { MatchReasonSchema } from './schemas.js';

type MatchReason = Static<typeof MatchReasonSchema>;

export interface PartnerMatch {
  rank: number;
  reasons: MatchReason[];
  partner: PartnerCard;
}

export interface PartnerLookup {
  topic: string;
  municipality: string;
  at: string;
  items: PartnerMatch[];
}

// Weights are powers of two so each criterion outranks all weaker ones combined.
const LOCAL = 4;
const EXACT_TOPIC = 2;
const OPEN_NOW = 1;

export async function lookupPartners(deps: Deps, input: { topic: string; municipality: string; at?: string }): Promise<PartnerLookup> {
  const q = deps.db.kysely;
  const at = input.at ? new Date(input.at) : deps.clock.now();
  const topics = await topicWithAncestors(q, input.topic);
  if (topics.length === 0) throw invalidReference('topic', input.topic);
  await assertMunicipalitiesExist(q, [input.municipality]);

  const rows = await q
    .selectFrom('partners')
    .selectAll('partners')
    .where('partners.active', '=', 1)
    .where((eb) =>
      eb.exists(eb.selectFrom('partner_topics as pt').select('pt.partner_id').whereRef('pt.partner_id', '=', 'partners.id').where('pt.topic_id', 'in', topics)),
    )
    .where((eb) =>
      eb.or([
        eb('partners.national', '=', 1),
        eb.exists(
          eb
            .selectFrom('partner_municipalities as pm')
            .select('pm.partner_id')
            .whereRef('pm.partner_id', '=', 'partners.id')
            .where('pm.municipality_code', '=', input.municipality),
        ),
      ]),
    )
    .execute();

  const items = (await toCards(q, rows, at)).map((partner): PartnerMatch => {
    const local = partner.municipalities.includes(input.municipality);
    const exact = partner.topics.includes(input.topic);
    const reasons: MatchReason[] = [exact ? 'topic_exact' : 'topic_parent', local ? 'local' : 'national'];
    if (partner.openNow) reasons.push('open_now');
    const rank = (local ? LOCAL : 0) + (exact ? EXACT_TOPIC : 0) + (partner.openNow ? OPEN_NOW : 0);
    return { rank, reasons, partner };
  });
  items.sort((a, b) => b.rank - a.rank || compare(a.partner.name, b.partner.name) || compare(a.partner.id, b.partner.id));
  return { topic: input.topic, municipality: input.municipality, at: at.toISOString(), items };
}

// Code-unit order, so both dialects and every locale agree.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
