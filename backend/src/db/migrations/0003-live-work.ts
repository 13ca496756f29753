// Live work: queues, adviser profiles and presence, interactions (one per
// contact on any channel) with their lifecycle log, and the durable live
// events the workstations resume from. Append-only: never edit once shipped.
import { sql } from 'kysely';
import type { DialectName } from '../connect.js';
import type { MigrationDb } from './index.js';

const CHANNELS = ['phone', 'callback', 'chat', 'email', 'forum', 'social'] as const;

/** The defaults a fresh service starts with; admins and team leads change them. */
const DEFAULTS: Record<(typeof CHANNELS)[number], {
  nameSv: string; nameEn: string; priority: number; slaSeconds: number; offerTimeout: number; wrapUp: number; maxWait: number | null;
  hours: [string, string];
}> = {
  phone: { nameSv: 'Telefon', nameEn: 'Phone', priority: 1, slaSeconds: 60, offerTimeout: 20, wrapUp: 60, maxWait: null, hours: ['09:00', '16:00'] },
  callback: { nameSv: 'Återuppringning', nameEn: 'Callback', priority: 2, slaSeconds: 900, offerTimeout: 30, wrapUp: 60, maxWait: null, hours: ['09:00', '16:00'] },
  chat: { nameSv: 'Chatt', nameEn: 'Chat', priority: 2, slaSeconds: 120, offerTimeout: 30, wrapUp: 30, maxWait: 1800, hours: ['09:00', '16:00'] },
  email: { nameSv: 'E-post', nameEn: 'E-mail', priority: 4, slaSeconds: 86_400, offerTimeout: 60, wrapUp: 30, maxWait: null, hours: ['08:00', '16:30'] },
  forum: { nameSv: 'Frågeforum', nameEn: 'Forum', priority: 5, slaSeconds: 172_800, offerTimeout: 60, wrapUp: 30, maxWait: null, hours: ['08:00', '16:30'] },
  social: { nameSv: 'Sociala medier', nameEn: 'Social media', priority: 6, slaSeconds: 172_800, offerTimeout: 60, wrapUp: 30, maxWait: null, hours: ['08:00', '16:30'] },
};

export async function up(db: MigrationDb, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('queues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name_sv', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    // 1 is the most urgent.
    .addColumn('priority', 'integer', (c) => c.notNull())
    .addColumn('sla_seconds', 'integer', (c) => c.notNull())
    .addColumn('sla_target_percent', 'integer', (c) => c.notNull())
    .addColumn('offer_timeout_seconds', 'integer', (c) => c.notNull())
    .addColumn('wrap_up_seconds', 'integer', (c) => c.notNull())
    .addColumn('max_wait_seconds', 'integer')
    // JSON OpeningHours (weekly pattern + dated exceptions, Stockholm time).
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('observes_holidays', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('adviser_profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    // JSON lists: the languages and channels this adviser takes now.
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('channels', 'text', (c) => c.notNull())
    // JSON { channel: n }: how many contacts of a channel at once.
    .addColumn('capacity', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('adviser_presence')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    // What the adviser (or a team lead) chose: offline, ready or not_ready.
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    // What everyone sees, derived from the intent and the work in hand.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_since', 'text', (c) => c.notNull())
    // When the adviser last became free: "longest idle first".
    .addColumn('idle_since', 'text', (c) => c.notNull())
    // The workstation's last sign of life (live connection or API call).
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('queue_id', 'text', (c) => c.notNull().references('queues.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // Its place in line; kept when an offer lapses, so it goes back where it was.
    .addColumn('enqueued_at', 'text', (c) => c.notNull())
    // Not offered before this moment (a callback's time window).
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('target_adviser_id', 'text', (c) => c.references('users.id'))
    .addColumn('consumer_id', 'text', (c) => c.references('consumers.id'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('topic_id', 'text', (c) => c.references('topics.id'))
    // Phone number, e-mail address or handle the contact came from.
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text')
    .addColumn('external_ref', 'text')
    .addColumn('note', 'text')
    .addColumn('arrived_at', 'text', (c) => c.notNull())
    .addColumn('offered_to', 'text', (c) => c.references('users.id'))
    .addColumn('offered_at', 'text')
    .addColumn('offer_expires_at', 'text')
    .addColumn('offers', 'integer', (c) => c.notNull())
    .addColumn('adviser_id', 'text', (c) => c.references('users.id'))
    .addColumn('accepted_at', 'text')
    .addColumn('wrap_up_at', 'text')
    .addColumn('wrap_up_until', 'text')
    .addColumn('done_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interactions_waiting').on('interactions').columns(['state', 'enqueued_at', 'id']).execute();
  await db.schema.createIndex('interactions_adviser').on('interactions').columns(['adviser_id', 'state']).execute();
  await db.schema.createIndex('interactions_arrived').on('interactions').columns(['arrived_at']).execute();
  await db.schema.createIndex('interactions_queue_arrived').on('interactions').columns(['queue_id', 'arrived_at']).execute();
  await db.schema.createIndex('interactions_case').on('interactions').column('case_id').execute();
  // The last line of defence under the routing lock: one open offer per
  // adviser, whatever a bug or a second instance might try.
  await db.schema
    .createIndex('interactions_one_offer_per_adviser')
    .on('interactions')
    .column('offered_to')
    .unique()
    .where(sql.ref('state'), '=', 'offered')
    .execute();
  await db.schema
    .createIndex('interactions_external_ref')
    .on('interactions')
    .columns(['channel', 'external_ref'])
    .unique()
    .where(sql.ref('external_ref'), 'is not', null)
    .execute();

  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('interaction_events')
    .addColumn('id', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('interaction_id', 'text', (c) => c.notNull().references('interactions.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('adviser_id', 'text')
    .addColumn('queue_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interaction_events_interaction').on('interaction_events').columns(['interaction_id', 'id']).execute();
  await db.schema.createIndex('interaction_events_at').on('interaction_events').column('at').execute();

  // Written only under the routing lock, so sequence order is commit order
  // and a workstation resuming "after seq N" can never skip one.
  await db.schema
    .createTable('live_events')
    .addColumn('seq', autoId, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    // 'user' (one adviser) or 'leads' (team leads and supervisors).
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_events_at').on('live_events').column('at').execute();

  await sql`INSERT INTO counters (name, value) VALUES ('routing', 0)`.execute(db);

  const now = new Date().toISOString();
  for (const channel of CHANNELS) {
    const d = DEFAULTS[channel];
    const day = [[d.hours[0], d.hours[1]]];
    const hours = JSON.stringify({ weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] }, exceptions: [] });
    for (const language of ['sv', 'en'] as const) {
      const suffix = language === 'sv' ? ' (svenska)' : ' (engelska)';
      const suffixEn = language === 'sv' ? ' (Swedish)' : ' (English)';
      await sql`INSERT INTO queues (id, channel, language, name_sv, name_en, priority, sla_seconds, sla_target_percent,
          offer_timeout_seconds, wrap_up_seconds, max_wait_seconds, hours, observes_holidays, active, version, updated_at)
        VALUES (${`${channel}-${language}`}, ${channel}, ${language}, ${d.nameSv + suffix}, ${d.nameEn + suffixEn}, ${d.priority},
          ${d.slaSeconds}, 80, ${d.offerTimeout}, ${d.wrapUp}, ${d.maxWait}, ${hours}, 1, 1, 1, ${now})`.execute(db);
    }
  }
}
