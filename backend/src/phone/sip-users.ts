// The SIP identity of a member of staff. Derived from the user id (so the
// platform can be told whom to ring without a lookup on the hot path) and
// stored, so the platform's reports ("answered by <sipUser>") map back to the
// user. The "staff-" prefix keeps these apart from the phone numbers that
// partners' and consumers' endpoints register as.
import { createHash } from 'node:crypto';
import type { Q } from '../deps.js';

export const sipUserOf = (userId: string): string => `staff-${createHash('sha256').update(userId).digest('hex').slice(0, 20)}`;

/** The staff member's SIP user, recorded on first use. */
export async function ensureSipUser(q: Q, userId: string, now: Date): Promise<string> {
  const sipUser = sipUserOf(userId);
  await q
    .insertInto('phone_sip_users')
    .values({ user_id: userId, sip_user: sipUser, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
  return sipUser;
}

export async function userOfSipUser(q: Q, sipUser: string): Promise<string | undefined> {
  return (await q.selectFrom('phone_sip_users').select('user_id').where('sip_user', '=', sipUser).executeTakeFirst())?.user_id;
}
