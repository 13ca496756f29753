// Human-readable case references, HK-<year>-<6 digits>, numbered per year.
// The counter row is upserted atomically, so concurrent creations (two backend
// instances on one PostgreSQL) never share a number.
import type { Q } from '../deps.js';

export async function nextCaseReference(q: Q, at: Date): Promise<string> {
  const year = at.getUTCFullYear();
  const { value } = await q
    .insertInto('counters')
    .values({ name: `case_ref_${year}`, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return `HK-${year}-${String(value).padStart(6, '0')}`;
}
