// The phone's part in the lifecycle (see interactions/channel-hooks.ts): a call
// that came in through the SIP platform is answered or rejected on the phone,
// never through the API — the API cannot connect a caller to a headset.
import { registerChannelHooks } from '../interactions/channel-hooks.js';
import { Problem } from '../http/problem.js';

registerChannelHooks('phone', {
  async answering(rtx, row) {
    const call = await rtx.trx.selectFrom('phone_calls').select('call_id').where('interaction_id', '=', row.id).executeTakeFirst();
    if (call) throw new Problem(409, 'answer_on_phone', 'This call rings on your phone: answer or reject it there', { interactionId: row.id });
  },
});
