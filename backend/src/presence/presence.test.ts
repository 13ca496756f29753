// Presence transitions, on both dialects: the state everyone sees follows the
// adviser's choice and the work in hand (busy, wrap-up), the system's own
// changes (missed offer, vanished workstation), "idle since" for longest-idle
// routing, and the presence events each change sends to the adviser and leads.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi, type Desk } from '../../../tests/support/live-work.js';
import { GONE_AFTER_MS, LIVE_WINDOW_MS } from '../routing/engine.js';
import { SECOND } from '../shared/clock.js';

const OPEN = '2026-11-25T09:00:00.000Z';

describeEachDialect('presence', (dialect) => {
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
    // Each test starts with no contacts waiting and nobody ready.
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
  });

  const call = (from = '0701112233') => api.contact(lead, { channel: 'phone', language: 'sv', from });
  const seconds = (n: number) => f.deps.clock.advance(n * SECOND);
  /** Presence events written since `afterSeq`, for one adviser's own feed and for the leads' feed. */
  async function presenceEvents(userId: string, afterSeq: number) {
    const rows = await f.deps.db.kysely.selectFrom('live_events').selectAll().where('seq', '>', afterSeq).where('type', '=', 'presence').orderBy('seq').execute();
    const parsed = rows.map((r) => ({ audience: r.audience, to: r.user_id, presence: (JSON.parse(r.payload) as { presence: { userId: string; state: string; intent: string } }).presence }));
    return {
      own: parsed.filter((e) => e.audience === 'user' && e.to === userId).map((e) => e.presence),
      leads: parsed.filter((e) => e.audience === 'leads' && e.presence.userId === userId).map((e) => e.presence),
    };
  }
  const lastSeq = async () => Number((await f.deps.db.kysely.selectFrom('live_events').select((eb) => eb.fn.max('seq').as('s')).executeTakeFirst())?.s ?? 0);

  describe('work wins over the chosen intent', () => {
    it('shows busy while an offer rings and during the call, wrap-up after it, then what the adviser chose', async () => {
      const anna = await addAdviser(f, 'Anna');
      expect((await api.ready(anna)).state).toBe('ready');
      const c = await call();
      expect((await api.presence(anna.id)).state).toBe('busy');
      await api.step(anna, c.id, 'accept');
      expect((await api.presence(anna.id)).state).toBe('busy');
      // Changing one's mind during the call changes the intent, not what others see.
      expect(await api.notReady(anna, 'meeting')).toMatchObject({ intent: 'not_ready', state: 'busy' });
      await api.step(anna, c.id, 'end');
      expect(await api.presence(anna.id)).toMatchObject({ intent: 'not_ready', state: 'wrap_up' });
      await api.step(anna, c.id, 'complete', {});
      expect(await api.presence(anna.id)).toMatchObject({ intent: 'not_ready', state: 'not_ready', reason: 'meeting' });
    });

    it('stays busy when an adviser goes offline with a call in hand, and shows offline once it is done', async () => {
      const bo = await addAdviser(f, 'Bo');
      await api.ready(bo);
      const c = await call();
      await api.step(bo, c.id, 'accept');
      expect(await api.ok(bo.token, 'POST', '/v1/presence', { intent: 'offline' })).toMatchObject({ intent: 'offline', state: 'busy' });
      await api.step(bo, c.id, 'complete', {});
      expect(await api.presence(bo.id)).toMatchObject({ intent: 'offline', state: 'offline' });
    });

    it('ends wrap-up by itself when its time runs out and returns the adviser to ready', async () => {
      const cia = await addAdviser(f, 'Cia');
      await api.ready(cia);
      const c = await call();
      await api.step(cia, c.id, 'accept');
      await api.step(cia, c.id, 'end'); // phone wrap-up: 60 s
      seconds(59);
      await api.work(cia);
      await api.tick();
      expect((await api.presence(cia.id)).state).toBe('wrap_up');
      seconds(1);
      await api.tick();
      expect((await api.presence(cia.id)).state).toBe('ready');
    });
  });

  describe('the system\'s own changes', () => {
    it('makes an adviser whose offer rang out not ready (missed), and offers them nothing more', async () => {
      const dan = await addAdviser(f, 'Dan');
      await api.ready(dan);
      const first = await call('0701110001');
      seconds(20);
      await api.tick();
      expect(await api.presence(dan.id)).toMatchObject({ intent: 'not_ready', reason: 'missed', state: 'not_ready' });
      expect((await api.interaction(first.id)).state).toBe('queued');
      await call('0701110002');
      expect(await api.offers(dan)).toEqual([]);
    });

    it('keeps the choice of an adviser who went on a break or offline while the offer rang', async () => {
      const eva = await addAdviser(f, 'Eva');
      const fia = await addAdviser(f, 'Fia');
      await api.ready(eva);
      await api.ready(fia);
      await call('0701110003');
      await call('0701110004');
      await api.notReady(eva, 'break');
      await api.ok(fia.token, 'POST', '/v1/presence', { intent: 'offline' });
      seconds(20);
      await api.tick();
      expect(await api.presence(eva.id)).toMatchObject({ intent: 'not_ready', reason: 'break', state: 'not_ready' });
      expect(await api.presence(fia.id)).toMatchObject({ intent: 'offline', state: 'offline' });
    });

    it('offers nothing to a ready adviser whose workstation went quiet, and sets them offline once it is gone', async () => {
      const gun = await addAdviser(f, 'Gun');
      await api.ready(gun);
      seconds(LIVE_WINDOW_MS / SECOND + 1);
      const c = await call();
      expect((await api.interaction(c.id)).state).toBe('queued');
      // Quiet but not yet gone: still ready.
      f.deps.clock.set(new Date(Date.parse(OPEN) + GONE_AFTER_MS - SECOND));
      await api.tick();
      expect(await api.presence(gun.id)).toMatchObject({ intent: 'ready', state: 'ready' });
      seconds(2);
      await api.tick();
      expect(await api.presence(gun.id)).toMatchObject({ intent: 'offline', state: 'offline' });
      const audit = await f.deps.db.kysely.selectFrom('audit_log').select(['action', 'detail']).where('entity_id', '=', gun.id).where('action', '=', 'presence.system').execute();
      expect(audit.map((a) => JSON.parse(a.detail) as object)).toEqual([{ from: 'ready', to: 'offline', reason: 'disconnected' }]);
    });

    it('leaves advisers whose workstations keep speaking as they were, ready or not, and takes a silent not-ready one offline too', async () => {
      const hans = await addAdviser(f, 'Hans');
      const ida = await addAdviser(f, 'Ida');
      const jan = await addAdviser(f, 'Jan');
      await api.ready(hans);
      await api.notReady(ida, 'training');
      await api.notReady(jan, 'break');
      for (let i = 0; i < 4; i++) {
        seconds(40);
        await api.work(hans);
        await api.work(ida);
        await api.tick();
      }
      expect((await api.presence(hans.id)).intent).toBe('ready');
      expect(await api.presence(ida.id)).toMatchObject({ intent: 'not_ready', reason: 'training' });
      // Jan's desk crashed during the break: not "on a break" on the wallboard for ever.
      expect(await api.presence(jan.id)).toMatchObject({ intent: 'offline', reason: null });
    });
  });

  describe('idle since', () => {
    it('is set when the adviser becomes free, so whoever waited longest gets the next contact', async () => {
      const jon = await addAdviser(f, 'Jon');
      const kim = await addAdviser(f, 'Kim');
      await api.ready(jon);
      seconds(5);
      await api.ready(kim);
      expect((await api.presence(jon.id)).idle_since).toBe(OPEN);
      const c = await call();
      expect((await api.interaction(c.id)).offered_to).toBe(jon.id);
      await api.step(jon, c.id, 'accept');
      seconds(30);
      await api.work(kim);
      const done = await api.step(jon, c.id, 'complete', {});
      expect((await api.presence(jon.id)).idle_since).toBe(done.doneAt);
      // Kim has been free since before Jon finished: the next call is hers.
      const next = await call('0702220000');
      expect((await api.interaction(next.id)).offered_to).toBe(kim.id);
    });

    it('does not move while the adviser stays in the same state', async () => {
      const liv = await addAdviser(f, 'Liv');
      await api.ready(liv);
      seconds(10);
      await api.ready(liv);
      await api.work(liv);
      expect((await api.presence(liv.id)).idle_since).toBe(OPEN);
    });
  });

  describe('presence events', () => {
    it('tells the adviser and the leads each time the state changes, and nobody when nothing changed', async () => {
      const max = await addAdviser(f, 'Max');
      const other: Desk = await addAdviser(f, 'Other');
      const before = await lastSeq();
      await api.ready(max);
      const c = await call();
      await api.step(max, c.id, 'accept');
      await api.step(max, c.id, 'end');
      await api.step(max, c.id, 'complete', {});
      const states = ['ready', 'busy', 'wrap_up', 'ready'];
      const seen = await presenceEvents(max.id, before);
      expect(seen.own.map((p) => p.state)).toEqual(states);
      expect(seen.leads.map((p) => p.state)).toEqual(states);
      expect(seen.own.every((p) => p.userId === max.id)).toBe(true);
      // Another adviser's feed gets none of it.
      expect((await presenceEvents(other.id, before)).own).toEqual([]);

      const quiet = await lastSeq();
      await api.ready(max);
      await api.work(max);
      expect(await presenceEvents(max.id, quiet)).toEqual({ own: [], leads: [] });
    });

    it('tells them when the system changes the presence (a missed offer) and when a lead does', async () => {
      const ned = await addAdviser(f, 'Ned');
      await api.ready(ned);
      await call();
      const before = await lastSeq();
      seconds(20);
      await api.tick();
      const missed = await presenceEvents(ned.id, before);
      expect(missed.own.at(-1)).toMatchObject({ intent: 'not_ready', state: 'not_ready' });
      expect(missed.leads.at(-1)).toMatchObject({ intent: 'not_ready', state: 'not_ready' });

      const mid = await lastSeq();
      await api.ok(lead, 'POST', `/v1/advisers/${ned.id}/presence`, { intent: 'ready' });
      const byLead = await presenceEvents(ned.id, mid);
      expect(byLead.own.map((p) => p.intent)).toContain('ready');
      expect(byLead.leads.map((p) => p.intent)).toContain('ready');
    });
  });
});
