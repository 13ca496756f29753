// Writing the API's entities into the cache: one prepared statement per
// operation, reused for every row, so a feed page of hundreds of rows is a
// tight loop inside one transaction.
//
// A new row of an FTS-indexed table (cases, notes, consumers, articles) gets
// its index entry written here, by the same statement sequence, rather than by
// an AFTER INSERT trigger: FTS5 flushes its buffer at every trigger's
// statement savepoint, which made each insert ~4× dearer and capped the
// initial sync. Updates and deletes keep their triggers (0001-initial): they
// are rare, and only they need the old text.
import type { Article, Case, Consumer, Municipality, Note, Partner, Referral, Topic } from '../../bridge.js';
import type { components } from '../../../api-client/src/index.js';
import type { CacheDb } from './open-cache.js';
import type { CaseLinkRow, CaseRow, ConsumerRow, Flag, NoteRow, ReferralRow } from './schema.js';

export type SyncChange = components['schemas']['SyncChange'];
export type SyncEntity = components['schemas']['SyncEntity'];
export type CaseLink = components['schemas']['CaseLink'];
/** A link as a case view shows it; the extra fields come with GET /v1/cases/{id}. */
export type ViewLink = CaseLink & { linkedReference?: string; linkedStatus?: Case['status'] };

const flag = (b: boolean): Flag => (b ? 1 : 0);

