// The phone's part in the lifecycle (see interactions/channel-hooks.ts): a call
// that came in through the SIP platform is answered on the phone, never
// through the API — the API cannot connect a caller to a headset. Declining
// through the API is fine: the call goes back in line, and the workstation
// stops its phone ringing (the platform's late "rejected" then changes nothing).
import { registerChannelHooks } from '../interactions/channel-hooks.js';
import type { InteractionRow } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import type { RoutingTx } from '../routing/lock.js';

/** Whether the contact came in (or goes on) as a call through the SIP platform. */
const isPlatformCall = async (rtx: RoutingTx, row: InteractionRow): Promise<boolean> =>
  (await rtx.trx.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', row.id).executeTakeFirst()) !== undefined;

registerChannelHooks('phone', {
  async accepting(rtx, row) {
    if (await isPlatformCall(rtx, row)) throw new Problem(409, 'answer_on_phone', 'This call rings on your phone: answer it there', { interactionId: row.id });
  },
  // Putting the contact back in line would leave the caller on the adviser's
  // phone with nothing to ring the next one: the phone moves it (phone/transfers.ts).
  async transferring(rtx, row) {
    if (await isPlatformCall(rtx, row)) throw new Problem(409, 'transfer_on_phone', 'This call is on your phone: transfer it from the call panel', { interactionId: row.id });
  },
});
