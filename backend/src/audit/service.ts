// The audit log: every read of personal data and every change, append-only.
import type { Actor, Q } from '../deps.js';
import type { Insertable } from 'kysely';
import type { Db } from '../db/connect.js';
import type { AuditLogTable } from '../db/schema.js';
import { Problem } from '../http/problem.js';

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

type AuditRow = Insertable<AuditLogTable>;

/**
 * Group commit for read audits. Each read's row would otherwise be its own
 * transaction (a WAL append and, now and then, a checkpoint with fsync). Rows
 * written in the same turn of the event loop go in one transaction; every
 * caller still waits until its row is committed before answering, so no read
 * is ever served unaudited.
 */
class ReadAuditBatcher {
  private rows: AuditRow[] = [];
  private waiters: Array<{ resolve(): void; reject(e: unknown): void }> = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  add(row: AuditRow): Promise<void> {
    return new Promise((resolve, reject) => {
      this.rows.push(row);
      this.waiters.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const rows = this.rows;
    const waiters = this.waiters;
    this.rows = [];
    this.waiters = [];
    this.scheduled = false;
    try {
      await this.db.kysely.transaction().execute(async (trx) => {
        // Chunked: SQLite limits bound parameters per statement.
        for (let i = 0; i < rows.length; i += 100) await trx.insertInto('audit_log').values(rows.slice(i, i + 100)).execute();
      });
      for (const w of waiters) w.resolve();
    } catch (err) {
      for (const w of waiters) w.reject(err);
    }
  }
}

const batchers = new WeakMap<Db, ReadAuditBatcher>();

/** Audits a read outside any transaction of the caller's, batched with concurrent reads. */
export function auditRead(db: Db, at: Date, actor: { userId: string | null; ip: string | null }, entry: AuditEntry): Promise<void> {
  let b = batchers.get(db);
  if (!b) {
    b = new ReadAuditBatcher(db);
    batchers.set(db, b);
  }
  return b.add({
    at: at.toISOString(),
    user_id: actor.userId,
    action: entry.action,
    entity_type: entry.entityType ?? null,
    entity_id: entry.entityId ?? null,
    ip: actor.ip,
    detail: JSON.stringify(entry.detail ?? {}),
  });
}

/**
 * A version conflict answers with the record as it is now: that is a read of
 * it, audited here because the failed change's own transaction (and its audit
 * entry) was rolled back.
 */
export async function auditConflictRead(
  db: Db,
  at: Date,
  actor: { userId: string | null; ip: string | null },
  err: unknown,
  entityType: 'case' | 'consumer',
  entityId: string,
): Promise<void> {
  if (err instanceof Problem && err.code === 'version_conflict') {
    await auditRead(db, at, actor, { action: `${entityType}.read`, entityType, entityId, detail: { via: 'version_conflict' } });
  }
}
