// Random sequences of what happens in a contact centre — contacts arriving,
// advisers going ready and not ready, accepting, declining, ending,
// completing, transferring, consumers hanging up, time passing — through the
// real API on both dialects, with the invariants of live work checked from
// the database after every step (tests/support/live-invariants.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi, type Desk } from '../../../tests/support/live-work.js';
import { checkInvariants } from '../../../tests/support/live-invariants.js';
import { MINUTE, SECOND } from '../shared/clock.js';
import { LIVE_WINDOW_MS } from './engine.js';
import type { InteractionState } from '../db/schema.js';

const OPEN = '2026-11-25T09:00:00.000Z';
const DESKS = 4;

type Op =
  | { kind: 'arrive'; channel: 'phone' | 'chat' | 'email'; language: 'sv' | 'en' }
  | { kind: 'ready' | 'notReady' | 'offline' | 'seen' | 'accept' | 'decline'; desk: number }
  | { kind: 'end' | 'complete'; pick: number }
  | { kind: 'transfer'; pick: number; to: number }
  | { kind: 'left'; pick: number }
  | { kind: 'time'; seconds: number };

const desk = fc.nat(DESKS - 1);
const pick = fc.nat(20);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('arrive' as const), channel: fc.constantFrom('phone' as const, 'chat' as const, 'email' as const), language: fc.constantFrom('sv' as const, 'en' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('ready' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('notReady' as const, 'offline' as const, 'seen' as const), desk }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('accept' as const), desk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('decline' as const), desk }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('end' as const, 'complete' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('transfer' as const), pick, to: fc.integer({ min: -1, max: DESKS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('left' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('time' as const), seconds: fc.constantFrom(1, 5, 12, 21, 35, 61, 130) }) },
);

const profileArb = fc.record({
  languages: fc.constantFrom(['sv', 'en'], ['sv'], ['en']),
  channels: fc.constantFrom(['phone', 'chat', 'email'], ['chat', 'email'], ['phone'], ['phone', 'chat']),
  capacity: fc.record({ phone: fc.constant(1), chat: fc.integer({ min: 1, max: 3 }), email: fc.integer({ min: 1, max: 2 }) }),
});

type Profile = typeof profileArb extends fc.Arbitrary<infer T> ? T : never;

