// The first cache schema. Append-only: a later change is a new file.
import type { CacheMigration } from '../migrate.js';

const TOKENIZE = "tokenize='unicode61 remove_diacritics 2'";

// Articles: diacritics folded and word prefixes of 2-5 characters indexed, so
// "forsakring" and "forsakr" both find "försäkring" quickly, and ranked
// (bm25) and snippeted, which needs the full detail.
const ARTICLE_FTS = `${TOKENIZE}, prefix='2 3 4 5'`;

// Case data: only "which rows match" is ever asked (case search orders by
// date), so no positions (detail=none) and no prefix indexes: a prefix query
// scans the term range instead, still fast at a desk's size, while the initial
// sync of 100,000 cases writes a quarter of the index entries.
const CASE_FTS = `${TOKENIZE}, detail=none`;

/**
 * An external-content FTS5 index over `table`. A new row's entry is written by
 * the entity store itself (cache/entities.ts: an AFTER INSERT trigger would
 * make FTS5 flush per row); updates and deletes are kept by triggers.
 */
function ftsOver(table: string, columns: string[], options: string): string {
  const fts = `${table}_fts`;
  const cols = columns.join(', ');
  const newCols = columns.map((c) => `new.${c}`).join(', ');
  const oldCols = columns.map((c) => `old.${c}`).join(', ');
  // An update that leaves the indexed text alone (a case touched by a new note, a status change) skips the index.
  const changed = columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');
  return `
    CREATE VIRTUAL TABLE ${fts} USING fts5(${cols}, content='${table}', content_rowid='rowid', ${options});
    CREATE TRIGGER ${fts}_ad AFTER DELETE ON ${table} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${oldCols});
    END;
    CREATE TRIGGER ${fts}_au AFTER UPDATE ON ${table} WHEN ${changed} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, ${cols}) VALUES ('delete', old.rowid, ${oldCols});
      INSERT INTO ${fts}(rowid, ${cols}) VALUES (new.rowid, ${newCols});
    END;`;
}

export const initial: CacheMigration = {
  name: '0001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE consumers (
        id TEXT PRIMARY KEY, name TEXT, phone TEXT, email TEXT,
        local INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX consumers_phone ON consumers(phone) WHERE phone IS NOT NULL;
      CREATE INDEX consumers_email ON consumers(email) WHERE email IS NOT NULL;
      CREATE INDEX consumers_local ON consumers(id) WHERE local = 1;

      CREATE TABLE cases (
        id TEXT PRIMARY KEY, reference TEXT NOT NULL, consumer_id TEXT, status TEXT NOT NULL,
        assigned_adviser_id TEXT, subject TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX cases_assigned ON cases(assigned_adviser_id, status, updated_at);
      CREATE INDEX cases_consumer ON cases(consumer_id);
      CREATE INDEX cases_updated ON cases(updated_at);

      CREATE TABLE notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX notes_case ON notes(case_id, created_at);
      CREATE TABLE referrals (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX referrals_case ON referrals(case_id, created_at);
      CREATE TABLE case_links (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, linked_case_id TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX case_links_case ON case_links(case_id);
      CREATE INDEX case_links_linked ON case_links(linked_case_id);

      CREATE TABLE topics (id TEXT PRIMARY KEY, parent_id TEXT, sort INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE INDEX topics_parent ON topics(parent_id);
      CREATE TABLE municipalities (code TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);

      CREATE TABLE partners (id TEXT PRIMARY KEY, name TEXT NOT NULL, national INTEGER NOT NULL, active INTEGER NOT NULL, data TEXT NOT NULL);
      CREATE TABLE partner_topics (topic_id TEXT NOT NULL, partner_id TEXT NOT NULL, PRIMARY KEY (topic_id, partner_id)) WITHOUT ROWID;
      CREATE INDEX partner_topics_partner ON partner_topics(partner_id);
      CREATE TABLE partner_municipalities (municipality_code TEXT NOT NULL, partner_id TEXT NOT NULL,
        PRIMARY KEY (municipality_code, partner_id)) WITHOUT ROWID;
      CREATE INDEX partner_municipalities_partner ON partner_municipalities(partner_id);

      CREATE TABLE articles (
        id TEXT PRIMARY KEY, language TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
        body TEXT NOT NULL, tags TEXT NOT NULL, meta TEXT NOT NULL);
      CREATE TABLE article_topics (topic_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (topic_id, article_id)) WITHOUT ROWID;
      CREATE INDEX article_topics_article ON article_topics(article_id);

      ${ftsOver('articles', ['title', 'summary', 'body', 'tags'], ARTICLE_FTS)}
      ${ftsOver('cases', ['reference', 'subject'], CASE_FTS)}
      ${ftsOver('notes', ['body'], CASE_FTS)}
      ${ftsOver('consumers', ['name'], CASE_FTS)}

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL,
        type TEXT NOT NULL,
        case_id TEXT,
        entity_id TEXT,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending')));
      CREATE INDEX outbox_user ON outbox(user_id, seq);
      CREATE INDEX outbox_case ON outbox(case_id, user_id);
      -- With outbox_case, the "pending changes?" check of a case view is two index lookups, not a scan of the outbox.
      CREATE INDEX outbox_entity ON outbox(entity_id, user_id);

      CREATE TABLE conflicts (
        mutation_id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('conflict', 'rejected')),
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        entity_id TEXT,
        case_id TEXT,
        mine TEXT NOT NULL,
        theirs TEXT,
        created_at TEXT NOT NULL);
      CREATE INDEX conflicts_user ON conflicts(user_id, created_at);

      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        cursor TEXT NOT NULL DEFAULT '0',
        last_sync_at TEXT,
        user_json TEXT);
      INSERT INTO sync_state (id) VALUES (1);
    `);
  },
};
