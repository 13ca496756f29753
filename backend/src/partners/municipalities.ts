// Sweden's municipalities (kommuner): the regions partners cover.
import type { Q } from '../deps.js';
import { invalidReference } from '../http/problem.js';

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

export async function listMunicipalities(q: Q): Promise<Municipality[]> {
  const rows = await q.selectFrom('municipalities').selectAll().orderBy('name').orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, name: r.name, countyCode: r.county_code, countyName: r.county_name }));
}

/** Throws 422 invalid_reference unless every code names a municipality. */
export async function assertMunicipalitiesExist(q: Q, codes: readonly string[], field = 'municipality'): Promise<void> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return;
  const found = await q.selectFrom('municipalities').select('code').where('code', 'in', unique).execute();
  const known = new Set(found.map((r) => r.code));
  const missing = unique.find((c) => !known.has(c));
  if (missing !== undefined) throw invalidReference(field, missing);
}
