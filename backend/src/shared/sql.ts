// Small SQL building blocks that differ between the dialects.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../db/connect.js';

/** LIKE pattern for "contains", with the user's wildcards escaped. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive "column contains text". PostgreSQL's ILIKE folds case fully;
 * SQLite's LIKE folds ASCII only, which is why names are also matched in lower case.
 */
export function containsText(dialect: DialectName, column: string, text: string): Expression<SqlBool> {
  return likePattern(dialect, column, likeContains(text));
}

/** `column LIKE pattern`, case-insensitive, for a pattern made by likeContains (or a placeholder for one). */
export function likePattern(dialect: DialectName, column: string, pattern: string): Expression<SqlBool> {
  return dialect === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} ILIKE ${pattern} ESCAPE '\\'`
    : sql<SqlBool>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
}
