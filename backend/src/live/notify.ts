// Carries the live bus between backend instances on one PostgreSQL: a signal
// raised in one instance (events committed, case data changed) is sent with
// NOTIFY, and every instance LISTENs and raises it locally. The listening
// connection is reopened with backoff if the server drops it.
import pg from 'pg';
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { BusSignal, LiveBus } from './bus.js';

const CHANNEL = 'halla_live';

export async function startNotifyBridge(url: string, db: Db, bus: LiveBus, log: (msg: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let delay = 250;

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      if (msg.channel !== CHANNEL) return;
      const p = msg.payload ?? '';
      bus.local(p === 'data' ? 'data' : p.startsWith('chat:') ? (p as `chat:${string}`) : 'events');
    });
    c.on('error', (err) => {
      log(`live notifications: connection lost (${err.message}); reconnecting`);
      void c.end().catch(() => undefined);
      schedule();
    });
    await c.connect();
    await c.query(`LISTEN ${CHANNEL}`);
    client = c;
    delay = 250;
    // Whatever was signalled while the connection was down: catch up now.
    bus.local('events');
    bus.local('data');
  }

  function schedule(): void {
    client = null;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((err: unknown) => {
        log(`live notifications: cannot listen (${err instanceof Error ? err.message : String(err)})`);
        delay = Math.min(delay * 2, 10_000);
        schedule();
      });
    }, delay);
  }

  await connect();
  bus.relay = (signal: BusSignal) => {
    void sql`SELECT pg_notify(${CHANNEL}, ${signal})`.execute(db.kysely).catch((err: unknown) => {
      log(`live notifications: NOTIFY failed (${err instanceof Error ? err.message : String(err)})`);
    });
  };
  return async () => {
    stopped = true;
    bus.relay = undefined;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}
