// The audit log: every read of personal data and every change, append-only.
import type { Actor, Q } from '../deps.js';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  detail?: Record<string, unknown>;
}

export async function audit(q: Q, at: Date, actor: { userId: string | null; ip: string | null } | null, entry: AuditEntry): Promise<void> {
  await q
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      user_id: actor?.userId ?? null,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId ?? null,
      ip: actor?.ip ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** One audit row per read entity, inserted in one statement. */
export async function auditReads(
  q: Q,
  at: Date,
  actor: Pick<Actor, 'userId' | 'ip'>,
  action: string,
  entityType: string,
  ids: readonly string[],
  detail: Record<string, unknown> = {},
): Promise<void> {
  if (ids.length === 0) return;
  const rows = [...new Set(ids)].map((id) => ({
    at: at.toISOString(),
    user_id: actor.userId,
    action,
    entity_type: entityType,
    entity_id: id,
    ip: actor.ip,
    detail: JSON.stringify(detail),
  }));
  // Chunked: SQLite limits bound parameters per statement.
  for (let i = 0; i < rows.length; i += 100) await q.insertInto('audit_log').values(rows.slice(i, i + 100)).execute();
}
