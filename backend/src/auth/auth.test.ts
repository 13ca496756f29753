import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, PASSWORD, type Fixture } from '../../../tests/support/app-fixture.js';
import { MINUTE } from '../shared/clock.js';

describeEachDialect('auth', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect, { sessionIdleMinutes: 30, sessionMaxHours: 8 });
  });
  afterAll(() => f.close());

  const login = (username: string, password: string) =>
    f.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password } });
  const me = (token: string) => f.app.inject({ method: 'GET', url: '/v1/auth/me', headers: bearer(token) });

  it('logs in with the right password and identifies the user', async () => {
    const res = await login('adviser', PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'adviser', role: 'adviser' });
    const who = await me(body.token);
    expect(who.statusCode).toBe(200);
    expect(who.json().username).toBe('adviser');
  });

  it('stores only a hash of the token', async () => {
    const { token } = (await login('adviser', PASSWORD)).json();
    const rows = await f.deps.db.kysely.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await login('supervisor', 'not the password');
    const unknown = await login('nobody-here', 'whatever');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().code).toBe('login_failed');
    expect(unknown.json().code).toBe('login_failed');
  });

  it('locks a username after repeated failures, even with the right password, until the lock passes', async () => {
    for (let i = 0; i < 5; i++) expect((await login('teamlead', 'bad')).statusCode).toBe(401);
    const locked = await login('teamlead', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('login_locked');
    expect(locked.json().retryAfterSeconds).toBeGreaterThan(0);
    f.deps.clock.advance(2 * MINUTE);
    const ok = await login('teamlead', PASSWORD);
    expect(ok.statusCode).toBe(200);
    // Success clears the count: one new failure does not lock again.
    expect((await login('teamlead', 'bad')).statusCode).toBe(401);
    expect((await login('teamlead', PASSWORD)).statusCode).toBe(200);
  });

  it('counts parallel guesses: only the free attempts reach the password check', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => login('admin', 'parallel guess')));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(15);
    f.deps.clock.advance(2 * MINUTE);
    expect((await login('admin', PASSWORD)).statusCode).toBe(200);
  });

  it('expires an idle session but keeps a used one alive', async () => {
    const { token } = (await login('adviser', PASSWORD)).json();
    f.deps.clock.advance(20 * MINUTE);
    expect((await me(token)).statusCode).toBe(200);
    f.deps.clock.advance(20 * MINUTE); // 40 min since login, 20 since last use
    expect((await me(token)).statusCode).toBe(200);
    f.deps.clock.advance(31 * MINUTE);
    const expired = await me(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('unauthenticated');
  });

  it('expires a session at its absolute limit even when in use', async () => {
    const { token } = (await login('adviser', PASSWORD)).json();
    // Used every 25 minutes (inside the 30-minute idle limit) for 7 h 55 min.
    for (let step = 0; step < 19; step++) {
      f.deps.clock.advance(25 * MINUTE);
      expect((await me(token)).statusCode).toBe(200);
    }
    f.deps.clock.advance(25 * MINUTE); // now past the 8-hour absolute limit
    expect((await me(token)).statusCode).toBe(401);
  });

  it('logs out: the token stops working', async () => {
    const { token } = (await login('adviser', PASSWORD)).json();
    expect((await f.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: bearer(token) })).statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('lets an admin list and revoke sessions, and no one else', async () => {
    const victim = (await login('adviser', PASSWORD)).json().token;
    const admin = await f.tokenFor('admin');
    const list = await f.app.inject({ method: 'GET', url: '/v1/admin/sessions', headers: bearer(admin) });
    expect(list.statusCode).toBe(200);
    const adviserSessions = list.json().filter((s: { username: string }) => s.username === 'adviser');
    expect(adviserSessions.length).toBeGreaterThan(0);
    const asSupervisor = await f.app.inject({ method: 'GET', url: '/v1/admin/sessions', headers: bearer(await f.tokenFor('supervisor')) });
    expect(asSupervisor.statusCode).toBe(403);
    for (const s of adviserSessions) {
      const del = await f.app.inject({ method: 'DELETE', url: `/v1/admin/sessions/${s.id}`, headers: bearer(admin) });
      expect(del.statusCode).toBe(204);
    }
    expect((await me(victim)).statusCode).toBe(401);
    const again = await f.app.inject({ method: 'DELETE', url: `/v1/admin/sessions/${adviserSessions[0].id}`, headers: bearer(admin) });
    expect(again.statusCode).toBe(404);
  });

  it('rejects a malformed token without touching the database path', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/v1/auth/me', headers: { authorization: 'Bearer x' } });
    expect(res.statusCode).toBe(401);
    const none = await f.app.inject({ method: 'GET', url: '/v1/auth/me' });
    expect(none.statusCode).toBe(401);
  });
});
