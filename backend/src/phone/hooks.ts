// The phone's part in the lifecycle (see interactions/channel-hooks.ts): a call
// that came in through the SIP platform is answered on the phone, never
// through the API — the API cannot connect a caller to a headset. Declining
// through the API is fine: the call goes back in line, and the workstation
// stops its phone ringing (the platform's late "rejected" then changes nothing).
import { registerChannelHooks } from '../interactions/channel-hooks.js';
import { Problem } from '../http/problem.js';

registerChannelHooks('phone', {
  async accepting(rtx, row) {
    const call = await rtx.trx.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', row.id).executeTakeFirst();
    if (call) throw new Problem(409, 'answer_on_phone', 'This call rings on your phone: answer it there', { interactionId: row.id });
  },
  // Putting the contact back in line would leave the caller on the adviser's
  // phone with nothing to ring the next one: the phone moves it (phone/transfers.ts).
  async transferring(rtx, row) {
    const call = await rtx.trx.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', row.id).executeTakeFirst();
    if (call) throw new Problem(409, 'transfer_on_phone', 'This call is on your phone: transfer it from the call panel', { interactionId: row.id });
  },
});