export function createEntityStore(db: CacheDb) {
  const s = {
    case: db.prepare<CaseRow>(
      `INSERT INTO cases (id, reference, consumer_id, status, assigned_adviser_id, subject, created_at, updated_at, data)
       VALUES (@id, @reference, @consumer_id, @status, @assigned_adviser_id, @subject, @created_at, @updated_at, @data)
       ON CONFLICT (id) DO NOTHING`,
    ),
    caseUpdate: db.prepare<CaseRow>(
      `UPDATE cases SET reference = @reference, consumer_id = @consumer_id, status = @status, assigned_adviser_id = @assigned_adviser_id,
         subject = @subject, created_at = @created_at, updated_at = @updated_at, data = @data WHERE id = @id`,
    ),
    caseFts: db.prepare<[number | bigint, string, string | null]>('INSERT INTO cases_fts (rowid, reference, subject) VALUES (?, ?, ?)'),
    note: db.prepare<NoteRow>(
      `INSERT INTO notes (id, case_id, body, created_at, data) VALUES (@id, @case_id, @body, @created_at, @data)
       ON CONFLICT (id) DO NOTHING`,
    ),
    noteUpdate: db.prepare<NoteRow>('UPDATE notes SET case_id = @case_id, body = @body, created_at = @created_at, data = @data WHERE id = @id'),
    noteFts: db.prepare<[number | bigint, string]>('INSERT INTO notes_fts (rowid, body) VALUES (?, ?)'),
    referral: db.prepare<ReferralRow>(
      `INSERT INTO referrals (id, case_id, created_at, data) VALUES (@id, @case_id, @created_at, @data)
       ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id, created_at = excluded.created_at, data = excluded.data`,
    ),
    link: db.prepare<CaseLinkRow>(
      `INSERT INTO case_links (id, case_id, linked_case_id, created_at, data) VALUES (@id, @case_id, @linked_case_id, @created_at, @data)
       ON CONFLICT (id) DO UPDATE SET case_id = excluded.case_id, linked_case_id = excluded.linked_case_id,
         created_at = excluded.created_at, data = excluded.data`,
    ),
    consumer: db.prepare<ConsumerRow>(
      `INSERT INTO consumers (id, name, phone, email, local, updated_at, data) VALUES (@id, @name, @phone, @email, @local, @updated_at, @data)
       ON CONFLICT (id) DO NOTHING`,
    ),
    consumerUpdate: db.prepare<ConsumerRow>(
      `UPDATE consumers SET name = @name, phone = @phone, email = @email, local = @local, updated_at = @updated_at, data = @data
       WHERE id = @id`,
    ),
    consumerFts: db.prepare<[number | bigint, string | null]>('INSERT INTO consumers_fts (rowid, name) VALUES (?, ?)'),
    topic: db.prepare<[string, string | null, number, string]>(
      `INSERT INTO topics (id, parent_id, sort, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, sort = excluded.sort, data = excluded.data`,
    ),
    municipality: db.prepare<[string, string, string]>(
      `INSERT INTO municipalities (code, name, data) VALUES (?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, data = excluded.data`,
    ),
    partner: db.prepare<[string, string, Flag, Flag, string]>(
      `INSERT INTO partners (id, name, national, active, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, national = excluded.national, active = excluded.active, data = excluded.data`,
    ),
    partnerTopic: db.prepare<[string, string]>('INSERT OR IGNORE INTO partner_topics (topic_id, partner_id) VALUES (?, ?)'),
    partnerMunicipality: db.prepare<[string, string]>(
      'INSERT OR IGNORE INTO partner_municipalities (municipality_code, partner_id) VALUES (?, ?)',
    ),
    partnerTopicsClear: db.prepare<[string]>('DELETE FROM partner_topics WHERE partner_id = ?'),
    partnerMunicipalitiesClear: db.prepare<[string]>('DELETE FROM partner_municipalities WHERE partner_id = ?'),
    article: db.prepare<[string, string, string, string, string, string, string]>(
      `INSERT INTO articles (id, language, title, summary, body, tags, meta) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ),
    articleUpdate: db.prepare<[string, string, string, string, string, string, string]>(
      'UPDATE articles SET language = ?, title = ?, summary = ?, body = ?, tags = ?, meta = ? WHERE id = ?',
    ),
    articleFts: db.prepare<[number | bigint, string, string, string, string]>(
      'INSERT INTO articles_fts (rowid, title, summary, body, tags) VALUES (?, ?, ?, ?, ?)',
    ),
    articleTopic: db.prepare<[string, string]>('INSERT OR IGNORE INTO article_topics (topic_id, article_id) VALUES (?, ?)'),
    articleTopicsClear: db.prepare<[string]>('DELETE FROM article_topics WHERE article_id = ?'),
    del: {
      case: db.prepare<[string]>('DELETE FROM cases WHERE id = ?'),
      caseNotes: db.prepare<[string]>('DELETE FROM notes WHERE case_id = ?'),
      caseReferrals: db.prepare<[string]>('DELETE FROM referrals WHERE case_id = ?'),
      caseLinks: db.prepare<[string, string]>('DELETE FROM case_links WHERE case_id = ? OR linked_case_id = ?'),
      note: db.prepare<[string]>('DELETE FROM notes WHERE id = ?'),
      referral: db.prepare<[string]>('DELETE FROM referrals WHERE id = ?'),
      case_link: db.prepare<[string]>('DELETE FROM case_links WHERE id = ?'),
      consumer: db.prepare<[string]>('DELETE FROM consumers WHERE id = ?'),
      topic: db.prepare<[string]>('DELETE FROM topics WHERE id = ?'),
      municipality: db.prepare<[string]>('DELETE FROM municipalities WHERE code = ?'),
      partner: db.prepare<[string]>('DELETE FROM partners WHERE id = ?'),
      article: db.prepare<[string]>('DELETE FROM articles WHERE id = ?'),
    },
  };

  const store = {
    putCase(c: Case): void {
      const row: CaseRow = {
        id: c.id,
        reference: c.reference,
        consumer_id: c.consumerId,
        status: c.status,
        assigned_adviser_id: c.assignedAdviserId,
        subject: c.subject,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        data: JSON.stringify(c),
      };
      const inserted = s.case.run(row);
      if (inserted.changes === 1) s.caseFts.run(inserted.lastInsertRowid, row.reference, row.subject);
      else s.caseUpdate.run(row);
    },
    putNote(n: Note): void {
      const row: NoteRow = { id: n.id, case_id: n.caseId, body: n.body, created_at: n.createdAt, data: JSON.stringify(n) };
      const inserted = s.note.run(row);
      if (inserted.changes === 1) s.noteFts.run(inserted.lastInsertRowid, row.body);
      else s.noteUpdate.run(row);
    },
    putReferral(r: Referral): void {
      s.referral.run({ id: r.id, case_id: r.caseId, created_at: r.createdAt, data: JSON.stringify(r) });
    },
    putLink(l: ViewLink): void {
      s.link.run({ id: l.id, case_id: l.caseId, linked_case_id: l.linkedCaseId, created_at: l.createdAt, data: JSON.stringify(l) });
    },
    putConsumer(c: Consumer, local = false): void {
      const row: ConsumerRow = {
        id: c.id, name: c.name, phone: c.phone, email: c.email, local: flag(local), updated_at: c.updatedAt, data: JSON.stringify(c),
      };
      const inserted = s.consumer.run(row);
      if (inserted.changes === 1) s.consumerFts.run(inserted.lastInsertRowid, row.name);
      else s.consumerUpdate.run(row);
    },
    putTopic(t: Topic): void {
      s.topic.run(t.id, t.parentId, t.sort, JSON.stringify(t));
    },
    putMunicipality(m: Municipality): void {
      s.municipality.run(m.code, m.name, JSON.stringify(m));
    },
    putPartner(p: Partner): void {
      s.partner.run(p.id, p.name, flag(p.national), flag(p.active), JSON.stringify(p));
      s.partnerTopicsClear.run(p.id);
      s.partnerMunicipalitiesClear.run(p.id);
      for (const t of p.topics) s.partnerTopic.run(t, p.id);
      for (const m of p.municipalities) s.partnerMunicipality.run(m, p.id);
    },
    putArticle(a: Article): void {
      // The feed sends published articles only; anything else is not for the cache.
      if (a.status !== 'published') {
        store.remove('article', a.id);
        return;
      }
      const { body, ...meta } = a;
      const tags = a.tags.join(' ');
      const metaJson = JSON.stringify(meta);
      const inserted = s.article.run(a.id, a.language, a.title, a.summary, body, tags, metaJson);
      if (inserted.changes === 1) s.articleFts.run(inserted.lastInsertRowid, a.title, a.summary, body, tags);
      else s.articleUpdate.run(a.language, a.title, a.summary, body, tags, metaJson, a.id);
      s.articleTopicsClear.run(a.id);
      for (const t of a.topicIds) s.articleTopic.run(t, a.id);
    },
    remove(entity: SyncEntity, id: string): void {
      switch (entity) {
        case 'case':
          s.del.case.run(id);
          s.del.caseNotes.run(id);
          s.del.caseReferrals.run(id);
          s.del.caseLinks.run(id, id);
          return;
        case 'partner':
          s.del.partner.run(id);
          s.partnerTopicsClear.run(id);
          s.partnerMunicipalitiesClear.run(id);
          return;
        case 'article':
          s.del.article.run(id);
          s.articleTopicsClear.run(id);
          return;
        default:
          s.del[entity].run(id);
      }
    },
    /** Applies one change from the feed. */
    apply(change: SyncChange): void {
      if (change.op === 'delete') {
        store.remove(change.entity, change.id);
        return;
      }
      switch (change.entity) {
        case 'case':
          return store.putCase(change.data);
        case 'note':
          return store.putNote(change.data);
        case 'referral':
          return store.putReferral(change.data);
        case 'case_link':
          return store.putLink(change.data);
        case 'consumer':
          return store.putConsumer(change.data);
        case 'topic':
          return store.putTopic(change.data);
        case 'municipality':
          return store.putMunicipality(change.data);
        case 'partner':
          return store.putPartner(change.data);
        case 'article':
          return store.putArticle(change.data);
      }
    },
  };
  return store;
}

export type EntityStore = ReturnType<typeof createEntityStore>;