describeEachDialect('live work under random operations', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  beforeAll(async () => {
    f = await createFixture(dialect);
    api = liveApi(f);
    // A short longest-wait on Swedish chat, so expiry happens within a run.
    const lead = await f.tokenFor('team_lead');
    const q = (await api.ok<Array<{ id: string; version: number }>>(lead, 'GET', '/v1/queues')).find((x) => x.id === 'chat-sv')!;
    await api.ok(lead, 'PATCH', '/v1/queues/chat-sv', { version: q.version, maxWaitSeconds: 90 });
  });
  afterAll(() => f.close());

  async function freshRun(profiles: Array<Profile>) {
    f.deps.clock.set(OPEN);
    const k = f.deps.db.kysely;
    // Earlier runs' contacts are out of the way; their advisers are offline.
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const lead = await f.tokenFor('team_lead');
    const desks: Desk[] = [];
    for (const [i, p] of profiles.entries()) {
      const d = await addAdviser(f, `Desk${i}`);
      await api.ok(lead, 'PATCH', `/v1/advisers/${d.id}/profile`, { version: 1, ...p });
      desks.push(d);
    }
    return { lead, desks };
  }

  it('keeps every invariant after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(profileArb, { minLength: DESKS, maxLength: DESKS }), fc.array(opArb, { minLength: 30, maxLength: 60, size: 'max' }), async (profiles, ops) => {
        const { lead, desks } = await freshRun(profiles);
        const ids: string[] = [];
        let elapsed = 0;
        const scope = { interactionIds: ids, adviserIds: desks.map((d) => d.id), afterEventId: 0, routedLast: true };
        scope.afterEventId = await checkInvariants(f.deps, scope);
        /** This run's contacts in the given states, with the adviser holding each. */
        const held = async (states: InteractionState[]) =>
          ids.length === 0 ? [] : f.deps.db.kysely.selectFrom('interactions').select(['id', 'adviser_id']).where('id', 'in', ids).where('state', 'in', states).orderBy('id').execute();
        const expectStatus = async (d: Desk, method: 'GET' | 'POST', url: string, status: number, payload?: object) => {
          const res = await api.call(d.token, method, url, payload);
          expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(status);
        };

        for (const op of ops) {
          // Whether this step ran a routing pass. A step that changed nothing (a
          // refused request, nothing to act on) ran none, so what held before
          // it — e.g. a sign of life not yet acted on by a tick — still holds.
          let routed = true;
          switch (op.kind) {
            case 'arrive': {
              const created = await api.contact(lead, { channel: op.channel, language: op.language, ...(op.channel === 'email' ? { from: 'someone@example.se' } : {}) });
              ids.push(created.id);
              break;
            }
            case 'ready':
              await api.ready(desks[op.desk]!);
              break;
            case 'notReady':
              await api.notReady(desks[op.desk]!, 'break');
              break;
            case 'offline':
              await api.ok(desks[op.desk]!.token, 'POST', '/v1/presence', { intent: 'offline' });
              break;
            case 'seen':
              await api.work(desks[op.desk]!);
              routed = false; // a sign of life only; the next routing pass (the tick) acts on it
              break;
            case 'accept':
            case 'decline': {
              // An adviser with an offer ringing answers it; if nobody has one, one who has not tries a contact and is refused.
              const ringing = await f.deps.db.kysely.selectFrom('interactions').select(['id', 'offered_to']).where('state', '=', 'offered').where('id', 'in', ids.length ? ids : ['-']).orderBy('id').execute();
              const offer = ringing[op.desk % Math.max(1, ringing.length)];
              if (offer) await expectStatus(desks.find((d) => d.id === offer.offered_to)!, 'POST', `/v1/interactions/${offer.id}/${op.kind}`, 200);
              else {
                if (ids.length > 0) await expectStatus(desks[op.desk]!, 'POST', `/v1/interactions/${ids[ids.length - 1]}/${op.kind}`, 409);
                routed = scope.routedLast;
              }
              break;
            }
            case 'end':
            case 'complete': {
              const mine = await held(op.kind === 'end' ? ['active'] : ['active', 'wrap_up']);
              const target = mine[op.pick % Math.max(1, mine.length)];
              if (target) await expectStatus(desks.find((d) => d.id === target.adviser_id)!, 'POST', `/v1/interactions/${target.id}/${op.kind}`, 200, op.kind === 'complete' ? {} : undefined);
              else routed = scope.routedLast;
              break;
            }
            case 'transfer': {
              const mine = await held(['active']);
              const target = mine[op.pick % Math.max(1, mine.length)];
              if (!target) {
                routed = scope.routedLast;
                break;
              }
              const d = desks.find((x) => x.id === target.adviser_id)!;
              const row = await api.interaction(target.id);
              const to = desks[op.to];
              if (to && to.id !== d.id) {
                // To a colleague: only one who is ready, there, and takes this channel and language; any other is refused and the contact stays put.
                const colleague = await api.presence(to.id).catch(() => null);
                const skills = await f.deps.db.kysely.selectFrom('adviser_profiles').selectAll().where('user_id', '=', to.id).executeTakeFirst();
                const there = !!colleague && colleague.intent === 'ready' && Date.parse(colleague.seen_at) >= f.deps.clock.now().getTime() - LIVE_WINDOW_MS;
                const able = !!skills && (JSON.parse(skills.channels) as string[]).includes(row.channel) && (JSON.parse(skills.languages) as string[]).includes(row.language);
                await expectStatus(d, 'POST', `/v1/interactions/${target.id}/transfer`, there && able ? 200 : 409, { adviserId: to.id });
                if (!(there && able)) routed = scope.routedLast;
              } else {
                await expectStatus(d, 'POST', `/v1/interactions/${target.id}/transfer`, 200, { queueId: `${row.channel}-${row.language === 'sv' ? 'en' : 'sv'}` });
              }
              break;
            }
            case 'left': {
              const id = ids[op.pick % Math.max(1, ids.length)];
              if (id) expect((await api.call(lead, 'POST', `/v1/interactions/${id}/consumer-left`, {})).status).toBe(200);
              else routed = scope.routedLast;
              break;
            }
            case 'time': {
              // Sessions last an hour: the run stays well inside it.
              if (elapsed + op.seconds * SECOND <= 45 * MINUTE) {
                f.deps.clock.advance(op.seconds * SECOND);
                elapsed += op.seconds * SECOND;
              }
              await api.tick();
              break;
            }
          }
          scope.routedLast = routed;
          scope.afterEventId = await checkInvariants(f.deps, scope);
        }
      }),
      // FC_SEED (and FC_PATH) replay a failure that a run printed.
      { numRuns: 15, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) } : {}) },
    );
  }, 300_000);
});
