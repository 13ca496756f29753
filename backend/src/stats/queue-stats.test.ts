// Queue statistics from the interactions themselves, on both dialects: the
// live queue (waiting, ringing, longest wait), the Stockholm day so far
// (answered, abandoned, service level), and who could take the queue's
// contacts (staffed, available) with the estimated wait that follows.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser } from '../../../tests/support/live-work.js';
import { insertRow, setAdviser } from '../../../tests/support/interaction-rows.js';
import { computeQueueStats } from './queue-stats.js';

const at = (base: string, seconds: number) => new Date(Date.parse(base) + seconds * 1000).toISOString();

describeEachDialect('queue statistics', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect);
  });
  afterAll(() => f.close());
  beforeEach(async () => {
    await f.deps.db.kysely.deleteFrom('interaction_events').execute();
    await f.deps.db.kysely.deleteFrom('interactions').execute();
    await f.deps.db.kysely.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });
  const stats = async (queueId: string) => (await computeQueueStats(f.deps)).find((q) => q.queueId === queueId)!;

  it('counts who waits now, who is ringing, and how long the first in line has waited', async () => {
    const now = '2026-11-25T10:00:00.000Z';
    f.deps.clock.set(now);
    const anna = await addAdviser(f, 'Anna');
    await insertRow(f.deps, { queue: 'phone-sv', state: 'queued', arrived: at(now, -100) });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'queued', arrived: at(now, -30) });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'offered', arrived: at(now, -50), adviserId: anna.id });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'active', arrived: at(now, -400), accepted: at(now, -390), adviserId: anna.id });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: at(now, -900), ended: at(now, -800) });
    await insertRow(f.deps, { queue: 'chat-sv', state: 'queued', arrived: at(now, -10) });
    expect(await stats('phone-sv')).toMatchObject({ waiting: 3, offered: 1, longestWaitSeconds: 100, active: 1 });
    expect(await stats('chat-sv')).toMatchObject({ waiting: 1, offered: 0, longestWaitSeconds: 10, active: 0 });
    expect(await stats('phone-en')).toMatchObject({ waiting: 0, offered: 0, longestWaitSeconds: 0, active: 0 });
  });

  it('counts today as the Stockholm day, in winter and in summer time', async () => {
    // 01:30 in Stockholm (UTC+1): the day began at 23:00 UTC the day before.
    const winter = '2026-11-25T00:30:00.000Z';
    f.deps.clock.set(winter);
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: '2026-11-24T23:29:00.000Z', accepted: '2026-11-24T23:30:00.000Z', done: '2026-11-24T23:40:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: '2026-11-24T22:29:00.000Z', accepted: '2026-11-24T22:30:00.000Z', done: '2026-11-24T22:40:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: '2026-11-24T23:00:00.000Z', ended: '2026-11-24T23:01:00.000Z' });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: '2026-11-24T22:58:00.000Z', ended: '2026-11-24T22:59:59.000Z' });
    expect(await stats('phone-sv')).toMatchObject({ answeredToday: 1, abandonedToday: 1 });

    // 02:30 in Stockholm (UTC+2): the day began at 22:00 UTC.
    const summer = '2026-06-15T00:30:00.000Z';
    f.deps.clock.set(summer);
    await insertRow(f.deps, { queue: 'chat-sv', state: 'done', arrived: '2026-06-14T22:10:00.000Z', accepted: '2026-06-14T22:11:00.000Z', done: '2026-06-14T22:30:00.000Z' });
    await insertRow(f.deps, { queue: 'chat-sv', state: 'done', arrived: '2026-06-14T21:50:00.000Z', accepted: '2026-06-14T21:59:00.000Z', done: '2026-06-14T22:20:00.000Z' });
    expect(await stats('chat-sv')).toMatchObject({ answeredToday: 1, abandonedToday: 0 });
  });

  it('counts a contact answered today that arrived yesterday (an e-mail from the evening before)', async () => {
    const now = '2026-11-25T09:00:00.000Z';
    f.deps.clock.set(now);
    await insertRow(f.deps, { queue: 'email-sv', state: 'done', arrived: '2026-11-24T19:00:00.000Z', accepted: '2026-11-25T07:30:00.000Z', done: '2026-11-25T07:50:00.000Z' });
    await insertRow(f.deps, { queue: 'email-sv', state: 'abandoned', arrived: '2026-11-24T19:05:00.000Z', ended: '2026-11-25T07:10:00.000Z' });
    expect(await stats('email-sv')).toMatchObject({ answeredToday: 1, abandonedToday: 1 });
  });

  it('gives the service level as answered within the threshold ÷ (answered + abandoned after it), null before any', async () => {
    const now = '2026-11-25T12:00:00.000Z';
    f.deps.clock.set(now);
    const t0 = '2026-11-25T09:00:00.000Z';
    expect((await stats('phone-sv')).serviceLevelToday).toBeNull();
    // Phone: threshold 60 s. Only an abandon within the threshold: still nothing to measure.
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: t0, ended: at(t0, 20) });
    expect((await stats('phone-sv')).serviceLevelToday).toBeNull();
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: t0, accepted: at(t0, 30), done: at(t0, 300) });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: t0, accepted: at(t0, 60), done: at(t0, 300) }); // exactly at the threshold: within
    await insertRow(f.deps, { queue: 'phone-sv', state: 'done', arrived: t0, accepted: at(t0, 90), done: at(t0, 300) });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: t0, ended: at(t0, 120) });
    // 2 within ÷ (3 answered + 1 abandoned after 60 s) = 50 %.
    expect(await stats('phone-sv')).toMatchObject({ answeredToday: 3, abandonedToday: 2, serviceLevelToday: 50, slaSeconds: 60, slaTargetPercent: 80 });
  });

  it('measures a booked callback from its time, leaves it out of the queue until then, and counts a transferred contact once', async () => {
    const now = '2026-11-25T12:00:00.000Z';
    f.deps.clock.set(now);
    const t0 = '2026-11-25T10:00:00.000Z';
    // Booked at 10:00 for 11:00, answered at 11:05: five minutes, within the 15-minute threshold.
    await insertRow(f.deps, { queue: 'callback-sv', state: 'done', arrived: t0, available: at(t0, 3600), accepted: at(t0, 3900), done: at(t0, 4200) });
    // Booked for 13:00: not waiting yet.
    await insertRow(f.deps, { queue: 'callback-sv', state: 'queued', arrived: at(now, -600), available: at(now, 3600) });
    expect(await stats('callback-sv')).toMatchObject({ answeredToday: 1, serviceLevelToday: 100, waiting: 0, longestWaitSeconds: 0 });
    // Answered at once, transferred, then the caller hung up: answered, not also abandoned.
    await insertRow(f.deps, { queue: 'phone-sv', state: 'abandoned', arrived: t0, available: at(t0, 600), accepted: at(t0, 10), ended: at(t0, 700) });
    expect(await stats('phone-sv')).toMatchObject({ answeredToday: 1, abandonedToday: 0, serviceLevelToday: 100 });
  });

  it('counts a chat that expired after waiting past its limit against the service level, not as abandoned', async () => {
    const now = '2026-11-25T12:00:00.000Z';
    f.deps.clock.set(now);
    const t0 = '2026-11-25T09:00:00.000Z';
    await insertRow(f.deps, { queue: 'chat-sv', state: 'done', arrived: t0, accepted: at(t0, 30), done: at(t0, 600) });
    await insertRow(f.deps, { queue: 'chat-sv', state: 'expired', arrived: t0, ended: at(t0, 1801) });
    // 1 within ÷ (1 answered + 1 expired after the 120 s threshold) = 50 %.
    expect(await stats('chat-sv')).toMatchObject({ answeredToday: 1, abandonedToday: 0, serviceLevelToday: 50 });
  });

  it('counts as staffed the ready advisers there now with the skills, as available those free, and estimates only with staff', async () => {
    const now = '2026-11-25T10:00:00.000Z';
    f.deps.clock.set(now);
    await insertRow(f.deps, { queue: 'phone-sv', state: 'queued', arrived: at(now, -20) });
    let phone = await stats('phone-sv');
    expect(phone).toMatchObject({ staffed: 0, available: 0, estimatedWait: null });

    const free = await addAdviser(f, 'Free');
    const busy = await addAdviser(f, 'Busy');
    const quiet = await addAdviser(f, 'Quiet');
    const english = await addAdviser(f, 'English');
    const resting = await addAdviser(f, 'Resting');
    const chatOnly = await addAdviser(f, 'ChatOnly');
    await setAdviser(f.deps, free.id, { intent: 'ready', seenAt: now });
    await setAdviser(f.deps, busy.id, { intent: 'ready', seenAt: now });
    await insertRow(f.deps, { queue: 'phone-sv', state: 'active', arrived: at(now, -300), accepted: at(now, -290), adviserId: busy.id });
    await setAdviser(f.deps, quiet.id, { intent: 'ready', seenAt: at(now, -60) }); // workstation not heard from: not staffing
    await setAdviser(f.deps, english.id, { intent: 'ready', seenAt: now, languages: ['en'] });
    await setAdviser(f.deps, resting.id, { intent: 'not_ready', seenAt: now });
    await setAdviser(f.deps, chatOnly.id, { intent: 'ready', seenAt: now, channels: ['chat'] });

    phone = await stats('phone-sv');
    expect(phone).toMatchObject({ staffed: 2, available: 1 });
    expect(phone.estimatedWait).not.toBeNull();
    expect(phone.estimatedWait!.low).toBeLessThanOrEqual(phone.estimatedWait!.seconds);
    expect(phone.estimatedWait!.seconds).toBeLessThanOrEqual(phone.estimatedWait!.high);
    expect(await stats('phone-en')).toMatchObject({ staffed: 3, available: 2 });
    expect(await stats('chat-sv')).toMatchObject({ staffed: 3, available: 2 });
  });
});
