import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, allStaff } from '../http/access.js';
import { ref, Role, Timestamp } from '../http/schemas.js';
import { currentUser, login, logout } from './service.js';

export const UserSchema = Type.Object(
  { id: Type.String(), username: Type.String(), displayName: Type.String(), role: ref(Role) },
  { $id: 'User' },
);

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const LoginResult = Type.Object(
  { token: Type.String(), expiresAt: Timestamp, user: ref(UserSchema) },
  { $id: 'LoginResult' },
);

export const authDomain: Domain = {
  name: 'auth',
  schemas: [UserSchema, LoginResult],
  routes(app, deps) {
    app.post(
      '/v1/auth/login',
      {
        config: { auth: 'public' },
        schema: { tags: ['auth'], summary: 'Sign in; returns an opaque session token', body: LoginBody, response: { 200: ref(LoginResult) } },
      },
      async (req) => login(deps, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null }),
    );
    app.post(
      '/v1/auth/logout',
      { config: { auth: allStaff }, schema: { tags: ['auth'], summary: 'End this session', response: { 204: Type.Null() } } },
      async (req, reply) => {
        await logout(deps, actorOf(req));
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/v1/auth/me',
      { config: { auth: allStaff }, schema: { tags: ['auth'], summary: 'The signed-in user', response: { 200: ref(UserSchema) } } },
      async (req) => currentUser(deps, actorOf(req)),
    );
  },
};
