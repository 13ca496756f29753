import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, admins } from '../http/access.js';
import { IdParams, Nullable, ref, Role, Timestamp } from '../http/schemas.js';
import { createUser, listActiveSessions, listUsers, revokeSession, updateUser } from './service.js';

const AdminUser = Type.Object(
  {
    id: Type.String(),
    username: Type.String(),
    displayName: Type.String(),
    role: ref(Role),
    active: Type.Boolean(),
    createdAt: Timestamp,
  },
  { $id: 'AdminUser' },
);
const Session = Type.Object(
  {
    id: Type.String(),
    userId: Type.String(),
    username: Type.String(),
    createdAt: Timestamp,
    lastSeenAt: Timestamp,
    expiresAt: Timestamp,
    ip: Nullable(Type.String()),
    userAgent: Nullable(Type.String()),
  },
  { $id: 'Session' },
);
const Password = Type.String({ minLength: 12, maxLength: 200, description: 'At least 12 characters' });
const NewUserBody = Type.Object(
  {
    username: Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    role: ref(Role),
    password: Password,
  },
  { additionalProperties: false },
);
const UserPatch = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(ref(Role)),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const usersDomain: Domain = {
  name: 'users',
  schemas: [AdminUser, Session],
  routes(app, deps) {
    const tags = ['admin'];
    app.get(
      '/v1/admin/users',
      { config: { auth: admins }, schema: { tags, summary: 'All users', response: { 200: Type.Array(ref(AdminUser)) } } },
      async () => listUsers(deps),
    );
    app.post(
      '/v1/admin/users',
      { config: { auth: admins }, schema: { tags, summary: 'Create a user', body: NewUserBody, response: { 201: ref(AdminUser) } } },
      async (req, reply) => reply.code(201).send(await createUser(deps, actorOf(req), req.body)),
    );
    app.patch(
      '/v1/admin/users/:id',
      {
        config: { auth: admins },
        schema: { tags, summary: 'Change a user; a role change, deactivation or new password ends their sessions', params: IdParams, body: UserPatch, response: { 200: ref(AdminUser) } },
      },
      async (req) => updateUser(deps, actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/v1/admin/sessions',
      { config: { auth: admins }, schema: { tags, summary: 'Active sessions', response: { 200: Type.Array(ref(Session)) } } },
      async () => listActiveSessions(deps),
    );
    app.delete(
      '/v1/admin/sessions/:id',
      { config: { auth: admins }, schema: { tags, summary: 'Revoke a session', params: IdParams, response: { 204: Type.Null() } } },
      async (req, reply) => {
        await revokeSession(deps, actorOf(req), req.params.id);
        return reply.code(204).send(null);
      },
    );
  },
};
