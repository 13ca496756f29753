// Small SQL building blocks shared by the domains.
import { sql, type Expression, type SqlBool } from 'kysely';

/** LIKE pattern for "contains", with the user's wildcards escaped. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

// Neither SQLite's lower() nor PostgreSQL's under the C locale folds Å/Ä/Ö/É,
// and Swedish names are full of them ("Åsa Öberg", "Konsumentvägledning Örebro").
const FOLDS: ReadonlyArray<readonly [string, string]> = [['Å', 'å'], ['Ä', 'ä'], ['Ö', 'ö'], ['É', 'é'], ['Ü', 'ü']];

/** `column LIKE pattern`, case-insensitive including Å/Ä/Ö; the pattern must be lower case (see containsText). */
export function likePattern(column: string, pattern: string): Expression<SqlBool> {
  let folded = sql<string>`lower(${sql.ref(column)})`;
  for (const [upper, lower] of FOLDS) folded = sql<string>`replace(${folded}, ${upper}, ${lower})`;
  return sql<SqlBool>`${folded} LIKE ${pattern} ESCAPE '\\'`;
}

/** Case-insensitive "column contains text", the same on both dialects. */
export function containsText(column: string, text: string): Expression<SqlBool> {
  return likePattern(column, likeContains(text.toLowerCase()));
}
