// What a softphone needs to register with the SIP platform: where, as whom,
// and an ephemeral password the platform can check with the shared secret
// alone. Issued to signed-in staff who take calls; valid for a shift.
import type { Actor, Deps } from '../deps.js';
import { Problem } from '../http/problem.js';
import { HOUR } from '../shared/clock.js';
import { sipCredential } from './secrets.js';
import { ensureSipUser } from './sip-users.js';

/**
 * Short, because a credential cannot be taken back: a member of staff whose
 * access ends keeps the phone at most this long. The softphone fetches new
 * ones a minute before they expire.
 */
export const CREDENTIAL_LIFETIME_MS = 2 * HOUR;

export interface PhoneCredentials {
  wsUrl: string;
  domain: string;
  uri: string;
  authorizationUsername: string;
  password: string;
  expiresAt: string;
  displayName: string;
}

export async function issueCredentials(deps: Deps, actor: Actor): Promise<PhoneCredentials> {
  const { sipSecret, sipDomain, sipWsUrl } = deps.config;
  if (!sipSecret) throw new Problem(503, 'phone_not_configured', 'The phone is not configured (SIP_SECRET is unset)');
  const now = deps.clock.now();
  const sipUser = await ensureSipUser(deps.db.kysely, actor.userId, now);
  const user = await deps.db.kysely.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  // The SIP platform checks the expiry against its own (wall) clock, not the
  // service's domain clock — they are one in production, but a clock moved
  // for a test or a drill must not hand out credentials the platform sees as
  // long expired. Whole seconds: the expiry travels in the authorization
  // username as Unix seconds.
  const expiresAt = new Date(Math.floor((Date.now() + CREDENTIAL_LIFETIME_MS) / 1000) * 1000);
  return {
    wsUrl: sipWsUrl,
    domain: sipDomain,
    uri: `sip:${sipUser}@${sipDomain}`,
    ...sipCredential(sipSecret, sipUser, expiresAt),
    expiresAt: expiresAt.toISOString(),
    displayName: user.display_name,
  };
}
