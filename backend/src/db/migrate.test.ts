import { afterEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createEmptyDb, describeEachDialect, type TestDb } from '../../../tests/support/test-db.js';
import { assertOrdered, migrateToLatest, MigrationError } from './migrate.js';
import { migrations, type MigrationModule } from './migrations/index.js';

const noop: MigrationModule = { up: async () => undefined };
const creates = (table: string): MigrationModule => ({
  up: async (db) => {
    await db.schema.createTable(table).addColumn('id', 'text').execute();
  },
});

describeEachDialect('migrations', (dialect) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.drop();
    t = undefined;
  });

  it('migrates an empty database to the latest schema, and a second run changes nothing', async () => {
    t = await createEmptyDb(dialect);
    const first = await migrateToLatest(t.db);
    expect(first).toEqual(migrations.map(([name]) => name));
    expect(await migrateToLatest(t.db)).toEqual([]);
    const counter = await t.db.kysely.selectFrom('counters').selectAll().where('name', '=', 'change_seq').executeTakeFirst();
    expect(counter?.value).toBe(0);
  });

  it('keeps the calls already recorded when a contact may have several (0009), and then takes a second call for one contact', async () => {
    t = await createEmptyDb(dialect);
    const through0008 = migrations.slice(0, migrations.findIndex(([name]) => name === '0009-phone-transfers'));
    await migrateToLatest(t.db, through0008);
    const at = '2026-11-25T09:00:00.000Z';
    await sql`insert into interactions (id, channel, queue_id, language, state, enqueued_at, available_at, arrived_at, offers, version, updated_at)
      values ('ix-1', 'phone', 'phone-sv', 'sv', 'active', ${at}, ${at}, ${at}, 1, 1, ${at})`.execute(t.db.kysely);
    await sql`insert into phone_calls (call_id, interaction_id, caller, dialled, state, created_at, updated_at, callback_opt_in)
      values ('call-1', 'ix-1', '0701112233', '0771525525', 'answered', ${at}, ${at}, 1)`.execute(t.db.kysely);
    // Before: one call per contact.
    await expect(
      sql`insert into phone_calls (call_id, interaction_id, caller, dialled, state, created_at, updated_at) values ('call-x', 'ix-1', 'a', 'b', 'waiting', ${at}, ${at})`.execute(t.db.kysely),
    ).rejects.toThrow();
    expect(await migrateToLatest(t.db)).toEqual(migrations.slice(through0008.length).map(([name]) => name));
    const kept = await t.db.kysely.selectFrom('phone_calls').selectAll().execute();
    expect(kept).toEqual([expect.objectContaining({ call_id: 'call-1', interaction_id: 'ix-1', caller: '0701112233', state: 'answered', callback_opt_in: 1 })]);
    await sql`insert into phone_calls (call_id, interaction_id, caller, dialled, state, created_at, updated_at) values ('call-2', 'ix-1', '0701112233', '0771525525', 'waiting', ${at}, ${at})`.execute(t.db.kysely);
    expect(await t.db.kysely.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', 'ix-1').orderBy('call_id').execute()).toEqual([{ call_id: 'call-1' }, { call_id: 'call-2' }]);
    // Still tied to a real contact.
    await expect(
      sql`insert into phone_calls (call_id, interaction_id, caller, dialled, state, created_at, updated_at) values ('call-3', 'nobody', 'a', 'b', 'waiting', ${at}, ${at})`.execute(t.db.kysely),
    ).rejects.toThrow();
  });

  it('refuses a database that ran a migration this build does not know', async () => {
    t = await createEmptyDb(dialect);
    await migrateToLatest(t.db, [...migrations, ['9999-from-the-future', noop]]);
    await expect(migrateToLatest(t.db)).rejects.toThrow(/9999-from-the-future/);
  });

  it('refuses a new migration that sorts before one already run', async () => {
    t = await createEmptyDb(dialect);
    await migrateToLatest(t.db, [...migrations, ['0500-later', noop]]);
    await expect(migrateToLatest(t.db, [...migrations, ['0400-slipped-in', creates('slipped')], ['0500-later', noop]])).rejects.toThrow();
    const tables = await t.db.kysely.introspection.getTables();
    expect(tables.map((x) => x.name)).not.toContain('slipped');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    t = await createEmptyDb(dialect);
    await migrateToLatest(t.db);
    await t.db.kysely.insertInto('audit_log').values({ at: new Date().toISOString(), user_id: null, action: 'test', entity_type: null, entity_id: null, ip: null, detail: '{}' }).execute();
    await expect(t.db.kysely.updateTable('audit_log').set({ action: 'rewritten' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await sql<{ action: string }>`select action from audit_log`.execute(t.db.kysely);
    expect(rows.rows.map((r) => r.action)).toEqual(['test']);
  });
});

it('refuses a migration list that is not strictly ordered', () => {
  expect(() => assertOrdered([['0002-b', noop], ['0001-a', noop]])).toThrow(MigrationError);
  expect(() => assertOrdered([['0001-a', noop], ['0001-a', noop]])).toThrow(MigrationError);
  expect(() => assertOrdered(migrations)).not.toThrow();
});
