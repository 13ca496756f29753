// The routing planner as a pure function: a few readable examples, then
// properties over arbitrary contacts and advisers, each checked against an
// eligibility oracle written here from the rules (not by calling canTake), so
// a mistake in canTake shows up as a disagreement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel, Language } from '../db/schema.js';
import { planOffers, type AdviserCandidate, type Assignment, type WaitingContact } from './plan.js';

const CHANNELS: readonly Channel[] = ['phone', 'callback', 'chat', 'email', 'forum', 'social'];
const LANGUAGES: readonly Language[] = ['sv', 'en'];
const isVoice = (c: Channel) => c === 'phone' || c === 'callback';
const sum = (load: Partial<Record<Channel, number>>) => CHANNELS.reduce((n, c) => n + (load[c] ?? 0), 0);

/** The routing rules, restated: may this adviser (as given to the planner) be offered this contact? */
function eligible(a: AdviserCandidate, c: WaitingContact): boolean {
  if (!a.ready || a.offered || a.inWrapUp) return false;
  if (c.targetAdviserId !== null && c.targetAdviserId !== a.userId) return false;
  if (c.notTo.has(a.userId)) return false;
  if (!a.languages.includes(c.language) || !a.channels.includes(c.channel)) return false;
  const cap = a.capacity[c.channel] ?? 0;
  const voiceInHand = (a.load.phone ?? 0) + (a.load.callback ?? 0);
  // A call: nothing else in hand. Anything else: no call in hand, and room on its channel.
  if (isVoice(c.channel)) return sum(a.load) === 0 && cap >= 1;
  return voiceInHand === 0 && (a.load[c.channel] ?? 0) + 1 <= cap;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** Negative when x comes first in line: the more urgent queue, then the earlier place, then the id. */
const lineOrder = (x: WaitingContact, y: WaitingContact) => x.priority - y.priority || cmp(x.enqueuedAt, y.enqueuedAt) || cmp(x.id, y.id);
/** Negative when x has been free longer (ties broken by id, as the planner does). */
const loadOf = (a: AdviserCandidate) => Object.values(a.load).reduce((s, n) => s + (n ?? 0), 0);
/** Least busy first, then free longest: written out again here, not imported, so the test checks the planner. */
const idleOrder = (x: AdviserCandidate, y: AdviserCandidate) => loadOf(x) - loadOf(y) || cmp(x.idleSince, y.idleSince) || cmp(x.userId, y.userId);

// ---------------------------------------------------------------- examples

const T0 = '2026-11-25T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

function adviser(userId: string, over: Partial<AdviserCandidate> = {}): AdviserCandidate {
  return {
    userId,
    ready: true,
    languages: ['sv', 'en'],
    channels: [...CHANNELS],
    capacity: { phone: 1, callback: 1, chat: 3, email: 2, forum: 2, social: 2 },
    load: {},
    offered: false,
    inWrapUp: false,
    idleSince: T0,
    ...over,
  };
}

function contact(id: string, over: Partial<WaitingContact> = {}): WaitingContact {
  return { id, channel: 'chat', language: 'sv', priority: 2, enqueuedAt: T0, targetAdviserId: null, notTo: new Set(), ...over };
}

describe('planOffers, by example', () => {
  it('offers the more urgent queue first, then the contact that has waited longest', () => {
    const plan = planOffers(
      [contact('email', { channel: 'email', priority: 4, enqueuedAt: at(0) }), contact('call-late', { channel: 'phone', priority: 1, enqueuedAt: at(20) }), contact('call-early', { channel: 'phone', priority: 1, enqueuedAt: at(10) })],
      [adviser('anna')],
    );
    expect(plan).toEqual([{ contactId: 'call-early', adviserId: 'anna' }]);
  });

  it('gives a chat to a free adviser before one already holding chats, however long ago that one was last free', () => {
    const plan = planOffers([contact('chat')], [adviser('busy', { idleSince: at(0), load: { chat: 2 } }), adviser('free', { idleSince: at(50) })]);
    expect(plan).toEqual([{ contactId: 'chat', adviserId: 'free' }]);
  });

  it('gives the contact to the adviser free longest, and the next one to the next adviser', () => {
    const plan = planOffers(
      [contact('c1', { enqueuedAt: at(0) }), contact('c2', { enqueuedAt: at(1) })],
      [adviser('late', { idleSince: at(30) }), adviser('early', { idleSince: at(5) }), adviser('middle', { idleSince: at(10) })],
    );
    expect(plan).toEqual([
      { contactId: 'c1', adviserId: 'early' },
      { contactId: 'c2', adviserId: 'middle' },
    ]);
  });

  it('passes over an English call nobody can take, so Swedish chats behind it are not held up', () => {
    const plan = planOffers(
      [contact('english-call', { channel: 'phone', language: 'en', priority: 1 }), contact('swedish-chat', { priority: 2 })],
      [adviser('sv-only', { languages: ['sv'] })],
    );
    expect(plan).toEqual([{ contactId: 'swedish-chat', adviserId: 'sv-only' }]);
  });

  it('rings one contact at a time per adviser, and nothing at an adviser with a ringing offer or in wrap-up', () => {
    const chats = [contact('c1', { enqueuedAt: at(0) }), contact('c2', { enqueuedAt: at(1) })];
    expect(planOffers(chats, [adviser('bo')])).toEqual([{ contactId: 'c1', adviserId: 'bo' }]);
    expect(planOffers(chats, [adviser('bo', { offered: true, load: { chat: 1 } })])).toEqual([]);
    expect(planOffers(chats, [adviser('bo', { inWrapUp: true })])).toEqual([]);
    expect(planOffers(chats, [adviser('bo', { ready: false })])).toEqual([]);
  });

  it('keeps a call exclusive: no call while chatting, no chat while on a call', () => {
    const call = contact('call', { channel: 'phone', priority: 1 });
    const chat = contact('chat');
    expect(planOffers([call], [adviser('cia', { load: { chat: 1 } })])).toEqual([]);
    expect(planOffers([chat], [adviser('cia', { load: { phone: 1 } })])).toEqual([]);
    expect(planOffers([call], [adviser('cia', { capacity: { phone: 2 }, load: { phone: 1 } })])).toEqual([]);
    expect(planOffers([chat], [adviser('cia', { load: { chat: 2 }, capacity: { chat: 3 } })])).toEqual([{ contactId: 'chat', adviserId: 'cia' }]);
    expect(planOffers([chat], [adviser('cia', { load: { chat: 3 }, capacity: { chat: 3 } })])).toEqual([]);
  });

  it('offers a transfer only to its target, and not again to an adviser who just declined it', () => {
    const advisers = [adviser('dan', { idleSince: at(0) }), adviser('eva', { idleSince: at(9) })];
    expect(planOffers([contact('t', { targetAdviserId: 'eva' })], advisers)).toEqual([{ contactId: 't', adviserId: 'eva' }]);
    expect(planOffers([contact('t', { targetAdviserId: 'nobody-here' })], advisers)).toEqual([]);
    expect(planOffers([contact('d', { notTo: new Set(['dan']) })], advisers)).toEqual([{ contactId: 'd', adviserId: 'eva' }]);
  });

  it('offers nothing on a channel with no capacity, even when the channel is in the profile', () => {
    expect(planOffers([contact('mail', { channel: 'email' })], [adviser('fia', { capacity: { email: 0 } })])).toEqual([]);
    expect(planOffers([contact('mail', { channel: 'email' })], [adviser('fia', { capacity: {} })])).toEqual([]);
  });
});

// ---------------------------------------------------------------- properties

const ADVISER_IDS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
// Few distinct times, so ties in place in line and in idle time are common.
const time = fc.integer({ min: 0, max: 6 }).map((s) => at(s));
const capacity = fc.record({ phone: fc.nat(2), callback: fc.nat(1), chat: fc.nat(4), email: fc.nat(3), forum: fc.nat(2), social: fc.nat(2) });
// Most advisers have nothing in hand; some have a little on a few channels.
const load = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.record({ phone: fc.nat(1), callback: fc.nat(1), chat: fc.nat(3), email: fc.nat(2), forum: fc.nat(1), social: fc.nat(1) }, { requiredKeys: [] }) },
);
const languages = fc.oneof({ weight: 3, arbitrary: fc.constant<Language[]>(['sv', 'en']) }, { weight: 1, arbitrary: fc.constantFrom<Language[]>(['sv'], ['en']) });
const channels = fc.oneof({ weight: 2, arbitrary: fc.constant([...CHANNELS]) }, { weight: 3, arbitrary: fc.subarray([...CHANNELS], { minLength: 1 }) });

