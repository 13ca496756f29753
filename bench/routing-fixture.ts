// The routing benchmark's world: 300 advisers in a realistic mix of teams
// (phone, phone and chat, written channels, all-round), a mid-morning picture
// of who has what in hand, and bursts of waiting contacts in the national
// channel and language mix. The same picture is written to the database (for
// the engine's routing pass) and kept in memory in the planner's own terms
// (for planOffers alone), so both decide on exactly the same input.
import { randomUUID } from 'node:crypto';
import type { Channel, Language } from '../backend/src/db/schema.js';
import type { Q } from '../backend/src/deps.js';
import { ALL_CHANNELS, DEFAULT_CAPACITY } from '../backend/src/presence/service.js';
import type { AdviserCandidate, WaitingContact } from '../backend/src/routing/plan.js';
import type { BenchUser } from './bench-processes.js';
import { prng } from './desk-stats.js';

type Capacity = Partial<Record<Channel, number>>;

interface Team {
  name: string;
  share: number;
  channels: readonly Channel[];
  capacity: Capacity;
}

/** How a 300-strong service might be staffed mid-morning. */
export const TEAMS: readonly Team[] = [
  { name: 'phone', share: 0.45, channels: ['phone', 'callback'], capacity: { phone: 1, callback: 1 } },
  { name: 'phone and chat', share: 0.25, channels: ['phone', 'callback', 'chat'], capacity: { phone: 1, callback: 1, chat: 3 } },
  { name: 'written', share: 0.2, channels: ['email', 'forum', 'social', 'chat'], capacity: { email: 2, forum: 2, social: 2, chat: 2 } },
  { name: 'all-round', share: 0.1, channels: ALL_CHANNELS, capacity: DEFAULT_CAPACITY },
];

/** Queue priorities as migration 0003 creates them (1 most urgent). */
const PRIORITY: Readonly<Record<Channel, number>> = { phone: 1, callback: 2, chat: 2, email: 4, forum: 5, social: 6 };
const CHANNEL_SHARE: Readonly<Record<Channel, number>> = { phone: 0.55, email: 0.2, chat: 0.15, callback: 0.05, forum: 0.03, social: 0.02 };
const ENGLISH_SHARE = 0.08;

export interface Adviser {
  id: string;
  team: string;
  languages: Language[];
  channels: Channel[];
  capacity: Capacity;
}

export function adviserMix(users: readonly BenchUser[], seed = 7): Adviser[] {
  const rnd = prng(seed);
  let i = 0;
  const out: Adviser[] = [];
  for (const team of TEAMS) {
    const n = team === TEAMS[TEAMS.length - 1] ? users.length - i : Math.round(team.share * users.length);
    for (let k = 0; k < n && i < users.length; k++, i++) {
      out.push({ id: users[i]!.id, team: team.name, languages: rnd() < 0.3 ? ['sv', 'en'] : ['sv'], channels: [...team.channels], capacity: { ...team.capacity } });
    }
  }
  return out;
}

export async function writeProfiles(q: Q, advisers: readonly Adviser[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (let i = 0; i < advisers.length; i += 100) {
    const chunk = advisers.slice(i, i + 100);
    await q
      .insertInto('adviser_profiles')
      .values(chunk.map((a) => ({ user_id: a.id, languages: JSON.stringify(a.languages), channels: JSON.stringify(a.channels), capacity: JSON.stringify(a.capacity), version: 1, updated_at: at, updated_by: null })))
      .execute();
    await q
      .insertInto('adviser_presence')
      .values(chunk.map((a) => ({ user_id: a.id, intent: 'ready' as const, reason: null, state: 'ready' as const, state_since: at, idle_since: at, seen_at: at, version: 1, updated_by: null })))
      .execute();
  }
}

/** Every queue open around the clock, so the time of the run does not matter. */
export async function openAllQueues(q: Q): Promise<void> {
  const day = [['00:00', '24:00']];
  const hours = { weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }, exceptions: [] };
  await q.updateTable('queues').set({ hours: JSON.stringify(hours), observes_holidays: 0 }).execute();
}

