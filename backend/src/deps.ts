// What every service receives: the database, the clock, the configuration and
// the live bus.
import type { Kysely, Transaction } from 'kysely';
import type { Config } from './config.js';
import type { Db } from './db/connect.js';
import type { Database, Role } from './db/schema.js';
import type { Clock } from './shared/clock.js';
import type { LiveBus } from './live/bus.js';

export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  /** Tells the live hub (and other instances) that events were committed or data changed. */
  bus: LiveBus;
}

/** A query handle: the database itself or an open transaction. */
export type Q = Kysely<Database> | Transaction<Database>;

/** Who is asking, as established by the session token. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  sessionId: string;
  ip: string | null;
}
