// The first schema. Migrations are append-only: never edit this file once it
// has shipped; add a new numbered file instead.
import { sql } from 'kysely';
import type { DialectName } from '../connect.js';
import type { MigrationDb as AnyDb } from './index.js';

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  const autoId = dialect === 'postgres' ? 'serial' : 'integer';

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('topics.id'))
    .addColumn('label_sv', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text', (c) => c.notNull())
    .addColumn('county_name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consumers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('municipality_code', 'text', (c) => c.references('municipalities.code'))
    .addColumn('language', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Phone and e-mail are stored normalised (digits with +46, lower case), so
  // equality lookups find a returning consumer.
  await db.schema.createIndex('consumers_phone').on('consumers').column('phone').execute();
  await db.schema.createIndex('consumers_email').on('consumers').column('email').execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('consumer_id', 'text', (c) => c.references('consumers.id'))
    .addColumn('topic_id', 'text', (c) => c.references('topics.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('assigned_adviser_id', 'text', (c) => c.references('users.id'))
    .addColumn('subject', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  // The case list pages by (created_at, id) descending; filters narrow it first.
  await db.schema.createIndex('cases_created').on('cases').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'created_at', 'id']).execute();
  await db.schema.createIndex('cases_adviser').on('cases').columns(['assigned_adviser_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('cases_consumer').on('cases').column('consumer_id').execute();
  await db.schema.createIndex('cases_topic').on('cases').columns(['topic_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_notes_case').on('case_notes').columns(['case_id', 'created_at']).execute();

  await db.schema
    .createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description_sv', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('national', 'integer', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('web', 'text')
    .addColumn('referral_method', 'text', (c) => c.notNull())
    .addColumn('referral_instructions_sv', 'text', (c) => c.notNull())
    .addColumn('referral_instructions_en', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partner_municipalities')
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addPrimaryKeyConstraint('partner_municipalities_pk', ['partner_id', 'municipality_code'])
    .execute();
  await db.schema
    .createIndex('partner_municipalities_code')
    .on('partner_municipalities')
    .column('municipality_code')
    .execute();

  await db.schema
    .createTable('partner_topics')
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('partner_topics_pk', ['partner_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('partner_topics_topic').on('partner_topics').column('topic_id').execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referrals_case').on('referrals').column('case_id').execute();
  await db.schema.createIndex('referrals_partner').on('referrals').columns(['partner_id', 'created_at']).execute();

  await db.schema
    .createTable('case_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('linked_case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_links_pair', ['case_id', 'linked_case_id'])
    .execute();
  await db.schema.createIndex('case_links_linked').on('case_links').column('linked_case_id').execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('article_topics')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('topic_id', 'text', (c) => c.notNull().references('topics.id'))
    .addPrimaryKeyConstraint('article_topics_pk', ['article_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('article_topics_topic').on('article_topics').column('topic_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_user').on('audit_log').columns(['user_id', 'id']).execute();

  await db.schema
    .createTable('change_log')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('case_id', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('change_log_pk', ['entity', 'entity_id'])
    .execute();

  await db.schema
    .createTable('applied_mutations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  await sql`INSERT INTO counters (name, value) VALUES ('change_seq', 0)`.execute(db);

  // The audit log is append-only at the database level too, so no code path
  // (or hand-run statement through the app's connection) can rewrite history.
  if (dialect === 'postgres') {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }

  await createArticleSearch(db, dialect);
}

// Knowledge search: FTS5 on SQLite, a generated tsvector on PostgreSQL. Both
// fold diacritics, so "forsakring" finds "försäkring".
async function createArticleSearch(db: AnyDb, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, summary, body, tags,
      content='articles', content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')`.execute(db);
    await sql`CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts(rowid, title, summary, body, tags)
      VALUES (new.rowid, new.title, new.summary, new.body, new.tags); END`.execute(db);
    await sql`CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
      VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.tags); END`.execute(db);
    await sql`CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, summary, body, tags)
      VALUES ('delete', old.rowid, old.title, old.summary, old.body, old.tags);
      INSERT INTO articles_fts(rowid, title, summary, body, tags)
      VALUES (new.rowid, new.title, new.summary, new.body, new.tags); END`.execute(db);
    return;
  }
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  // unaccent() is only STABLE; a generated column needs an IMMUTABLE wrapper
  // that names its dictionary explicitly.
  await sql`CREATE FUNCTION halla_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);
  await sql`ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', halla_unaccent(title)), 'A') ||
      setweight(to_tsvector('simple', halla_unaccent(summary)), 'B') ||
      setweight(to_tsvector('simple', halla_unaccent(tags)), 'B') ||
      setweight(to_tsvector('simple', halla_unaccent(body)), 'C')) STORED`.execute(db);
  await sql`CREATE INDEX articles_search ON articles USING gin (search)`.execute(db);
}