function pickWeighted<K extends string>(rnd: () => number, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let x = rnd() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((x -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

const phoneNumber = (rnd: () => number) => `+4670${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}`;

/** Interactions rows with every column, as intake writes them. */
function interactionRow(o: { id: string; channel: Channel; language: Language; state: 'queued' | 'active' | 'wrap_up'; at: string; from: string | null; adviserId: string | null; wrapUpUntil?: string }) {
  return {
    id: o.id,
    channel: o.channel,
    queue_id: `${o.channel}-${o.language}`,
    language: o.language,
    state: o.state,
    enqueued_at: o.at,
    available_at: o.at,
    target_adviser_id: null,
    consumer_id: null,
    case_id: null,
    topic_id: null,
    from_address: o.from,
    subject: null,
    external_ref: null,
    note: null,
    arrived_at: o.at,
    offered_to: null,
    offered_at: null,
    offer_expires_at: null,
    offers: o.state === 'queued' ? 0 : 1,
    adviser_id: o.adviserId,
    accepted_at: o.state === 'queued' ? null : o.at,
    wrap_up_at: o.state === 'wrap_up' ? o.at : null,
    wrap_up_until: o.wrapUpUntil ?? null,
    done_at: null,
    ended_at: null,
    end_reason: null,
    created_by: null,
    version: 1,
    updated_at: o.at,
  };
}

export interface Round {
  contacts: WaitingContact[];
  candidates: AdviserCandidate[];
}

/**
 * One burst: finishes whatever the previous round left, gives each adviser a
 * mid-morning load (about half the phone staff on a call, some in wrap-up,
 * chatters with a chat or two, writers with an e-mail open), and queues
 * `burst` contacts that arrived over the last two minutes. Returns the same
 * picture as planner input.
 */
export async function prepareRound(q: Q, advisers: readonly Adviser[], burst: number, now: Date, seed: number): Promise<Round> {
  const rnd = prng(seed);
  const at = now.toISOString();
  await q.updateTable('interactions').set({ state: 'done', offered_to: null, done_at: at }).where('state', 'in', ['queued', 'offered', 'active', 'wrap_up']).execute();

  const rows: Array<ReturnType<typeof interactionRow>> = [];
  const candidates: AdviserCandidate[] = [];
  const presence: Array<{ id: string; idleSince: string; state: 'ready' | 'busy' | 'wrap_up' }> = [];
  for (const a of advisers) {
    const load: Capacity = {};
    let inWrapUp = false;
    const hold = (channel: Channel, state: 'active' | 'wrap_up') => {
      const ago = new Date(now.getTime() - Math.floor(rnd() * 600_000)).toISOString();
      rows.push(interactionRow({ id: randomUUID(), channel, language: a.languages[0]!, state, at: ago, from: null, adviserId: a.id, wrapUpUntil: state === 'wrap_up' ? new Date(now.getTime() + 60_000).toISOString() : undefined }));
      if (state === 'active') load[channel] = (load[channel] ?? 0) + 1;
      else inWrapUp = true;
    };
    const r = rnd();
    if (a.channels.includes('phone') && r < 0.5) hold('phone', 'active');
    else if (a.channels.includes('phone') && r < 0.58) hold('phone', 'wrap_up');
    else if (a.channels.includes('chat') && r < 0.8) for (let n = Math.floor(rnd() * 3); n > 0; n--) hold('chat', 'active');
    if (a.channels.includes('email') && !load.phone && rnd() < 0.5) hold('email', 'active');
    const idleSince = new Date(now.getTime() - Math.floor(rnd() * 3_600_000)).toISOString();
    // What the presence shows, as refreshPresence would have left it: the pass then changes it for whoever it offers to.
    presence.push({ id: a.id, idleSince, state: inWrapUp ? 'wrap_up' : Object.keys(load).length > 0 ? 'busy' : 'ready' });
    candidates.push({ userId: a.id, ready: true, languages: a.languages, channels: a.channels, capacity: a.capacity, load, offered: false, inWrapUp, idleSince });
  }

  const contacts: WaitingContact[] = [];
  for (let i = 0; i < burst; i++) {
    const channel = pickWeighted(rnd, CHANNEL_SHARE);
    const language: Language = rnd() < ENGLISH_SHARE ? 'en' : 'sv';
    const enqueued = new Date(now.getTime() - 1000 - Math.floor(rnd() * 120_000)).toISOString();
    const id = randomUUID();
    const from = channel === 'phone' || channel === 'callback' ? phoneNumber(rnd) : channel === 'email' || (channel === 'chat' && rnd() < 0.5) ? `c${i}-${seed}@example.com` : null;
    rows.push(interactionRow({ id, channel, language, state: 'queued', at: enqueued, from, adviserId: null }));
    contacts.push({ id, channel, language, priority: PRIORITY[channel], enqueuedAt: enqueued, targetAdviserId: null, notTo: new Set() });
  }

  for (let i = 0; i < rows.length; i += 200) await q.insertInto('interactions').values(rows.slice(i, i + 200)).execute();
  // Seen just now (the engine offers only to workstations heard from in the last 45 s), idle since a moment in the last hour.
  for (const p of presence) await q.updateTable('adviser_presence').set({ intent: 'ready', state: p.state, idle_since: p.idleSince, seen_at: at }).where('user_id', '=', p.id).execute();
  return { contacts, candidates };
}
