// A real backend for the core's tests: buildApp on a migrated in-memory
// SQLite database with users, topics, municipalities and partners, listening
// on 127.0.0.1 on a free port.
import type { AddressInfo } from 'node:net';
import { buildApp, type App } from '../../../backend/src/app.js';
import { insertUser } from '../../../backend/src/users/service.js';
import { recordChanges } from '../../../backend/src/sync/change-log.js';
import { createTestDeps, type TestDeps } from '../../../tests/support/test-db.js';
import { insertBasics } from '../../../tests/support/seed-basics.js';
import type { TokenStore } from '../ports.js';

export const PASSWORD = 'correct horse battery';

export interface TestServer {
  app: App;
  deps: TestDeps;
  url: string;
  users: { adviser: string; adviser2: string; supervisor: string };
  partnerId: string;
  tokenFor(username: string): Promise<string>;
  close(): Promise<void>;
}

const WEEKDAYS_9_TO_17 = {
  weekly: {
    mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']], sat: [], sun: [],
  },
  exceptions: [],
};

export async function startTestServer(): Promise<TestServer> {
  const deps = await createTestDeps('sqlite', { syncHorizonDays: 30 });
  const { partnerId } = await insertBasics(deps);
  // Two more partners for ranking: a local one for Uppsala (open weekdays) and a national one for debt.
  const k = deps.db.kysely;
  const now = deps.clock.now().toISOString();
  const partner = (id: string, name: string, national: number, hours: object) => ({
    id, kind: 'municipal_guidance' as const, name, description_sv: 'Hjälper konsumenter.', description_en: 'Helps consumers.',
    national, phone: '018-727 00 00', email: null, web: 'https://example.se', referral_method: 'transferred' as const,
    referral_instructions_sv: 'Koppla samtalet.', referral_instructions_en: 'Transfer the call.',
    opening_hours: JSON.stringify(hours), active: 1, version: 1, created_at: now, updated_at: now,
  });
  await k.insertInto('partners').values([
    partner('partner-uppsala', 'Konsumentvägledningen Uppsala', 0, WEEKDAYS_9_TO_17),
    partner('partner-debt', 'Budget- och skuldrådgivningen', 1, WEEKDAYS_9_TO_17),
  ]).execute();
  await k.insertInto('partner_topics').values([
    { partner_id: 'partner-uppsala', topic_id: 'goods' },
    { partner_id: 'partner-debt', topic_id: 'debt' },
    { partner_id: partnerId, topic_id: 'goods.complaint' },
  ]).execute();
  await k.insertInto('partner_municipalities').values([{ partner_id: 'partner-uppsala', municipality_code: '0380' }]).execute();
  await recordChanges(k, deps.clock.now(), [
    { entity: 'partner', id: 'partner-uppsala' },
    { entity: 'partner', id: 'partner-debt' },
    { entity: 'partner', id: partnerId },
  ]);
  const users = {
    adviser: (await insertUser(deps, { username: 'adviser', displayName: 'Anna Adviser', role: 'adviser', password: PASSWORD })).id,
    adviser2: (await insertUser(deps, { username: 'adviser2', displayName: 'Bo Adviser', role: 'adviser', password: PASSWORD })).id,
    supervisor: (await insertUser(deps, { username: 'supervisor', displayName: 'Sara Supervisor', role: 'supervisor', password: PASSWORD })).id,
  };
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    deps,
    url,
    users,
    partnerId,
    async tokenFor(username) {
      const res = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password: PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.body}`);
      return res.json<{ token: string }>().token;
    },
    async close() {
      await app.close();
      await deps.drop();
    },
  };
}

export function memoryTokenStore(): TokenStore & { token: string | null } {
  const store = {
    token: null as string | null,
    load: async () => store.token,
    save: async (t: string) => {
      store.token = t;
    },
    clear: async () => {
      store.token = null;
    },
  };
  return store;
}
