// Current state of the entities named by change-log rows, loaded in one batch
// per entity type. The feed sends current state, not history: a cache only
// needs to converge.
import type { Q } from '../deps.js';
import type { SyncEntity } from '../db/schema.js';
import type { Case, CaseLink, Note, Referral } from '../cases/model.js';
import { toCase } from '../cases/model.js';
import { loadLinkRows } from '../cases/read.js';
import { toConsumer, type Consumer } from '../consumers/service.js';
import type { Topic } from '../topics/service.js';
import { toCards, type PartnerCard } from '../partners/cards.js';
import type { Municipality } from '../partners/municipalities.js';
import { toArticle, topicsOf, type Article } from '../knowledge/model.js';

export type EntityData =
  | { entity: 'case'; data: Case }
  | { entity: 'note'; data: Note }
  | { entity: 'referral'; data: Referral }
  | { entity: 'case_link'; data: CaseLink }
  | { entity: 'consumer'; data: Consumer }
  | { entity: 'topic'; data: Topic }
  | { entity: 'municipality'; data: Municipality }
  | { entity: 'partner'; data: PartnerCard }
  | { entity: 'article'; data: Article };

type Loader = (q: Q, ids: string[], at: Date) => Promise<EntityData[]>;

const loaders: Record<SyncEntity, Loader> = {
  async case(q, ids) {
    const rows = await q.selectFrom('cases').selectAll().where('id', 'in', ids).execute();
    return rows.map((r) => ({ entity: 'case', data: toCase(r) }));
  },
  async note(q, ids) {
    const rows = await q
      .selectFrom('case_notes')
      .innerJoin('users', 'users.id', 'case_notes.author_id')
      .select(['case_notes.id', 'case_notes.case_id', 'case_notes.author_id', 'users.display_name', 'case_notes.body', 'case_notes.created_at'])
      .where('case_notes.id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      entity: 'note',
      data: { id: r.id, caseId: r.case_id, authorId: r.author_id, authorName: r.display_name, body: r.body, createdAt: r.created_at },
    }));
  },
  async referral(q, ids) {
    const rows = await q
      .selectFrom('referrals')
      .innerJoin('partners', 'partners.id', 'referrals.partner_id')
      .select(['referrals.id', 'referrals.case_id', 'referrals.partner_id', 'partners.name', 'referrals.reason', 'referrals.method', 'referrals.created_by', 'referrals.created_at'])
      .where('referrals.id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      entity: 'referral',
      data: {
        id: r.id, caseId: r.case_id, partnerId: r.partner_id, partnerName: r.name, reason: r.reason,
        method: r.method, createdBy: r.created_by, createdAt: r.created_at,
      },
    }));
  },
  async case_link(q, ids) {
    return (await loadLinkRows(q, ids)).map((data) => ({ entity: 'case_link', data }));
  },
  async consumer(q, ids) {
    const rows = await q.selectFrom('consumers').selectAll().where('id', 'in', ids).execute();
    return rows.map((r) => ({ entity: 'consumer', data: toConsumer(r) }));
  },
  async topic(q, ids) {
    const rows = await q.selectFrom('topics').selectAll().where('id', 'in', ids).execute();
    return rows.map((r) => ({ entity: 'topic', data: { id: r.id, parentId: r.parent_id, labelSv: r.label_sv, labelEn: r.label_en, sort: r.sort } }));
  },
  async municipality(q, ids) {
    const rows = await q.selectFrom('municipalities').selectAll().where('code', 'in', ids).execute();
    return rows.map((r) => ({ entity: 'municipality', data: { code: r.code, name: r.name, countyCode: r.county_code, countyName: r.county_name } }));
  },
  async partner(q, ids, at) {
    const rows = await q.selectFrom('partners').selectAll().where('id', 'in', ids).where('active', '=', 1).execute();
    // openNow in a cached card is as of the pull; the desktop recomputes it from openingHours.
    return (await toCards(q, rows, at)).map((data) => ({ entity: 'partner', data }));
  },
  async article(q, ids) {
    const rows = await q.selectFrom('articles').selectAll().where('id', 'in', ids).where('status', '=', 'published').execute();
    const topics = await topicsOf(q, rows.map((r) => r.id));
    return rows.map((r) => ({ entity: 'article', data: toArticle(r, topics.get(r.id) ?? []) }));
  },
};

/** Loads the named entities; the map is keyed "<entity>:<id>" and omits those that no longer exist. */
export async function loadEntities(q: Q, at: Date, refs: ReadonlyArray<{ entity: SyncEntity; id: string }>): Promise<Map<string, EntityData>> {
  const byType = new Map<SyncEntity, string[]>();
  for (const r of refs) {
    const list = byType.get(r.entity);
    if (list) list.push(r.id);
    else byType.set(r.entity, [r.id]);
  }
  const out = new Map<string, EntityData>();
  for (const [entity, ids] of byType) {
    for (let i = 0; i < ids.length; i += 500) {
      for (const d of await loaders[entity](q, ids.slice(i, i + 500), at)) {
        out.set(`${d.entity}:${'code' in d.data ? d.data.code : d.data.id}`, d);
      }
    }
  }
  return out;
}