/** Four times in five this value, else the other. */
const mostly = (value: boolean) => fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

const advisersArb: fc.Arbitrary<AdviserCandidate[]> = fc
  .uniqueArray(fc.constantFrom(...ADVISER_IDS), { maxLength: ADVISER_IDS.length })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((userId) =>
        fc.record({
          userId: fc.constant(userId),
          ready: mostly(true),
          languages,
          channels,
          capacity,
          load,
          offered: mostly(false),
          inWrapUp: mostly(false),
          idleSince: time,
        }),
      ),
    ),
  );

const contactsArb: fc.Arbitrary<WaitingContact[]> = fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 12 }).chain((ids) =>
  fc.tuple(
    ...ids.map((n) =>
      fc.record({
        id: fc.constant(`c${String(n).padStart(2, '0')}`),
        channel: fc.constantFrom(...CHANNELS),
        language: fc.constantFrom(...LANGUAGES),
        priority: fc.integer({ min: 1, max: 3 }),
        enqueuedAt: time,
        targetAdviserId: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...ADVISER_IDS, 'elsewhere') }),
        notTo: fc.subarray(ADVISER_IDS, { maxLength: 2 }).map((xs) => new Set(xs) as ReadonlySet<string>),
      }),
    ),
  ),
);

const scenario = fc.record({ contacts: contactsArb, advisers: advisersArb });

