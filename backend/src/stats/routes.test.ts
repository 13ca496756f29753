// GET /v1/wallboard and /v1/wallboard/history through the API, on both
// dialects: who may read them, what they hold, and refused parameters.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import type { Role } from '../db/schema.js';

describeEachDialect('wallboard routes', (dialect) => {
  let f: Fixture;
  const tokens = {} as Record<Role, string>;
  beforeAll(async () => {
    f = await createFixture(dialect);
    for (const role of ['adviser', 'team_lead', 'supervisor', 'admin'] as const) tokens[role] = await f.tokenFor(role);
  });
  afterAll(() => f.close());
  const get = (url: string, token?: string) => f.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

  it('shows the wallboard to team leads, supervisors and admins, not to advisers or anonymous callers', async () => {
    for (const role of ['team_lead', 'supervisor', 'admin'] as const) {
      expect((await get('/v1/wallboard', tokens[role])).statusCode, role).toBe(200);
      expect((await get('/v1/wallboard/history', tokens[role])).statusCode, role).toBe(200);
    }
    expect((await get('/v1/wallboard', tokens.adviser)).statusCode).toBe(403);
    expect((await get('/v1/wallboard/history', tokens.adviser)).statusCode).toBe(403);
    expect((await get('/v1/wallboard')).statusCode).toBe(401);
    expect((await get('/v1/wallboard/history')).statusCode).toBe(401);
  });

  it('holds every queue\'s statistics and every adviser\'s presence', async () => {
    const api = liveApi(f);
    const anna = await addAdviser(f, 'Anna');
    await api.ready(anna);
    await api.contact(tokens.team_lead, { channel: 'chat', language: 'sv' });
    const res = await get('/v1/wallboard', tokens.team_lead);
    const body = res.json<{ at: string; queues: Array<{ queueId: string; waiting: number; offered: number }>; advisers: Array<{ userId: string; state: string }> }>();
    expect(body.at).toBe(f.deps.clock.now().toISOString());
    expect(body.queues.map((q) => q.queueId).sort()).toHaveLength(12);
    expect(body.queues.find((q) => q.queueId === 'chat-sv')).toMatchObject({ waiting: 1, offered: 1 });
    expect(body.advisers.find((a) => a.userId === anna.id)).toMatchObject({ state: 'busy' });
  });

  it('gives history in the buckets asked for, and refuses other sizes and spans', async () => {
    const res = await get('/v1/wallboard/history?hours=2&bucketMinutes=30', tokens.supervisor);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ bucketMinutes: number; queues: Array<{ buckets: unknown[] }> }>();
    expect(body.bucketMinutes).toBe(30);
    expect(body.queues.every((q) => q.buckets.length === 4)).toBe(true);
    const defaults = (await get('/v1/wallboard/history', tokens.supervisor)).json<{ bucketMinutes: number; queues: Array<{ buckets: unknown[] }> }>();
    expect(defaults.bucketMinutes).toBe(15);
    expect(defaults.queues[0]!.buckets).toHaveLength(16);
    for (const bad of ['bucketMinutes=7', 'hours=25', 'hours=0', 'hours=two', 'span=1']) {
      expect((await get(`/v1/wallboard/history?${bad}`, tokens.supervisor)).statusCode, bad).toBe(400);
    }
  });
});
