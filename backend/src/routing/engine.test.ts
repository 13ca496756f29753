// What time alone changes (the routing tick), on both dialects, for the paths
// the lifecycle tests do not walk: a transfer to a colleague that rings out,
// and the longest-wait limit of a contact that was put back in line.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import { MINUTE, SECOND } from '../shared/clock.js';

const OPEN = '2026-11-25T09:00:00.000Z';

describeEachDialect('routing tick', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let lead: string;
  beforeAll(async () => {
    f = await createFixture(dialect);
    api = liveApi(f);
  });
  afterAll(() => f.close());
  beforeEach(async () => {
    f.deps.clock.set(OPEN);
    lead = await f.tokenFor('team_lead');
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  it('hands a transfer whose colleague let it ring out back to the whole queue, as a decline does', async () => {
    const tor = await addAdviser(f, 'Tor');
    const una = await addAdviser(f, 'Una');
    const vic = await addAdviser(f, 'Vic');
    await api.ready(tor);
    const call = await api.contact(lead, { channel: 'phone', language: 'sv', from: '0701234567' });
    await api.step(tor, call.id, 'accept');
    await api.ready(una);
    await api.ready(vic);
    await api.step(tor, call.id, 'transfer', { adviserId: una.id });
    expect((await api.interaction(call.id)).offered_to).toBe(una.id);
    f.deps.clock.advance(20 * SECOND);
    await api.work(vic);
    await api.tick();
    // Una is not ready now (missed); the caller must not wait for her to come back.
    expect(await api.interaction(call.id)).toMatchObject({ state: 'offered', offered_to: vic.id, target_adviser_id: null });
  });

  it('counts the longest wait from when the contact was last put in line, not from its first arrival', async () => {
    const wim = await addAdviser(f, 'Wim');
    await api.ready(wim);
    const chat = await api.contact(lead, { channel: 'chat', language: 'sv' }); // chat: 30 minutes at most
    await api.step(wim, chat.id, 'accept');
    f.deps.clock.advance(40 * MINUTE);
    await api.work(wim);
    // After a long conversation the chat goes to the English queue: the consumer is still there.
    await api.step(wim, chat.id, 'transfer', { queueId: 'chat-en' });
    await api.tick();
    expect((await api.interaction(chat.id)).state).toBe('queued');
    f.deps.clock.advance(30 * MINUTE + SECOND);
    await api.tick();
    expect(await api.interaction(chat.id)).toMatchObject({ state: 'expired', end_reason: 'max_wait' });
  });

  it('still expires a new contact at its limit, and not a second before', async () => {
    const chat = await api.contact(lead, { channel: 'chat', language: 'sv' });
    f.deps.clock.advance(30 * MINUTE - SECOND);
    await api.tick();
    expect((await api.interaction(chat.id)).state).toBe('queued');
    f.deps.clock.advance(SECOND);
    await api.tick();
    expect((await api.interaction(chat.id)).state).toBe('expired');
  });
});
