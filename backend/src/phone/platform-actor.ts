// What the SIP platform reports on a member of staff's behalf (their phone's
// answer, the transfer they asked for) is done as them: the lifecycle's
// actor, with the platform as the session it came through.
import type { Actor } from '../deps.js';
import type { Role } from '../db/schema.js';
import type { RoutingTx } from '../routing/lock.js';

export async function actorOfUser(rtx: RoutingTx, userId: string): Promise<Actor> {
  const u = await rtx.trx.selectFrom('users').select(['id', 'username', 'role']).where('id', '=', userId).executeTakeFirstOrThrow();
  return { userId: u.id, username: u.username, role: u.role as Role, sessionId: 'sip-platform', ip: null };
}
