// A conflict's "mine" and "theirs" are whatever the change carried: show them
// as field/value rows, never as markup. Nested values become compact JSON.

export interface VersionRow {
  field: string;
  value: string;
}

export function describeVersion(value: unknown): VersionRow[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ field: '', value: show(value) }];
  return Object.entries(value as Record<string, unknown>).map(([field, v]) => ({ field, value: show(v) }));
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Fields whose value differs between the two versions, to highlight them. */
export function changedFields(mine: VersionRow[], theirs: VersionRow[]): Set<string> {
  const theirMap = new Map(theirs.map((r) => [r.field, r.value]));
  return new Set(mine.filter((r) => theirMap.has(r.field) && theirMap.get(r.field) !== r.value).map((r) => r.field));
}
