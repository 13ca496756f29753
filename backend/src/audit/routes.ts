import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { supervisors } from '../http/access.js';
import { Id, Nullable, ref, Timestamp } from '../http/schemas.js';
import { queryAudit } from './query.js';

const AuditEntrySchema = Type.Object(
  {
    id: Type.Integer(),
    at: Timestamp,
    userId: Nullable(Type.String()),
    username: Nullable(Type.String()),
    action: Type.String(),
    entityType: Nullable(Type.String()),
    entityId: Nullable(Type.String()),
    ip: Nullable(Type.String()),
    detail: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'AuditEntry' },
);
const AuditPage = Type.Object({ items: Type.Array(ref(AuditEntrySchema)), nextCursor: Nullable(Type.String()) }, { $id: 'AuditPage' });
const AuditQuery = Type.Object(
  {
    user: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z_.]+$' })),
    entityType: Type.Optional(Type.String({ maxLength: 30, pattern: '^[a-z_]+$' })),
    entityId: Type.Optional(Id),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

export const auditDomain: Domain = {
  name: 'audit',
  schemas: [AuditEntrySchema, AuditPage],
  routes(app, deps) {
    app.get(
      '/v1/audit',
      {
        config: { auth: supervisors },
        schema: {
          tags: ['audit'],
          summary: 'The audit log, newest first: who read or changed what, when and from where',
          querystring: AuditQuery,
          response: { 200: ref(AuditPage) },
        },
      },
      async (req) => queryAudit(deps, req.query),
    );
  },
};
