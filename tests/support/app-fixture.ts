// A built app on a fresh database of one dialect, with one user per role.
// Requests go through app.inject: the whole HTTP stack, no socket.
import type { DialectName } from '../../backend/src/db/connect.js';
import type { Role } from '../../backend/src/db/schema.js';
import { buildApp, type App } from '../../backend/src/app.js';
import { insertUser } from '../../backend/src/users/service.js';
import type { Config } from '../../backend/src/config.js';
import { createTestDeps, type TestDeps } from './test-db.js';

export const PASSWORD = 'correct horse battery';

export interface Fixture {
  app: App;
  deps: TestDeps;
  users: Record<Role, string>;
  /** A fresh session token for a user created by the fixture. */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

export async function createFixture(dialect: DialectName, config: Partial<Config> = {}): Promise<Fixture> {
  const deps = await createTestDeps(dialect, config);
  const app = await buildApp(deps);
  await app.ready();
  const users = {} as Record<Role, string>;
  for (const role of ['adviser', 'team_lead', 'supervisor', 'admin'] as const) {
    const u = await insertUser(deps, { username: role.replace('_', ''), displayName: `Test ${role}`, role, password: PASSWORD });
    users[role] = u.id;
  }
  return {
    app,
    deps,
    users,
    async tokenFor(role) {
      const res = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: role.replace('_', ''), password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login as ${role} failed: ${res.body}`);
      return res.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await deps.drop();
    },
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
