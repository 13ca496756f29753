// The ordered list of migrations. Append new ones at the end; never rename,
// reorder or edit one that has shipped (the runner refuses such a history).
import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-knowledge-search.js';
import * as m0003 from './0003-live-work.js';
import * as m0004 from './0004-chat.js';
import * as m0005 from './0005-presence-shown.js';
import * as m0006 from './0006-phone.js';
import * as m0007 from './0007-callbacks.js';
import * as m0008 from './0008-callback-after-abandon.js';
import * as m0009 from './0009-phone-transfers.js';

/**
 * Migrations see the database as it was in their day, not today's `Database`
 * interface, so they get an untyped handle and write data with `sql`.
 */
export type MigrationDb = Kysely<Record<string, never>>;

export interface MigrationModule {
  up(db: MigrationDb, dialect: DialectName): Promise<void>;
}

export const migrations: ReadonlyArray<readonly [name: string, module: MigrationModule]> = [
  ['0001-initial', m0001],
  ['0002-knowledge-search', m0002],
  ['0003-live-work', m0003],
  ['0004-chat', m0004],
  ['0005-presence-shown', m0005],
  ['0006-phone', m0006],
  ['0007-callbacks', m0007],
  ['0008-callback-after-abandon', m0008],
  ['0009-phone-transfers', m0009],
];
