// A few reference rows (topics, municipalities, a partner) for tests that need
// them, inserted directly so tests do not depend on the demo seed.
import type { Deps } from '../../backend/src/deps.js';
import { recordChanges } from '../../backend/src/sync/change-log.js';

export async function insertBasics(deps: Deps): Promise<{ partnerId: string }> {
  const k = deps.db.kysely;
  const now = deps.clock.now().toISOString();
  await k.insertInto('topics').values([
    { id: 'goods', parent_id: null, label_sv: 'Köp av varor', label_en: 'Buying goods', sort: 1 },
    { id: 'goods.complaint', parent_id: 'goods', label_sv: 'Reklamation', label_en: 'Complaints', sort: 2 },
    { id: 'debt', parent_id: null, label_sv: 'Skulder', label_en: 'Debt', sort: 3 },
  ]).execute();
  await k.insertInto('municipalities').values([
    { code: '0380', name: 'Uppsala', county_code: '03', county_name: 'Uppsala län' },
    { code: '0180', name: 'Stockholm', county_code: '01', county_name: 'Stockholms län' },
  ]).execute();
  const partnerId = 'partner-arn';
  await k.insertInto('partners').values({
    id: partnerId,
    kind: 'disputes_board',
    name: 'Allmänna reklamationsnämnden',
    description_sv: 'Prövar tvister mellan konsumenter och företag.',
    description_en: 'Handles disputes between consumers and businesses.',
    national: 1,
    phone: null,
    email: null,
    web: 'https://www.arn.se',
    referral_method: 'informed',
    referral_instructions_sv: 'Berätta hur man gör en anmälan.',
    referral_instructions_en: 'Explain how to file a complaint.',
    opening_hours: JSON.stringify({ weekly: {}, exceptions: [] }),
    active: 1,
    version: 1,
    created_at: now,
    updated_at: now,
  }).execute();
  await recordChanges(k, deps.clock.now(), [
    ...['goods', 'goods.complaint', 'debt'].map((id) => ({ entity: 'topic' as const, id })),
    ...['0380', '0180'].map((id) => ({ entity: 'municipality' as const, id })),
    { entity: 'partner', id: partnerId },
  ]);
  return { partnerId };
}
