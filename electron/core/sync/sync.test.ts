// The core against a REAL backend (buildApp on SQLite, listening on a port).
// "Offline" is the network cut off in the core's fetch; the server keeps
// running so the test can check its rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeskEvent, User } from '../../bridge.js';
import { createDeskCoreWith, type DeskCoreWithEngine } from '../desk-core.js';
import { startTestServer, memoryTokenStore, PASSWORD, type TestServer } from '../testing/backend-server.js';
import { manualRuntime, type ManualRuntime } from '../testing/manual-runtime.js';
import { pullAll } from './pull.js';
import { SILENCE_MS } from '../live/live-connection.js';

interface Desk {
  core: DeskCoreWithEngine;
  rt: ManualRuntime;
  dir: string;
  tokens: ReturnType<typeof memoryTokenStore>;
  events: DeskEvent[];
}

describe('desk core sync against a real backend', () => {
  let server: TestServer;
  let supervisorToken: string;
  const open: Desk[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    supervisorToken = await server.tokenFor('supervisor');
  });
  afterAll(async () => {
    await server.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  afterEach(async () => {
    for (const d of open.splice(0)) await d.core.close();
  });

  async function desk(opts: { dir?: string; tokens?: ReturnType<typeof memoryTokenStore>; pageSize?: number } = {}): Promise<Desk> {
    const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'desk-core-'));
    if (!opts.dir) dirs.push(dir);
    const rt = manualRuntime();
    const tokens = opts.tokens ?? memoryTokenStore();
    const core = await createDeskCoreWith(
      { dataDir: dir, serverUrl: server.url, tokenStore: tokens, openExternal: async () => undefined, mode: 'browser', version: '0.0.0-test' },
      { runtime: rt, pageSize: opts.pageSize ?? 500 },
    );
    const events: DeskEvent[] = [];
    core.onEvent((e) => events.push(e));
    const d = { core, rt, dir, tokens, events };
    open.push(d);
    return d;
  }

  async function signedIn(username = 'adviser', opts: Parameters<typeof desk>[0] = {}): Promise<Desk> {
    const d = await desk(opts);
    const out = await d.core.handlers.login({ username, password: PASSWORD });
    expect(out.ok).toBe(true);
    return d;
  }

  const rest = async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await server.app.inject({ method, url, headers: { authorization: `Bearer ${supervisorToken}` }, ...(payload ? { payload } : {}) });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json<Record<string, unknown>>();
  };
  const serverCase = (id: string) => rest('GET', `/v1/cases/${id}`) as Promise<{ reference: string; subject: string | null; version: number; notes: Array<{ id: string; body: string }>; consumerId: string | null }>;
  const newServerCase = async (over: object = {}) =>
    (await rest('POST', '/v1/cases', {
      channel: 'phone', language: 'sv', assignedAdviserId: server.users.adviser, topicId: 'goods',
      consumer: { name: 'Karin Konsument', phone: '070-111 22 33' }, subject: 'Trasig tvättmaskin', note: 'Ringde om reklamation', ...over,
    })) as { id: string; reference: string };
  const userOf = (d: Desk): User => {
    const u = d.core.sync.syncState.user();
    if (!u) throw new Error('not signed in');
    return u;
  };

  it('signs in, pulls the feed into the cache and serves reads from it', async () => {
    const created = await newServerCase();
    const d = await signedIn();
    const status = await d.core.handlers.syncNow();
    expect(status).toMatchObject({ online: true, pending: 0, conflicts: 0, syncing: false, lastError: null });
    expect(status.lastSyncAt).not.toBeNull();
    const h = d.core.handlers;
    expect((await h.myOpenCases()).map((c) => c.reference)).toContain(created.reference);
    expect((await h.listTopics()).map((t) => t.id)).toEqual(['goods', 'goods.complaint', 'debt']);
    expect((await h.listMunicipalities()).map((m) => m.name)).toEqual(['Stockholm', 'Uppsala']);
    // History search: by reference, phone typed another way, name without diacritics, note text.
    for (const text of [created.reference, '+46701112233', '0701112233', 'karin konsu', 'tvattmask', 'reklamation']) {
      expect((await h.searchCases({ text })).map((c) => c.id), text).toContain(created.id);
    }
    expect(await h.searchCases({ text: 'ingenting sådant' })).toEqual([]);
    const view = await h.getCase(created.id);
    expect(view).toMatchObject({ reference: created.reference, pending: false, consumer: { name: 'Karin Konsument', phone: '+46701112233' } });
    expect(view?.notes.map((n) => n.body)).toEqual(['Ringde om reklamation']);
    // Partner lookup ranks as the backend: local + exact topic + open now (Wednesday 10:00 in Stockholm).
    const lookup = await h.lookupPartners({ topicId: 'goods', municipalityCode: '0380' });
    expect(lookup.items.map((i) => [i.partner.id, i.rank, i.reasons])).toEqual([['partner-uppsala', 7, ['topic_exact', 'local', 'open_now']]]);
    const serverLookup = await rest('GET', '/v1/partners/lookup?topic=goods.complaint&municipality=0380&at=2026-11-25T09:00:00Z');
    const local = await h.lookupPartners({ topicId: 'goods.complaint', municipalityCode: '0380' });
    expect(local.items).toEqual((serverLookup as { items: unknown }).items);
    d.rt.setNow('2026-11-28T12:00:00Z'); // a Saturday: closed
    expect((await h.getPartner('partner-uppsala'))?.openNow).toBe(false);
    expect(d.events.some((e) => e.type === 'data-changed' && e.entities.includes('cases'))).toBe(true);
    expect(d.events.some((e) => e.type === 'sync-status' && e.status.online)).toBe(true);
  });

  it('resumes an interrupted pull from the stored cursor, without gaps or duplicates', async () => {
    for (let i = 0; i < 4; i++) await newServerCase({ subject: `Fall ${i}`, consumer: { name: `Person ${i}` } });
    const full = await server.app.inject({ method: 'GET', url: '/v1/sync/changes?limit=1000', headers: { authorization: `Bearer ${await server.tokenFor('adviser')}` } });
    const allSeqs = full.json<{ changes: Array<{ seq: number }> }>().changes.map((c) => c.seq);
    expect(allSeqs.length).toBeGreaterThan(12);

    const tokens = memoryTokenStore();
    const first = await signedIn('adviser', { pageSize: 4, tokens });
    const seen: number[] = [];
    let pages = 0;
    const record = async (req: Request, next: () => Promise<Response>) => {
      if (!req.url.includes('/v1/sync/changes')) return next();
      pages++;
      if (pages === 3) throw new TypeError('connection reset');
      const res = await next();
      const body = (await res.clone().json()) as { changes: Array<{ seq: number }> };
      seen.push(...body.changes.map((c) => c.seq));
      return res;
    };
    first.rt.intercept = record;
    const broken = await first.core.handlers.syncNow();
    expect(broken).toMatchObject({ online: false, syncing: false });
    expect(broken.lastError).toMatch(/connection reset/);
    // The cursor is the server's opaque token for the last applied page; it starts with that page's last seq.
    expect(first.core.sync.syncState.cursor().split('-')[0]).toBe(String(seen[7]));
    // A retry is scheduled with backoff (1 s ± jitter), not at once (the live connection's silence watch aside).
    expect(first.rt.timers.map((t) => t.ms).filter((ms) => ms !== SILENCE_MS)).toEqual([750]);
    await first.core.close();
    open.splice(open.indexOf(first), 1);

    // "Restart": a new core on the same file and stored token continues where the last page committed.
    const second = await desk({ dir: first.dir, tokens, pageSize: 4 });
    second.rt.intercept = record;
    expect((await second.core.handlers.sessionState()).signedIn).toBe(true);
    expect(await second.core.handlers.syncNow()).toMatchObject({ online: true, lastError: null });
    expect(seen).toEqual(allSeqs);
    const count = (t: string) => (second.core.cacheDb.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const serverCases = await server.deps.db.kysely.selectFrom('cases').select('id').execute();
    expect(count('cases')).toBe(serverCases.length);
  });

  it('keeps offline writes in the outbox and applies each exactly once when the server is back', async () => {
    const d = await signedIn();
    await d.core.handlers.syncNow();
    d.rt.offline = true;
    const h = d.core.handlers;
    const created = await h.createCase({
      channel: 'phone', language: 'sv', topicId: 'goods', subject: 'Offline-ärende',
      consumer: { name: 'Olle Offline', phone: '070 999 88 77' }, note: 'Första anteckningen',
    });
    expect(created).toMatchObject({ reference: '', pending: true, status: 'open', assignedAdviserId: server.users.adviser });
    expect(created.consumer).toMatchObject({ name: 'Olle Offline', phone: '+46709998877' });
    await h.addNote({ caseId: created.id, body: 'Andra anteckningen' });
    // The same consumer again, typed differently: reused locally, not duplicated.
    const second = await h.createCase({ channel: 'email', language: 'sv', consumer: { phone: '+46709998877', email: 'Olle@Example.se' } });
    expect(second.consumer?.id).toBe(created.consumer?.id);
    expect(second.consumer?.email).toBe('olle@example.se');

    const offline = await h.syncNow();
    expect(offline).toMatchObject({ online: false, pending: 4, syncing: false });
    expect((await h.myOpenCases()).find((c) => c.id === created.id)).toMatchObject({ pending: true, consumerName: 'Olle Offline' });
    expect((await h.searchCases({ text: 'andra anteckn' })).map((c) => c.id)).toEqual([created.id]);
    expect(d.events.filter((e) => e.type === 'sync-status').at(-1)).toMatchObject({ status: { online: false, pending: 4 } });

    // Back online: the scheduled retry probes health, pushes, pulls.
    d.rt.offline = false;
    d.rt.fireTimers();
    const back = await h.syncNow();
    expect(back).toMatchObject({ online: true, pending: 0, conflicts: 0 });
    const onServer = await serverCase(created.id);
    expect(onServer.reference).toMatch(/^HK-\d{4}-\d{6}$/);
    // Both got the server's (test-frozen) push time, so compare them as a set.
    expect(onServer.notes.map((n) => n.body).sort()).toEqual(['Andra anteckningen', 'Första anteckningen']);
    const other = await serverCase(second.id);
    expect(other.consumerId).toBe(onServer.consumerId);
    const consumers = await server.deps.db.kysely.selectFrom('consumers').selectAll().where('phone', '=', '+46709998877').execute();
    expect(consumers).toHaveLength(1);
    expect(consumers[0]?.email).toBe('olle@example.se');
    // The cache now shows the server's version: reference, consumer record, notes with the same ids.
    const view = await h.getCase(created.id);
    expect(view).toMatchObject({ reference: onServer.reference, pending: false, consumerId: onServer.consumerId });
    expect(view?.notes.map((n) => n.id).sort()).toEqual(onServer.notes.map((n) => n.id).sort());
    const localConsumers = d.core.cacheDb.prepare('SELECT count(*) AS n FROM consumers WHERE local = 1').get() as { n: number };
    expect(localConsumers.n).toBe(0);
    // A second workstation sees it.
    const other2 = await signedIn('adviser');
    await other2.core.handlers.syncNow();
    expect((await other2.core.handlers.getCase(created.id))?.notes).toHaveLength(2);
  });

  it('applies a push once when its response was lost and it is sent again', async () => {
    const base = await newServerCase();
    const d = await signedIn();
    await d.core.handlers.syncNow();
    let pushes = 0;
    d.rt.intercept = async (req, next) => {
      if (!req.url.endsWith('/v1/sync/push')) return next();
      pushes++;
      const res = await next();
      if (pushes === 1) throw new TypeError('socket hang up'); // applied on the server, answer lost
      return res;
    };
    await d.core.handlers.addNote({ caseId: base.id, body: 'Skickas en gång' });
    expect(await d.core.handlers.syncNow()).toMatchObject({ online: false, pending: 1 });
    expect(await d.core.handlers.syncNow()).toMatchObject({ online: true, pending: 0, conflicts: 0 });
    expect(pushes).toBe(2);
    expect((await serverCase(base.id)).notes.filter((n) => n.body === 'Skickas en gång')).toHaveLength(1);
  });

  it('lays pending local changes back on top of what a pull brings', async () => {
    const base = await newServerCase();
    const d = await signedIn();
    await d.core.handlers.syncNow();
    d.rt.offline = true;
    // Distinct times, so the notes' order is the order they were written on both sides.
    server.deps.clock.advance(60_000);
    d.rt.setNow(new Date(server.deps.clock.now().getTime() + 60_000).toISOString());
    await d.core.handlers.changeCase({ caseId: base.id, baseVersion: 1, patch: { subject: 'Mitt ämne' } });
    await d.core.handlers.addNote({ caseId: base.id, body: 'Min osända anteckning' });
    await rest('PATCH', `/v1/cases/${base.id}`, { version: 1, tags: ['bedrägeri'] });
    await rest('POST', `/v1/cases/${base.id}/notes`, { body: 'Handledarens anteckning' });
    d.rt.offline = false;
    await pullAll(d.core.sync, userOf(d));
    const view = await d.core.handlers.getCase(base.id);
    expect(view).toMatchObject({ subject: 'Mitt ämne', tags: ['bedrägeri'], pending: true });
    expect(view?.notes.map((n) => n.body)).toEqual(['Ringde om reklamation', 'Handledarens anteckning', 'Min osända anteckning']);
  });

  it('shows a conflict with both versions and resolves it either way, never overwriting silently', async () => {
    const d = await signedIn();
    const h = d.core.handlers;
    for (const keep of ['mine', 'theirs'] as const) {
      const base = await newServerCase();
      await h.syncNow();
      await rest('PATCH', `/v1/cases/${base.id}`, { version: 1, subject: `Deras ${keep}` });
      // The adviser, not yet aware, changes the version they saw — twice.
      await h.changeCase({ caseId: base.id, baseVersion: 1, patch: { subject: `Min ${keep}` } });
      await h.changeCase({ caseId: base.id, baseVersion: 2, patch: { tags: ['viktig'] } });
      const status = await h.syncNow();
      expect(status).toMatchObject({ pending: 0, conflicts: 2 });
      const conflicts = await h.listConflicts();
      expect(conflicts).toHaveLength(2);
      expect(conflicts[0]).toMatchObject({ kind: 'case.update', status: 'conflict', code: 'version_conflict', entityId: base.id, mine: { patch: { subject: `Min ${keep}` } }, theirs: { subject: `Deras ${keep}`, version: 2 } });
      // Neither the server nor the cache took the stale changes.
      expect((await serverCase(base.id)).subject).toBe(`Deras ${keep}`);
      expect(await h.getCase(base.id)).toMatchObject({ subject: `Deras ${keep}`, tags: [] });

      for (const c of conflicts) await h.resolveConflict({ mutationId: c.mutationId, keep });
      expect(await h.syncNow()).toMatchObject({ pending: 0, conflicts: 0 });
      const after = await serverCase(base.id);
      if (keep === 'mine') {
        expect(after).toMatchObject({ subject: 'Min mine', tags: ['viktig'], version: 4 });
      } else {
        expect(after).toMatchObject({ subject: 'Deras theirs', tags: [], version: 2 });
      }
      expect(await h.getCase(base.id)).toMatchObject({ subject: after.subject, version: after.version, pending: false });
    }
    await expect(h.resolveConflict({ mutationId: '00000000-0000-4000-8000-000000000000', keep: 'mine' })).rejects.toThrow(/No conflict/);
  });

  it('keeps a refused change as a rejected conflict and takes it back from the view', async () => {
    const d = await signedIn();
    const h = d.core.handlers;
    const base = await newServerCase();
    await h.syncNow();
    await h.addReferral({ caseId: base.id, partnerId: 'partner-gone', reason: 'Fel aktör', method: 'informed' });
    expect((await h.getCase(base.id))?.referrals).toHaveLength(1);
    expect(await h.syncNow()).toMatchObject({ pending: 0, conflicts: 1 });
    const [c] = await h.listConflicts();
    expect(c).toMatchObject({ kind: 'referral.add', status: 'rejected', code: 'invalid_reference', theirs: null });
    expect((await h.getCase(base.id))?.referrals).toHaveLength(0);
    await h.resolveConflict({ mutationId: c!.mutationId, keep: 'theirs' });
    expect(await h.listConflicts()).toEqual([]);
  });

  it('validates local writes before anything is written', async () => {
    const d = await signedIn();
    const h = d.core.handlers;
    const base = await newServerCase();
    await h.syncNow();
    await expect(h.addNote({ caseId: base.id, body: '   ' })).rejects.toThrow(/must not be empty/);
    await expect(h.changeCase({ caseId: base.id, baseVersion: 1, patch: { status: 'closed' } })).rejects.toThrow(/outcome/);
    await expect(h.changeCase({ caseId: base.id, baseVersion: 1, patch: { status: 'closed', outcome: 'referred' } })).rejects.toThrow(/referral/);
    await expect(h.addNote({ caseId: 'no-such-case', body: 'x' })).rejects.toThrow(/not in the cache/);
    expect((await h.syncStatus()).pending).toBe(0);
  });

  it('fetches a case outside the feed once and keeps it', async () => {
    server.deps.clock.advance(-60 * 24 * 3600_000);
    const old = await newServerCase({ assignedAdviserId: server.users.supervisor, subject: 'Gammalt ärende' });
    server.deps.clock.advance(60 * 24 * 3600_000);
    const d = await signedIn();
    await d.core.handlers.syncNow();
    expect((await d.core.handlers.searchCases({ text: 'gammalt' })).map((c) => c.id)).not.toContain(old.id);
    expect(await d.core.handlers.getCase(old.id)).toMatchObject({ subject: 'Gammalt ärende', pending: false });
    d.rt.offline = true;
    expect(await d.core.handlers.getCase(old.id)).toMatchObject({ subject: 'Gammalt ärende' });
    expect(await d.core.handlers.getCase('not-anywhere')).toBeNull();
  });

  it('maps sign-in failures and keeps the API passthrough to /v1/ outside /v1/auth/', async () => {
    const d = await desk();
    const h = d.core.handlers;
    expect(await h.login({ username: 'adviser', password: 'wrong' })).toMatchObject({ ok: false, code: 'login_failed' });
    d.rt.offline = true;
    expect(await h.login({ username: 'adviser', password: PASSWORD })).toMatchObject({ ok: false, code: 'offline' });
    expect(d.tokens.token).toBeNull();
    await expect(h.myOpenCases()).rejects.toThrow(/Sign in/);
    d.rt.offline = false;
    expect(await h.login({ username: 'adviser', password: PASSWORD })).toMatchObject({ ok: true, user: { username: 'adviser' } });
    expect(d.tokens.token).not.toBeNull();
    expect(await h.api({ method: 'GET', path: '/v1/topics' })).toMatchObject({ status: 200 });
    for (const path of ['/v1/auth/me', '/v2/x', '/v1/../v1/auth/me', '//evil.example/v1/x', 'https://evil.example/v1/', '/v1/%2e%2e/auth/me']) {
      expect((await h.api({ method: 'GET', path })).status, path).toBe(400);
    }
    d.rt.offline = true;
    expect(await h.api({ method: 'GET', path: '/v1/topics' })).toMatchObject({ status: 503, body: { code: 'offline' } });
    expect(await h.openExternal('http://example.se')).toBe(false);
    expect(await h.openExternal('https://www.arn.se/')).toBe(true);
    expect(await h.appInfo()).toEqual({ version: '0.0.0-test', mode: 'browser' });
  });

  it('signs out: a final push, the token gone, the personal data wiped, reference data kept', async () => {
    const tokens = memoryTokenStore();
    const d = await signedIn('adviser', { tokens });
    const h = d.core.handlers;
    await h.syncNow();
    const mine = await h.createCase({ channel: 'chat', language: 'sv', subject: 'Sista ärendet', consumer: { name: 'Lisa Logout' } });
    await h.logout();
    expect(tokens.token).toBeNull();
    expect(await h.sessionState()).toMatchObject({ signedIn: false, user: null });
    // The final push made it to the server.
    expect((await serverCase(mine.id)).subject).toBe('Sista ärendet');
    const n = (t: string) => (d.core.cacheDb.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    for (const t of ['cases', 'notes', 'referrals', 'case_links', 'consumers']) expect(n(t), t).toBe(0);
    expect(n('topics')).toBeGreaterThan(0);
    expect(n('partners')).toBeGreaterThan(0);
    expect(d.core.cacheDb.prepare('SELECT cursor, user_json FROM sync_state').get()).toEqual({ cursor: '0', user_json: null });
    // The next adviser at this desk sees only their own scope.
    expect((await h.login({ username: 'adviser2', password: PASSWORD })).ok).toBe(true);
    await h.syncNow();
    expect((await h.myOpenCases()).map((c) => c.id)).not.toContain(mine.id);
  });
});
