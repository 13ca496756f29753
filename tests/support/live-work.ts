// Helpers for live-work tests: advisers inserted straight into the database
// (no scrypt per user), with sessions, and the API calls an adviser, a team
// lead and a channel make, through app.inject.
import { randomUUID } from 'node:crypto';
import type { components } from '../../api-client/src/index.js';
import type { Role } from '../../backend/src/db/schema.js';
import { tick } from '../../backend/src/routing/engine.js';
import { bearer, type Fixture } from './app-fixture.js';
import { mintSession } from './sessions.js';

export interface Desk {
  id: string;
  token: string;
}

export async function addAdviser(f: Fixture, name: string, role: Role = 'adviser'): Promise<Desk> {
  const id = randomUUID();
  const now = f.deps.clock.now().toISOString();
  await f.deps.db.kysely
    .insertInto('users')
    .values({ id, username: `${name.toLowerCase()}-${id.slice(0, 6)}`, display_name: name, role, password_hash: 'x', active: 1, created_at: now, updated_at: now })
    .execute();
  return { id, token: await mintSession(f.deps, id) };
}

type S = components['schemas'];
export type Interaction = S['Interaction'];
export type Presence = S['Presence'];

export function liveApi(f: Fixture) {
  /** Any answer, typed as the caller expects it to be. */
  const call = async <T = Record<string, unknown>>(token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await f.app.inject({ method, url, headers: bearer(token), ...(payload !== undefined ? { payload } : method === 'POST' ? { payload: {} } : {}) });
    return { status: res.statusCode, body: res.json<T>() };
  };
  const ok = async <T = Interaction>(token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object): Promise<T> => {
    const res = await call<T>(token, method, url, payload);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    call,
    ok,
    ready: (d: Desk) => ok<Presence>(d.token, 'POST', '/v1/presence', { intent: 'ready' }),
    notReady: (d: Desk, reason = 'break') => ok<Presence>(d.token, 'POST', '/v1/presence', { intent: 'not_ready', reason }),
    work: (d: Desk) => ok<S['MyWork']>(d.token, 'GET', '/v1/work'),
    /** The contacts currently offered to the adviser. */
    offers: async (d: Desk) => (await ok<S['MyWork']>(d.token, 'GET', '/v1/work')).interactions.filter((i) => i.state === 'offered'),
    contact: (leadToken: string, body: object) => ok(leadToken, 'POST', '/v1/interactions', body),
    step: (d: Desk, id: string, step: string, payload?: object) => ok(d.token, 'POST', `/v1/interactions/${id}/${step}`, payload),
    tick: () => tick(f.deps),
    interaction: async (id: string) => f.deps.db.kysely.selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    presence: async (userId: string) => f.deps.db.kysely.selectFrom('adviser_presence').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow(),
    steps: async (id: string) =>
      (await f.deps.db.kysely.selectFrom('interaction_events').select(['type', 'adviser_id']).where('interaction_id', '=', id).orderBy('id').execute()).map((e) => e.type),
  };
}
