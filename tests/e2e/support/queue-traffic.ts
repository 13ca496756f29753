// A morning of contact-centre traffic, played through the real API against a
// backend on an OfficeClock: contacts arrive on the Swedish queues, advisers
// accept, talk, wrap up and take the next; callers who wait too long hang up.
// Minutes pass by advancing the clock, so two and a half hours take seconds.
// It gives the wallboard's charts and today's figures something real to show.
// Deterministic (a fixed seed), so screenshots look alike from run to run.
import type { OfficeClock } from './office-clock.js';

type Json = Record<string, unknown>;

export interface Agent {
  name: string;
  id: string;
  token: string;
}

interface Plan {
  /** Arrivals per minute at the start and at the peak (mid-morning). */
  base: number;
  peak: number;
  /** Talk time range, minutes. */
  talk: [number, number];
  /** How long a consumer waits before giving up, minutes; null: never. */
  patience: [number, number] | null;
}

const PLANS: Record<string, Plan> = {
  'phone-sv': { base: 0.25, peak: 0.7, talk: [2, 6], patience: [0.5, 5] },
  'chat-sv': { base: 0.08, peak: 0.22, talk: [3, 8], patience: [1.5, 8] },
  'callback-sv': { base: 0.03, peak: 0.07, talk: [2, 5], patience: null },
  'email-sv': { base: 0.08, peak: 0.14, talk: [3, 6], patience: null },
};
/** Simulated time per round: short enough that waits are not all whole minutes. */
const STEP_MS = 20_000;

/** mulberry32: small, seeded, good enough for traffic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function apiCaller(baseUrl: string) {
  return async function call<T = Json>(token: string, method: 'GET' | 'POST' | 'PATCH', path: string, body?: object): Promise<T> {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
}

interface Held {
  id: string;
  state: string;
  channel: string;
}

export interface TrafficOptions {
  baseUrl: string;
  clock: OfficeClock;
  leadToken: string;
  agents: Agent[];
  minutes: number;
  /** An adviser on a break for part of the morning: index into agents, and minutes from–to. */
  breakFor?: { agent: number; from: number; to: number };
  seed?: number;
}

/** Plays `minutes` of traffic; returns how many contacts arrived, were answered and abandoned. */
export async function playMorning(o: TrafficOptions): Promise<{ arrived: number; answered: number; abandoned: number }> {
  const call = apiCaller(o.baseUrl);
  const rnd = random(o.seed ?? 20_261_125);
  const between = ([lo, hi]: [number, number]) => lo + rnd() * (hi - lo);
  const talkUntil = new Map<string, number>();
  const waiting = new Map<string, { gaveUpAt: number | null }>();
  const credit = new Map<string, number>();
  let arrived = 0;
  let answered = 0;
  let abandoned = 0;

  for (const a of o.agents) await call(a.token, 'POST', '/v1/presence', { intent: 'ready' });

  const steps = Math.round((o.minutes * 60_000) / STEP_MS);
  for (let step = 0; step < steps; step++) {
    const minute = Math.floor((step * STEP_MS) / 60_000);
    const firstOfMinute = (step * STEP_MS) % 60_000 === 0;
    const now = o.clock.now().getTime();
    // A rising then easing morning: quiet at opening, busiest around an hour and a half in.
    const shape = Math.max(0, Math.sin((Math.PI * minute) / (o.minutes * 1.25)));

    if (o.breakFor && firstOfMinute && (minute === o.breakFor.from || minute === o.breakFor.to)) {
      const agent = o.agents[o.breakFor.agent];
      if (agent) await call(agent.token, 'POST', '/v1/presence', minute === o.breakFor.from ? { intent: 'not_ready', reason: 'break' } : { intent: 'ready' });
    }

    // Arrivals: fractional rates accumulate into whole contacts, with some noise.
    for (const [queueId, plan] of Object.entries(PLANS)) {
      const rate = plan.base + (plan.peak - plan.base) * shape;
      const due = (credit.get(queueId) ?? 0) + rate * (STEP_MS / 60_000) * (0.5 + rnd());
      const count = Math.floor(due);
      credit.set(queueId, due - count);
      const [channel, language] = queueId.split('-') as [string, string];
      for (let i = 0; i < count; i++) {
        const contact = await call<{ id: string }>(o.leadToken, 'POST', '/v1/interactions', { channel, language, subject: `Simulerad kontakt ${step}-${i}` });
        arrived++;
        waiting.set(contact.id, { gaveUpAt: plan.patience ? now + between(plan.patience) * 60_000 : null });
      }
    }

    // Each adviser works through what they hold (the GET also tells the server the workstation is there).
    for (const a of o.agents) {
      const work = await call<{ interactions: Held[] }>(a.token, 'GET', '/v1/work');
      for (const i of work.interactions) {
        if (i.state === 'offered') {
          await call(a.token, 'POST', `/v1/interactions/${i.id}/accept`);
          answered++;
          waiting.delete(i.id);
          const plan = Object.entries(PLANS).find(([q]) => q.startsWith(`${i.channel}-`))?.[1];
          talkUntil.set(i.id, now + between(plan?.talk ?? [3, 6]) * 60_000);
        } else if (i.state === 'active' && (talkUntil.get(i.id) ?? 0) <= now) {
          await call(a.token, 'POST', `/v1/interactions/${i.id}/end`);
        } else if (i.state === 'wrap_up') {
          await call(a.token, 'POST', `/v1/interactions/${i.id}/complete`, {});
        }
      }
    }

    // Callers who have waited past their patience hang up.
    for (const [id, w] of waiting) {
      if (w.gaveUpAt === null || w.gaveUpAt > now) continue;
      const left = await call<{ state: string }>(o.leadToken, 'POST', `/v1/interactions/${id}/consumer-left`, {});
      if (left.state === 'abandoned') abandoned++;
      waiting.delete(id);
    }

    o.clock.advance(STEP_MS);
  }
  return { arrived, answered, abandoned };
}
