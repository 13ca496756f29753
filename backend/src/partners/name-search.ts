// Case-insensitive "name contains" that also folds the Swedish letters. Neither
// SQLite's lower() nor PostgreSQL's under the C locale folds Å/Ä/Ö/É, and
// partner names are full of them ("Konsumentvägledning Örebro").
import { sql, type Expression, type SqlBool } from 'kysely';
import { likeContains } from '../shared/sql.js';

const FOLDS: ReadonlyArray<readonly [string, string]> = [['Å', 'å'], ['Ä', 'ä'], ['Ö', 'ö'], ['É', 'é'], ['Ü', 'ü']];

export function nameContains(column: string, text: string): Expression<SqlBool> {
  let folded = sql<string>`lower(${sql.ref(column)})`;
  for (const [upper, lower] of FOLDS) folded = sql<string>`replace(${folded}, ${upper}, ${lower})`;
  return sql<SqlBool>`${folded} LIKE ${likeContains(text.toLowerCase())} ESCAPE '\\'`;
}
