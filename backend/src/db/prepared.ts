// Hot queries built once. Kysely builds and compiles a query on every call,
// which costs more than running a small indexed query; for the handful of
// queries every request runs (session lookup, case read, audit insert) we
// build the query once with named placeholders, keep its SQL, and pass only the
// values on each call. The SQL is still written once for both dialects.
import { CompiledQuery, type Compilable } from 'kysely';
import type { Q } from '../deps.js';
import type { DialectName } from './connect.js';

const MARK = '\u0000param:';

/** A placeholder for a value supplied per call. */
export const param = <T>(name: string): T => `${MARK}${name}` as unknown as T;

/** Where to run a prepared query: a handle (database or transaction) and its dialect. */
export interface Target {
  q: Q;
  dialect: DialectName;
}

export interface Prepared<P extends Record<string, unknown>, R> {
  rows(t: Target, values: P): Promise<R[]>;
  first(t: Target, values: P): Promise<R | undefined>;
  run(t: Target, values: P): Promise<void>;
}

interface Compiled {
  sql: string;
  slots: Array<{ name: string } | { value: unknown }>;
}

export function prepare<P extends Record<string, unknown>, R>(build: (q: Q) => Compilable<R>): Prepared<P, R> {
  // The SQL differs per dialect; each is compiled the first time it is needed.
  const byDialect = new Map<DialectName, Compiled>();
  const query = (t: Target, values: P) => {
    let c = byDialect.get(t.dialect);
    if (!c) {
      const compiled = build(t.q).compile();
      c = {
        sql: compiled.sql,
        slots: compiled.parameters.map((v) => (typeof v === 'string' && v.startsWith(MARK) ? { name: v.slice(MARK.length) } : { value: v })),
      };
      byDialect.set(t.dialect, c);
    }
    return CompiledQuery.raw(c.sql, c.slots.map((s) => ('name' in s ? values[s.name] : s.value))) as CompiledQuery<R>;
  };
  return {
    async rows(t, values) {
      return (await t.q.executeQuery(query(t, values))).rows;
    },
    async first(t, values) {
      return (await t.q.executeQuery(query(t, values))).rows[0];
    },
    async run(t, values) {
      await t.q.executeQuery(query(t, values));
    },
  };
}
