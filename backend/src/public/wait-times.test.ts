// GET /v1/public/wait-times, on both dialects: no login, readable
// cross-origin by the allowed sites only, cached for five seconds, limited per
// client, and closed queues shown with their next opening and no estimate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import { SECOND } from '../shared/clock.js';
import type { PublicWaitTimes } from './wait-times.js';

const OPEN = '2026-11-25T09:00:00.000Z'; // Wednesday 10:00 in Stockholm
const URL = '/v1/public/wait-times';

describeEachDialect('public wait times', (dialect) => {
  describe('with the default configuration', () => {
    let f: Fixture;
    let api: ReturnType<typeof liveApi>;
    let lead: string;
    beforeAll(async () => {
      f = await createFixture(dialect);
      api = liveApi(f);
    });
    afterAll(() => f.close());
    /** Each test starts later than the one before (the cache trusts time to move forward), signed in afresh. */
    const at = async (time: string) => {
      f.deps.clock.set(time);
      lead = await f.tokenFor('team_lead');
    };
    const get = async (headers: Record<string, string> = {}) => {
      const res = await f.app.inject({ method: 'GET', url: URL, headers });
      return { res, body: res.json<PublicWaitTimes>() };
    };
    const queue = (body: PublicWaitTimes, channel: string, language = 'sv') => body.queues.find((q) => q.channel === channel && q.language === language)!;

    it('answers without a login, readable from any site, with a five-second cache header', async () => {
      await at(OPEN);
      const { res, body } = await get({ origin: 'https://example.org' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cache-control']).toBe('public, max-age=5');
      expect(body.maxAgeSeconds).toBe(5);
      expect(body.queues).toHaveLength(12);
    });

    it('serves a second request within five seconds from the cache, and a fresh answer after', async () => {
      await at('2026-11-25T10:00:00.000Z');
      const first = (await get()).body;
      expect(queue(first, 'chat').queueLength).toBe('0');
      await api.contact(lead, { channel: 'chat', language: 'sv' });
      f.deps.clock.advance(4 * SECOND);
      const cached = (await get()).body;
      expect(cached).toEqual(first);
      f.deps.clock.advance(1 * SECOND);
      const fresh = (await get()).body;
      expect(fresh.updatedAt).toBe('2026-11-25T10:00:05.000Z');
      expect(queue(fresh, 'chat').queueLength).toBe('1-5');
    });

    it('shows an open queue with staff with an estimate, and one without staff with none', async () => {
      await at('2026-11-25T11:00:00.000Z');
      const anna = await addAdviser(f, 'Anna');
      await api.ok(lead, 'PATCH', `/v1/advisers/${anna.id}/profile`, { version: 1, languages: ['sv'], channels: ['phone'] });
      await api.ready(anna);
      const { body } = await get();
      expect(queue(body, 'phone')).toMatchObject({ open: true, nextOpening: null, queueLength: '0' });
      expect(queue(body, 'phone').estimatedWait).toEqual({ seconds: 0, low: 0, high: 0 });
      expect(queue(body, 'phone', 'en')).toMatchObject({ open: true, estimatedWait: null });
      await api.notReady(anna);
    });

    it('leaves out a queue that was switched off', async () => {
      await at('2026-11-25T12:00:00.000Z');
      const q = (await api.ok<Array<{ id: string; version: number }>>(lead, 'GET', '/v1/queues')).find((x) => x.id === 'social-en')!;
      await api.ok(lead, 'PATCH', '/v1/queues/social-en', { version: q.version, active: false });
      const { body } = await get();
      expect(body.queues.find((x) => x.channel === 'social' && x.language === 'en')).toBeUndefined();
      expect(body.queues).toHaveLength(11);
    });

    it('shows closed queues with their next opening, and neither an estimate nor a queue length', async () => {
      await at('2026-11-25T19:00:00.000Z'); // 20:00 in Stockholm
      const { body } = await get();
      for (const q of body.queues) expect(q, `${q.channel}-${q.language}`).toMatchObject({ open: false, estimatedWait: null, queueLength: null });
      expect(queue(body, 'phone').nextOpening).toBe('2026-11-26T08:00:00.000Z');
      expect(queue(body, 'email').nextOpening).toBe('2026-11-26T07:00:00.000Z');
    });
  });

  describe('with a list of allowed sites', () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(dialect, { publicOrigins: ['https://www.hallakonsument.se'] });
    });
    afterAll(() => f.close());

    it('lets the allowed site read the answer, and no other', async () => {
      const allowed = await f.app.inject({ method: 'GET', url: URL, headers: { origin: 'https://www.hallakonsument.se' } });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://www.hallakonsument.se');
      expect(allowed.headers.vary).toMatch(/origin/i);
      const other = await f.app.inject({ method: 'GET', url: URL, headers: { origin: 'https://evil.example' } });
      expect(other.statusCode).toBe(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      const none = await f.app.inject({ method: 'GET', url: URL });
      expect(none.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('with a per-minute limit', () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(dialect, { publicRatePerMinute: 3 });
    });
    afterAll(() => f.close());

    it('refuses a client over the limit with 429 and retry-after, and serves other clients', async () => {
      const from = (ip: string, url = URL) => f.app.inject({ method: 'GET', url, remoteAddress: ip });
      for (let i = 0; i < 3; i++) expect((await from('192.0.2.10')).statusCode).toBe(200);
      const refused = await from('192.0.2.10');
      expect(refused.statusCode).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      expect(Number.isInteger(wait) && wait >= 1 && wait <= 20).toBe(true);
      expect(refused.json()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: wait });
      // The website can read the refusal too.
      expect(refused.headers['access-control-allow-origin']).toBe('*');
      // The widget's static files are cached, not limited: a page showing the widget still loads.
      expect((await from('192.0.2.10', '/widget/wait-times')).statusCode).toBe(200);
      expect((await from('192.0.2.11')).statusCode).toBe(200);
    });
  });

  describe('behind a load balancer', () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await createFixture(dialect, { publicRatePerMinute: 2, trustProxy: ['10.0.0.5'] });
    });
    afterAll(() => f.close());

    it('limits each visitor named by the trusted proxy, not the proxy itself; an untrusted forwarder is ignored', async () => {
      const via = (remote: string, client: string) =>
        f.app.inject({ method: 'GET', url: URL, remoteAddress: remote, headers: { 'x-forwarded-for': client } });
      for (let i = 0; i < 2; i++) expect((await via('10.0.0.5', '198.51.100.1')).statusCode).toBe(200);
      expect((await via('10.0.0.5', '198.51.100.1')).statusCode).toBe(429);
      expect((await via('10.0.0.5', '198.51.100.2')).statusCode).toBe(200);
      // Not the trusted proxy: its X-Forwarded-For is not believed, the caller itself is limited.
      for (let i = 0; i < 2; i++) expect((await via('203.0.113.9', `198.51.100.${10 + i}`)).statusCode).toBe(200);
      expect((await via('203.0.113.9', '198.51.100.99')).statusCode).toBe(429);
    });
  });
});
