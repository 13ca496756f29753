// Walks the app's own route table: every route × every role (and no token)
// must answer allowed, 401 or 403 as declared. A new route is covered the
// moment it exists, and one without an access declaration fails at start-up.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../backend/src/db/schema.js';
import { ROLES, type RouteEntry } from '../backend/src/http/access.js';
import { describeEachDialect } from './support/test-db.js';
import { bearer, createFixture, type Fixture } from './support/app-fixture.js';
import { mintSession } from './support/sessions.js';
import { platformToken } from '../backend/src/phone/secrets.js';

const SIP_SECRET = 'route-access-sip-secret-0123456789';
const concrete = (url: string) => url.replace(/:[A-Za-z]+/g, 'no-such-id');
const hasBody = (method: string) => method === 'POST' || method === 'PATCH' || method === 'PUT';

describeEachDialect('every route × every role', (dialect) => {
  let f: Fixture;
  let routes: RouteEntry[];
  beforeAll(async () => {
    f = await createFixture(dialect, { sipSecret: SIP_SECRET });
    routes = f.app.routeTable;
  });
  afterAll(() => f.close());

  const call = async (r: RouteEntry, role: Role | null) => {
    const headers = role ? bearer(await mintSession(f.deps, f.users[role])) : {};
    return f.app.inject({ method: r.method as 'GET', url: concrete(r.url), headers, ...(hasBody(r.method) ? { payload: {} } : {}) });
  };

  it('knows the routes it is checking', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', url: '/v1/cases/:id' }));
    expect(routes.filter((r) => r.auth === 'public').map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      [
        'GET /v1/health', 'POST /v1/auth/login', 'GET /v1/public/wait-times',
        // The consumer's chat: no login; the chat's own secret (X-Chat-Token) is checked by the chat routes.
        'POST /v1/public/chats', 'GET /v1/public/chats/:id', 'GET /v1/public/chats/:id/messages', 'POST /v1/public/chats/:id/messages',
        'POST /v1/public/chats/:id/typing', 'POST /v1/public/chats/:id/receipts', 'POST /v1/public/chats/:id/transcript',
        'POST /v1/public/chats/:id/end', 'GET /v1/public/chats/:id/live',
        // Booking a callback: no login, rate-limited per client.
        'GET /v1/public/callbacks/slots', 'POST /v1/public/callbacks',
      ].sort(),
    );
  });

  it('answers 401 to every non-public route without a token', async () => {
    for (const r of routes.filter((x) => x.auth !== 'public')) {
      const res = await call(r, null);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 403 to every role a route does not allow, and lets the others through', async () => {
    for (const r of routes) {
      for (const role of ROLES) {
        const res = await call(r, role);
        const label = `${r.method} ${r.url} as ${role}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        // The SIP platform's routes take the platform's token, never a staff session.
        const allowed = r.auth === 'public' || (r.auth !== 'platform' && r.auth.includes(role));
        if (allowed) {
          expect([401, 403], label).not.toContain(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
        } else {
          expect(res.statusCode, label).toBe(403);
        }
      }
    }
  });

  it('lets the SIP platform\'s token through to the platform\'s routes and to no other', async () => {
    const token = bearer(platformToken(SIP_SECRET));
    const platformRoutes = routes.filter((r) => r.auth === 'platform');
    expect(platformRoutes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      ['POST /v1/phone/platform/calls', 'POST /v1/phone/platform/calls/events', 'POST /v1/phone/platform/calls/target'].sort(),
    );
    for (const r of routes) {
      if (r.auth === 'public') continue;
      const res = await f.app.inject({ method: r.method as 'GET', url: concrete(r.url), headers: token, ...(hasBody(r.method) ? { payload: {} } : {}) });
      const label = `${r.method} ${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (r.auth === 'platform') expect([401, 403], label).not.toContain(res.statusCode);
      else expect(res.statusCode, label).toBe(401);
    }
  });
});
