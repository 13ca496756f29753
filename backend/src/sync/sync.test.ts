import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import { DAY, MINUTE } from '../shared/clock.js';

interface Change { seq: number; entity: string; id: string; op: 'upsert' | 'delete'; data?: Record<string, unknown> }

describeEachDialect('sync', (dialect) => {
  let f: Fixture;
  let adviser: string;
  let other: string;
  let partnerId: string;
  beforeAll(async () => {
    f = await createFixture(dialect, { syncHorizonDays: 30 });
    ({ partnerId } = await insertBasics(f.deps));
    adviser = await f.tokenFor('adviser');
    other = await f.tokenFor('supervisor');
  });
  afterAll(() => f.close());

  const push = (token: string, mutations: object[]) =>
    f.app.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(token), payload: { mutations } });
  const pull = (token: string, cursor?: string, limit = 500) =>
    f.app.inject({ method: 'GET', url: `/v1/sync/changes?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, headers: bearer(token) });
  async function pullAll(token: string, cursor?: string, limit = 500): Promise<{ changes: Change[]; cursor: string; pages: number }> {
    const changes: Change[] = [];
    let pages = 0;
    for (;;) {
      const res = await pull(token, cursor, limit);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      pages++;
      changes.push(...body.changes);
      cursor = body.cursor;
      if (!body.hasMore) return { changes, cursor: cursor!, pages };
    }
  }
  const count = async (table: 'cases' | 'case_notes' | 'applied_mutations') =>
    Number((await f.deps.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('applies a pushed batch once, however often it is retried', async () => {
    const caseId = randomUUID();
    const batch = [
      { id: randomUUID(), type: 'case.create', case: { id: caseId, channel: 'phone', language: 'sv', topicId: 'goods', consumer: { name: 'Offline Olle' } } },
      { id: randomUUID(), type: 'note.add', caseId, note: { id: randomUUID(), body: 'Skrivet offline' } },
      { id: randomUUID(), type: 'referral.add', caseId, referral: { id: randomUUID(), partnerId, reason: 'Tvist', method: 'informed' } },
    ];
    const casesBefore = await count('cases');
    const notesBefore = await count('case_notes');
    const first = await push(adviser, batch);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const second = await push(adviser, batch);
    expect(second.json()).toEqual(first.json());
    expect(await count('cases')).toBe(casesBefore + 1);
    expect(await count('case_notes')).toBe(notesBefore + 1);
    const c = (await f.app.inject({ method: 'GET', url: `/v1/cases/${caseId}`, headers: bearer(adviser) })).json();
    expect(c.notes.map((n: { body: string }) => n.body)).toEqual(['Skrivet offline']);
    expect(c.referrals).toHaveLength(1);
  });

  it('answers a stale update with a conflict holding the server version, and records it for retries', async () => {
    const caseId = randomUUID();
    await push(adviser, [{ id: randomUUID(), type: 'case.create', case: { id: caseId, channel: 'email', language: 'sv' } }]);
    const online = await f.app.inject({ method: 'PATCH', url: `/v1/cases/${caseId}`, headers: bearer(other), payload: { version: 1, subject: 'Ändrad online' } });
    expect(online.statusCode).toBe(200);
    const stale = { id: randomUUID(), type: 'case.update', caseId, version: 1, patch: { subject: 'Ändrad offline' } };
    const res = (await push(adviser, [stale])).json().results[0];
    expect(res).toMatchObject({ status: 'conflict', code: 'version_conflict', currentVersion: 2, current: { subject: 'Ändrad online' } });
    expect((await push(adviser, [stale])).json().results[0]).toEqual(res);
    const fresh = { id: randomUUID(), type: 'case.update', caseId, version: 2, patch: { subject: 'Ändrad offline' } };
    expect((await push(adviser, [fresh])).json().results[0].status).toBe('applied');
  });

  it('rejects a refused mutation with its reason and carries on with the rest', async () => {
    const results = (
      await push(adviser, [
        { id: randomUUID(), type: 'note.add', caseId: 'no-such-case', note: { id: randomUUID(), body: 'x' } },
        { id: randomUUID(), type: 'case.create', case: { id: randomUUID(), channel: 'chat', language: 'en' } },
      ])
    ).json().results;
    expect(results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(results[1].status).toBe('applied');
  });

  it('does not let another user replay a mutation id', async () => {
    const m = { id: randomUUID(), type: 'case.create', case: { id: randomUUID(), channel: 'chat', language: 'sv' } };
    expect((await push(adviser, [m])).json().results[0].status).toBe('applied');
    expect((await push(other, [m])).json().results[0]).toMatchObject({ status: 'rejected' });
  });

  it('refuses malformed batches with 400 and applies nothing', async () => {
    const before = await count('applied_mutations');
    const dup = randomUUID();
    const cases = [
      { mutations: [] },
      { mutations: [{ id: 'not-a-uuid', type: 'case.create', case: { channel: 'phone', language: 'sv' } }] },
      { mutations: [{ id: randomUUID(), type: 'case.explode' }] },
      { mutations: [{ id: dup, type: 'case.link', caseId: 'a', linkedCaseId: 'b' }, { id: dup, type: 'case.link', caseId: 'a', linkedCaseId: 'b' }] },
    ];
    for (const payload of cases) {
      const res = await f.app.inject({ method: 'POST', url: '/v1/sync/push', headers: bearer(adviser), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect(await count('applied_mutations')).toBe(before);
  });

  it('pages through the feed from any cursor without gaps or duplicates', async () => {
    for (let i = 0; i < 12; i++) {
      await push(adviser, [{ id: randomUUID(), type: 'case.create', case: { id: randomUUID(), channel: 'forum', language: 'sv', note: `n${i}` } }]);
    }
    const whole = await pullAll(adviser, undefined, 1000);
    const paged = await pullAll(adviser, undefined, 7);
    expect(paged.pages).toBeGreaterThan(3);
    expect(paged.changes).toEqual(whole.changes);
    const seqs = whole.changes.map((c) => c.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
    const keys = whole.changes.map((c) => `${c.entity}:${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Resuming from the middle gives exactly the rest.
    const mid = whole.changes[Math.floor(whole.changes.length / 2)]!;
    const rest = await pullAll(adviser, String(mid.seq), 5);
    expect(rest.changes).toEqual(whole.changes.filter((c) => c.seq > mid.seq));
    // Nothing new: the cursor stays.
    const idle = (await pull(adviser, whole.cursor)).json();
    expect(idle).toEqual({ changes: [], cursor: whole.cursor, hasMore: false });
    // A change after that arrives once, from the stored cursor.
    const caseId = randomUUID();
    await push(other, [{ id: randomUUID(), type: 'case.create', case: { id: caseId, channel: 'phone', language: 'sv' } }]);
    const next = await pullAll(adviser, whole.cursor);
    expect(next.changes.filter((c) => c.entity === 'case').map((c) => c.id)).toEqual([caseId]);
  });

  it('sends reference data and recent or own cases, not old cases of others; deletions included', async () => {
    const { users } = f;
    const start = f.deps.clock.now();
    const oldOthers = randomUUID();
    const oldMine = randomUUID();
    const supervisorCreates = (id: string, assignedAdviserId: string) =>
      push(other, [{ id: randomUUID(), type: 'case.create', case: { id, channel: 'phone', language: 'sv', assignedAdviserId, consumer: { name: `Gammal ${id.slice(0, 4)}` } } }]);
    f.deps.clock.set(new Date(start.getTime() - 60 * DAY));
    await supervisorCreates(oldOthers, users.supervisor);
    await supervisorCreates(oldMine, users.adviser);
    f.deps.clock.set(start);
    // Small pages: every page of a first sync applies the same horizon.
    const feed = await pullAll(adviser, undefined, 3);
    const caseIds = feed.changes.filter((c) => c.entity === 'case').map((c) => c.id);
    expect(caseIds).toContain(oldMine);
    expect(caseIds).not.toContain(oldOthers);
    const consumers = feed.changes.filter((c) => c.entity === 'consumer').map((c) => (c.data as { name: string }).name);
    expect(consumers).toContain(`Gammal ${oldMine.slice(0, 4)}`);
    expect(consumers).not.toContain(`Gammal ${oldOthers.slice(0, 4)}`);
    expect(feed.changes.some((c) => c.entity === 'topic' && c.id === 'goods.complaint')).toBe(true);

    // The supervisor, for whom the old case is theirs, gets it.
    const theirs = await pullAll(other);
    expect(theirs.changes.filter((c) => c.entity === 'case').map((c) => c.id)).toContain(oldOthers);

    // An unlink reaches the cache as a deletion.
    f.deps.clock.advance(MINUTE);
    const a = randomUUID();
    const b = randomUUID();
    await push(adviser, [
      { id: randomUUID(), type: 'case.create', case: { id: a, channel: 'phone', language: 'sv' } },
      { id: randomUUID(), type: 'case.create', case: { id: b, channel: 'phone', language: 'sv' } },
      { id: randomUUID(), type: 'case.link', caseId: a, linkedCaseId: b },
    ]);
    const linked = await pullAll(adviser, feed.cursor);
    const link = linked.changes.find((c) => c.entity === 'case_link');
    expect(link?.op).toBe('upsert');
    await f.app.inject({ method: 'DELETE', url: `/v1/cases/${a}/links/${b}`, headers: bearer(adviser) });
    const after = await pullAll(adviser, linked.cursor);
    expect(after.changes.find((c) => c.entity === 'case_link')).toMatchObject({ id: link!.id, op: 'delete' });
  });

  it('delivers every later change to a cached case, however long the desktop was away', async () => {
    const caseId = randomUUID();
    await push(other, [{ id: randomUUID(), type: 'case.create', case: { id: caseId, channel: 'phone', language: 'sv', subject: 'v1' } }]);
    const first = await pullAll(adviser);
    expect(first.changes.some((c) => c.entity === 'case' && c.id === caseId)).toBe(true);
    f.deps.clock.advance(5 * DAY);
    other = await f.tokenFor('supervisor'); // sessions expire while the clock jumps
    const changed = await f.app.inject({ method: 'PATCH', url: `/v1/cases/${caseId}`, headers: bearer(other), payload: { version: 1, subject: 'v2' } });
    expect(changed.statusCode).toBe(200);
    f.deps.clock.advance(40 * DAY); // the change is now older than the 30-day horizon
    adviser = await f.tokenFor('adviser');
    other = await f.tokenFor('supervisor');
    const later = await pullAll(adviser, first.cursor);
    expect(later.changes.find((c) => c.entity === 'case' && c.id === caseId)?.data).toMatchObject({ subject: 'v2' });
  });

  it('audits the cases and consumers a pull hands out', async () => {
    const before = Number(
      (await f.deps.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'sync.pull').executeTakeFirstOrThrow()).n,
    );
    const feed = await pullAll(adviser);
    const handedOut = feed.changes.filter((c) => c.op === 'upsert' && (c.entity === 'case' || c.entity === 'consumer')).length;
    const after = Number(
      (await f.deps.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'sync.pull').executeTakeFirstOrThrow()).n,
    );
    expect(handedOut).toBeGreaterThan(0);
    expect(after - before).toBe(handedOut);
  });

  it('keeps the feed from the admin role and from the unauthenticated', async () => {
    expect((await pull(await f.tokenFor('admin'))).statusCode).toBe(403);
    expect((await f.app.inject({ method: 'GET', url: '/v1/sync/changes' })).statusCode).toBe(401);
    expect((await f.app.inject({ method: 'GET', url: '/v1/sync/changes?cursor=-1', headers: bearer(adviser) })).statusCode).toBe(400);
  });
});
