// Runs the append-only migrations. Kysely's Migrator already refuses a database
// that has executed a migration this build does not know, and one whose new
// migration would sort before the last executed one; we add a check that the
// list itself is strictly ordered, so a mis-numbered file fails in tests.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connect.js';
import { migrations as defaultMigrations, type MigrationModule } from './migrations/index.js';

export class MigrationError extends Error {}

export function assertOrdered(list: ReadonlyArray<readonly [string, MigrationModule]>): void {
  for (let i = 1; i < list.length; i++) {
    const prev = list[i - 1]![0];
    const name = list[i]![0];
    if (!(prev < name)) throw new MigrationError(`migration "${name}" must sort after "${prev}"`);
  }
}

export async function migrateToLatest(
  db: Db,
  list: ReadonlyArray<readonly [string, MigrationModule]> = defaultMigrations,
): Promise<string[]> {
  assertOrdered(list);
  const provider: MigrationProvider = {
    getMigrations: async () => {
      const out: Record<string, Migration> = {};
      for (const [name, mod] of list) out[name] = { up: (k) => mod.up(k, db.dialect) };
      return out;
    },
  };
  const migrator = new Migrator({ db: db.kysely, provider, allowUnorderedMigrations: false });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(
      `migration ${failed ? `"${failed.migrationName}" ` : ''}failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
