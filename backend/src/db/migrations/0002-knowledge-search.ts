// Knowledge search, second step. PostgreSQL: a text search configuration that
// folds diacritics while parsing, so ts_headline can mark "försäkring" in the
// original text for the folded query term "forsakr" (the search column itself
// folds with halla_unaccent() before parsing, which a headline cannot do
// without showing the folded text). Both dialects: an index for the article
// list, which pages by (title, id) within a status.
import { sql } from 'kysely';
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

export async function up(db: MigrationDb, dialect: DialectName): Promise<void> {
  await db.schema.createIndex('articles_list').on('articles').columns(['status', 'title', 'id']).execute();
  if (dialect !== 'postgres') return;
  await sql`CREATE TEXT SEARCH CONFIGURATION halla_folded (COPY = pg_catalog.simple)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION halla_folded
    ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.simple`.execute(db);
}
