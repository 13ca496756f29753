// The ordered list of migrations. Append new ones at the end; never rename,
// reorder or edit one that has shipped (the runner refuses such a history).
import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.js';
import * as m0001 from './0001-initial.js';

export interface MigrationModule {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>; // schema of its own time
}

export const migrations: ReadonlyArray<readonly [name: string, module: MigrationModule]> = [
  ['0001-initial', m0001],
];
