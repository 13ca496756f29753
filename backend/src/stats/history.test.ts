// The wallboard's history buckets, on both dialects: arrivals, answers and
// abandons in the bucket they happened in, service level counts, mean wait of
// the answered, and the most contacts waiting at once.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { insertRow } from '../../../tests/support/interaction-rows.js';
import { queueHistory } from './history.js';

describeEachDialect('queue history', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect);
  });
  afterAll(() => f.close());
  beforeEach(async () => {
    await f.deps.db.kysely.deleteFrom('interaction_events').execute();
    await f.deps.db.kysely.deleteFrom('interactions').execute();
    f.deps.clock.set('2026-11-25T09:07:00.000Z');
  });
  const bucketsOf = async (queueId: string, hours = 1, minutes = 15) => (await queueHistory(f.deps, hours, minutes)).queues.find((q) => q.queueId === queueId)!.buckets;

  it('lays buckets on round clock times, the last one holding now', async () => {
    const h = await queueHistory(f.deps, 1, 15);
    expect(h).toMatchObject({ from: '2026-11-25T08:15:00.000Z', to: '2026-11-25T09:15:00.000Z', bucketMinutes: 15 });
    expect(h.queues).toHaveLength(12);
    expect(h.queues[0]!.buckets.map((b) => b.start)).toEqual(['08:15', '08:30', '08:45', '09:00'].map((t) => `2026-11-25T${t}:00.000Z`));
    expect(h.queues[0]!.buckets.every((b) => b.arrived === 0 && b.maxWaiting === 0 && b.meanWaitSeconds === null)).toBe(true);
    expect((await queueHistory(f.deps, 2, 30)).queues[0]!.buckets).toHaveLength(4);
  });

  it('puts each arrival, answer and abandon in its bucket, with the service-level counts and the mean wait', async () => {
    // Phone: threshold 60 s.
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: '2026-11-25T08:20:00.000Z', accepted: '2026-11-25T08:22:00.000Z', done: '2026-11-25T08:30:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: '2026-11-25T08:50:00.000Z', accepted: '2026-11-25T08:50:30.000Z', done: '2026-11-25T08:55:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: '2026-11-25T08:40:00.000Z', ended: '2026-11-25T09:02:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'queued', arrived: '2026-11-25T09:05:00.000Z' });
    await insertRow(f.deps, { queue: 'chat-sv', state: 'queued', arrived: '2026-11-25T08:16:00.000Z' });
    const [b0, b1, b2, b3] = await bucketsOf('phone-sv');
    expect(b0).toMatchObject({ arrived: 1, answered: 1, answeredWithinSla: 0, abandoned: 0, meanWaitSeconds: 120, maxWaiting: 1 });
    expect(b1).toMatchObject({ arrived: 1, answered: 0, abandoned: 0, meanWaitSeconds: null, maxWaiting: 1 });
    expect(b2).toMatchObject({ arrived: 1, answered: 1, answeredWithinSla: 1, meanWaitSeconds: 30, maxWaiting: 2 });
    expect(b3).toMatchObject({ arrived: 1, answered: 0, abandoned: 1, abandonedAfterSla: 1, maxWaiting: 1 });
    // The chat has waited since 08:16: it is in every bucket's count of its own queue, and in no other.
    expect((await bucketsOf('chat-sv')).map((b) => b.maxWaiting)).toEqual([1, 1, 1, 1]);
    expect((await bucketsOf('phone-en')).map((b) => b.arrived + b.maxWaiting)).toEqual([0, 0, 0, 0]);
  });

  it('counts an answer in the window for a contact that arrived before it, and its wait up to the answer', async () => {
    await insertRow(f.deps, { queue: 'email-sv', state: 'done', arrived: '2026-11-25T07:00:00.000Z', accepted: '2026-11-25T08:20:00.000Z', done: '2026-11-25T08:40:00.000Z' });
    await insertRow(f.deps, { queue: 'email-sv', state: 'abandoned', arrived: '2026-11-25T06:00:00.000Z', ended: '2026-11-25T08:50:00.000Z' });
    const [b0, b1, b2, b3] = await bucketsOf('email-sv');
    expect(b0).toMatchObject({ arrived: 0, answered: 1, meanWaitSeconds: 80 * 60, maxWaiting: 2 });
    expect(b1).toMatchObject({ answered: 0, maxWaiting: 1 });
    expect(b2).toMatchObject({ abandoned: 1, maxWaiting: 1 });
    expect(b3).toMatchObject({ maxWaiting: 0 });
  });
});
