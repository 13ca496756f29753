// End to end through the API: a team lead registers contacts in bursts
// (POST /v1/interactions), 300 advisers on their live connections
// (GET /v1/live) take every offer at once — accept, end, complete, no talking
// time — so the backend is the only thing that limits how many contacts go
// through. Every 200 ms the lead's channel gateway tops up to about 100
// contacts on their way (queued to be sent, being registered, or registered
// and not yet offered), sending at most 16 at a time as a gateway with a
// connection pool would, so a burst cannot crowd the advisers' own requests
// out of the routing lock and the run settles where contacts in = contacts
// completed. With advisers who take no time, a contact is offered the moment
// it is registered: the figure is how many routing transactions the backend
// gets through, four per contact (register, accept, end, complete).
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { BenchUser } from './bench-processes.js';
import type { Adviser } from './routing-fixture.js';
import { prng } from './desk-stats.js';

const BACKLOG = 100;
const TOP_UP_EVERY_MS = 200;
const MAX_REGISTERING = 16;

export interface ApiLoadResult {
  seconds: number;
  created: number;
  offers: number;
  cycles: number;
  createLatency: number[];
  cycleLatency: number[];
  failures: number;
}

const CHANNELS = ['phone', 'phone', 'phone', 'phone', 'phone', 'phone', 'email', 'email', 'chat', 'chat', 'callback'] as const;

export async function apiLoad(url: string, lead: BenchUser, users: readonly BenchUser[], advisers: readonly Adviser[], warmupSeconds: number, seconds: number): Promise<ApiLoadResult> {
  const rnd = prng(11);
  const wsUrl = url.replace(/^http/, 'ws');
  let measuring = false;
  let offers = 0;
  let cycles = 0;
  let failures = 0;
  let offeredTotal = 0;
  let created = 0;
  let createdTotal = 0;
  const createLatency: number[] = [];
  const cycleLatency: number[] = [];
  const pending = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => undefined);
    return p;
  };

  const post = async (token: string, path: string, body?: object) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
  };

  const byId = new Map(users.map((u) => [u.id, u]));
  const sockets: WebSocket[] = [];
  for (let i = 0; i < advisers.length; i += 50) {
    sockets.push(
      ...(await Promise.all(
        advisers.slice(i, i + 50).map(
          (a) =>
            new Promise<WebSocket>((resolve, reject) => {
              const me = byId.get(a.id)!;
              const ws = new WebSocket(`${wsUrl}/v1/live`, { headers: { authorization: `Bearer ${me.token}` } });
              ws.once('error', reject);
              ws.once('message', () => resolve(ws));
              ws.on('message', (data: Buffer) => {
                const text = data.toString();
                if (!text.includes('"type":"offer"')) return;
                const e = JSON.parse(text) as { type: string; interaction?: { id: string; offeredTo: string } };
                if (e.type !== 'offer' || e.interaction?.offeredTo !== me.id) return;
                const id = e.interaction.id;
                offeredTotal++;
                const counted = measuring;
                if (counted) offers++;
                const t = performance.now();
                void track(
                  (async () => {
                    await post(me.token, `/v1/interactions/${id}/accept`);
                    await post(me.token, `/v1/interactions/${id}/end`);
                    await post(me.token, `/v1/interactions/${id}/complete`, {});
                    if (measuring) {
                      cycles++;
                      cycleLatency.push(performance.now() - t);
                    }
                  })().catch((err: unknown) => {
                    failures++;
                    if (failures <= 3) console.error(`  adviser: ${err instanceof Error ? err.message : String(err)}`);
                  }),
                );
              });
            }),
        ),
      )),
    );
  }

  let registering = 0;
  /** Contacts of the current burst the gateway has not sent yet. */
  let queued = 0;
  const pump = () => {
    while (queued > 0 && registering < MAX_REGISTERING) {
      queued--;
      void track(register()).catch((err: unknown) => {
        failures++;
        if (failures <= 3) console.error(`  lead: ${err instanceof Error ? err.message : String(err)}`);
      });
    }
  };
  const register = async () => {
    const channel = CHANNELS[Math.floor(rnd() * CHANNELS.length)]!;
    const language = rnd() < 0.08 ? 'en' : 'sv';
    const from = channel === 'email' ? `bench${createdTotal}@example.com` : channel === 'chat' ? undefined : `070${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}`;
    const t = performance.now();
    createdTotal++;
    registering++;
    try {
      await post(lead.token, '/v1/interactions', { channel, language, ...(from ? { from } : {}), subject: 'Benchmark contact' });
    } finally {
      registering--;
      pump();
    }
    if (measuring) {
      created++;
      createLatency.push(performance.now() - t);
    }
  };

  const started = performance.now();
  let measureStart = 0;
  const end = started + (warmupSeconds + seconds) * 1000;
  while (performance.now() < end) {
    if (!measuring && performance.now() - started >= warmupSeconds * 1000) {
      measuring = true;
      measureStart = performance.now();
    }
    // Waiting now, as far as this side knows: registered, being registered or about to be, but not yet offered.
    queued += Math.max(0, BACKLOG - (createdTotal + queued - offeredTotal));
    pump();
    await new Promise((r) => setTimeout(r, TOP_UP_EVERY_MS));
  }
  measuring = false;
  queued = 0;
  const measured = (performance.now() - measureStart) / 1000;
  // Let the cycles in flight finish before the server goes away.
  const deadline = performance.now() + 15_000;
  while (pending.size > 0 && performance.now() < deadline) await Promise.race([...pending, new Promise((r) => setTimeout(r, 100))]);
  for (const ws of sockets) ws.terminate();
  return { seconds: measured, created, offers, cycles, createLatency, cycleLatency, failures };
}
