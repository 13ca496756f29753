// Malformed requests to every route get a 4xx problem+json, never a 500, and
// change nothing. Generated from the route table like the access test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RouteEntry } from '../backend/src/http/access.js';
import { describeEachDialect } from './support/test-db.js';
import { bearer, createFixture, type Fixture } from './support/app-fixture.js';
import { mintSession } from './support/sessions.js';
import { insertBasics } from './support/seed-basics.js';
import { platformToken } from '../backend/src/phone/secrets.js';

const roleFor = (r: Exclude<RouteEntry['auth'], 'platform'>) => (r === 'public' ? 'adviser' : r.includes('supervisor') ? 'supervisor' : r[0]!);
const SIP_SECRET = 'bad-input-sip-secret-0123456789';
const withParams = (url: string, value: string) => url.replace(/:[A-Za-z]+/g, encodeURIComponent(value));

describeEachDialect('bad input', (dialect) => {
  let f: Fixture;
  let routes: RouteEntry[];
  beforeAll(async () => {
    f = await createFixture(dialect, { bodyLimitBytes: 64 * 1024, sipSecret: SIP_SECRET });
    await insertBasics(f.deps);
    // Logout would end the session the other checks use; it takes no input anyway.
    routes = f.app.routeTable.filter((r) => r.url !== '/v1/auth/logout');
  });
  afterAll(() => f.close());

  const auth = async (r: RouteEntry) => bearer(r.auth === 'platform' ? platformToken(SIP_SECRET) : await mintSession(f.deps, f.users[roleFor(r.auth)]));
  const tally = async () => {
    const k = f.deps.db.kysely;
    const n = async (t: 'cases' | 'consumers' | 'partners' | 'articles' | 'change_log') =>
      Number((await k.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return [await n('cases'), await n('consumers'), await n('partners'), await n('articles'), await n('change_log')];
  };
  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; body: string }, label: string, status?: number) => {
    if (status) expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBe(status);
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    expect(String(res.headers['content-type']), label).toContain('application/problem+json');
    expect(JSON.parse(res.body).code, label).toMatch(/^[a-z_]+$/);
  };

  it('refuses broken JSON, the wrong content type and oversized bodies on every route that takes a body', async () => {
    const before = await tally();
    for (const r of routes.filter((x) => x.method === 'POST' || x.method === 'PATCH')) {
      const url = withParams(r.url, 'some-id');
      const headers = await auth(r);
      const broken = await f.app.inject({ method: r.method as 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload: '{"channel": "phone",' });
      expectProblem(broken, `${r.method} ${r.url} broken JSON`, 400);
      expect(broken.json().code).toBe('malformed_json');
      const text = await f.app.inject({ method: r.method as 'POST', url, headers: { ...headers, 'content-type': 'text/plain' }, payload: 'hello' });
      expectProblem(text, `${r.method} ${r.url} text/plain`, 415);
      const huge = await f.app.inject({ method: r.method as 'POST', url, headers, payload: { note: 'x'.repeat(100 * 1024) } });
      expectProblem(huge, `${r.method} ${r.url} huge`, 413);
      const wrongTypes = await f.app.inject({ method: r.method as 'POST', url, headers, payload: [1, 2, 3] });
      expectProblem(wrongTypes, `${r.method} ${r.url} array body`);
      const unknownField = await f.app.inject({ method: r.method as 'POST', url, headers, payload: { surprise: true } });
      expectProblem(unknownField, `${r.method} ${r.url} unknown field`);
    }
    expect(await tally()).toEqual(before);
  });

  it('refuses unknown and malformed query parameters on every GET route', async () => {
    for (const r of routes.filter((x) => x.method === 'GET')) {
      const url = withParams(r.url, 'some-id');
      const headers = await auth(r);
      const unknown = await f.app.inject({ method: 'GET', url: `${url}?surprise=1`, headers });
      if (r.url === '/v1/health' || /:/.test(r.url)) {
        expect(unknown.statusCode, `${r.url}`).toBeLessThan(500);
      } else {
        expectProblem(unknown, `GET ${r.url}?surprise=1`, 400);
      }
      for (const bad of ['limit=-1', 'limit=abc', 'cursor=%00%01', 'from=yesterday', 'q=%27%3B%20DROP%20TABLE%20cases%3B--']) {
        const res = await f.app.inject({ method: 'GET', url: `${url}?${bad}`, headers });
        expect(res.statusCode, `GET ${r.url}?${bad}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
    }
  });

  it('refuses NUL characters and impossible date-times everywhere with 400', async () => {
    const before = await tally();
    const adviser = await auth({ method: 'GET', url: '/v1/cases', auth: ['adviser'] });
    for (const url of ['/v1/cases?q=ab%00cd', '/v1/cases?name=a%00b', '/v1/consumers?name=a%00b', '/v1/partners?q=a%00b', '/v1/cases?from=2024-06-30T23:59:60Z']) {
      expectProblem(await f.app.inject({ method: 'GET', url, headers: adviser }), url, 400);
    }
    const login = await f.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'x\u0000y', password: 'p' } });
    expectProblem(login, 'login with NUL', 400);
    const created = await f.app.inject({ method: 'POST', url: '/v1/cases', headers: adviser, payload: { channel: 'phone', language: 'sv', subject: 'a\u0000b' } });
    expectProblem(created, 'case with NUL subject', 400);
    const supervisor = await auth({ method: 'GET', url: '/v1/audit', auth: ['supervisor'] });
    expectProblem(await f.app.inject({ method: 'GET', url: '/v1/audit?from=2024-06-30T23:59:60Z', headers: supervisor }), 'audit leap second', 400);
    expect(await tally()).toEqual(before);
  });

  it('never answers 500 to odd path parameters', async () => {
    for (const r of routes.filter((x) => x.url.includes(':'))) {
      const headers = await auth(r);
      for (const value of ["'; DROP TABLE cases; --", '../../etc/passwd', 'x'.repeat(500), '%', '\u0000', 'ÅÄÖ']) {
        const res = await f.app.inject({
          method: r.method as 'GET',
          url: withParams(r.url, value),
          headers,
          ...(r.method === 'POST' || r.method === 'PATCH' ? { payload: {} } : {}),
        });
        expect(res.statusCode, `${r.method} ${r.url} with ${JSON.stringify(value)}: ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${r.method} ${r.url} with ${JSON.stringify(value)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }
    }
  });
});
