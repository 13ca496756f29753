// Reading the audit log (supervisor and admin only), newest first, paged by id.
import type { Deps } from '../deps.js';

export interface AuditFilter {
  user?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export async function queryAudit(deps: Deps, f: AuditFilter) {
  const limit = f.limit ?? 100;
  let q = deps.db.kysely.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id').selectAll('audit_log').select('users.username');
  if (f.user) q = q.where('audit_log.user_id', '=', f.user);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.from) q = q.where('audit_log.at', '>=', new Date(f.from).toISOString());
  if (f.to) q = q.where('audit_log.at', '<', new Date(f.to).toISOString());
  if (f.cursor) q = q.where('audit_log.id', '<', Number(f.cursor));
  const rows = await q.orderBy('audit_log.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.user_id,
      username: r.username,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      ip: r.ip,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    })),
    nextCursor: rows.length > limit && last ? String(last.id) : null,
  };
}