function planFor(s: { contacts: WaitingContact[]; advisers: AdviserCandidate[] }) {
  const plan = planOffers(s.contacts, s.advisers);
  const byId = new Map(s.advisers.map((a) => [a.userId, a]));
  const contactById = new Map(s.contacts.map((c) => [c.id, c]));
  const to = new Map(plan.map((p) => [p.contactId, p.adviserId]));
  const of = new Map(plan.map((p) => [p.adviserId, p.contactId]));
  return { plan, byId, contactById, to, of };
}

const runs = { numRuns: 400 };

describe('planOffers, for any contacts and advisers', () => {
  it('offers each contact at most once and only contacts and advisers it was given', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, byId, contactById } = planFor(s);
        expect(new Set(plan.map((p) => p.contactId)).size).toBe(plan.length);
        for (const p of plan) {
          expect(contactById.has(p.contactId)).toBe(true);
          expect(byId.has(p.adviserId)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('makes at most one new offer per adviser, none to an adviser with one ringing, in wrap-up or not ready', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, byId } = planFor(s);
        expect(new Set(plan.map((p) => p.adviserId)).size).toBe(plan.length);
        for (const p of plan) {
          const a = byId.get(p.adviserId)!;
          expect(a.ready).toBe(true);
          expect(a.offered).toBe(false);
          expect(a.inWrapUp).toBe(false);
        }
      }),
      runs,
    );
  });

  it('respects skills, capacity (a call exclusive with any other work), transfer targets and recent declines', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, byId, contactById } = planFor(s);
        for (const p of plan) {
          const a = byId.get(p.adviserId)!;
          const c = contactById.get(p.contactId)!;
          expect(eligible(a, c)).toBe(true);
          // The same, spelled out as the state after the offer.
          const after = { ...a.load, [c.channel]: (a.load[c.channel] ?? 0) + 1 };
          expect(after[c.channel]).toBeLessThanOrEqual(a.capacity[c.channel] ?? 0);
          if (isVoice(c.channel)) expect(sum(after)).toBe(1);
          else expect((after.phone ?? 0) + (after.callback ?? 0)).toBe(0);
          expect(a.languages).toContain(c.language);
          expect(a.channels).toContain(c.channel);
          if (c.targetAdviserId !== null) expect(p.adviserId).toBe(c.targetAdviserId);
          expect(c.notTo.has(p.adviserId)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('keeps the line: no contact is offered while a more urgent or older one the same adviser could take waits', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, byId, to } = planFor(s);
        for (const p of plan) {
          const a = byId.get(p.adviserId)!;
          const offered = s.contacts.find((c) => c.id === p.contactId)!;
          for (const waiting of s.contacts) {
            if (to.has(waiting.id) || lineOrder(waiting, offered) >= 0) continue;
            expect(eligible(a, waiting), `${waiting.id} waits while ${offered.id} goes to ${a.userId}`).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('prefers the least busy adviser, then the one free longest: anyone ranked before who could take it got something more urgent', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { plan, byId, contactById, of } = planFor(s);
        for (const p of plan) {
          const chosen = byId.get(p.adviserId)!;
          const c = contactById.get(p.contactId)!;
          for (const other of s.advisers) {
            if (idleOrder(other, chosen) >= 0 || !eligible(other, c)) continue;
            const took = of.get(other.userId);
            expect(took, `${other.userId} was free longer than ${chosen.userId} and could take ${c.id}`).toBeDefined();
            expect(lineOrder(contactById.get(took!)!, c)).toBeLessThan(0);
          }
        }
      }),
      runs,
    );
  });

  it('leaves nobody idle who could take a contact that stays unoffered', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { byId, to, of } = planFor(s);
        for (const c of s.contacts) {
          if (to.has(c.id)) continue;
          for (const a of byId.values()) if (!of.has(a.userId)) expect(eligible(a, c), `${a.userId} could take ${c.id}`).toBe(false);
        }
      }),
      runs,
    );
  });

  it('does not depend on the order its inputs come in, and does not change them', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (s, seeds) => {
        const shuffle = <T>(xs: T[], off: number) => xs.map((x, i) => [seeds[i + off]!, x] as const).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
        const frozen = JSON.stringify(s.advisers);
        const plan: Assignment[] = planOffers(s.contacts, s.advisers);
        expect(JSON.stringify(s.advisers)).toBe(frozen);
        const again = planOffers(shuffle(s.contacts, 0), shuffle(s.advisers, s.contacts.length));
        expect(again).toEqual(plan);
      }),
      runs,
    );
  });
});

describe('the generated scenarios', () => {
  it('are not trivial: many make offers, and many of those leave someone waiting', () => {
    const samples = fc.sample(scenario, { numRuns: 300, seed: 20261125 });
    const plans = samples.map((s) => planOffers(s.contacts, s.advisers));
    const offering = plans.filter((p) => p.length > 0).length;
    const partly = samples.filter((s, i) => plans[i]!.length > 0 && plans[i]!.length < s.contacts.length).length;
    // A third of the scenarios at least make offers, and many of those leave contacts waiting.
    expect(offering).toBeGreaterThan(100);
    expect(partly).toBeGreaterThan(60);
  });
});
