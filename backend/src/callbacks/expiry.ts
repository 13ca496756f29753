// A callback still waiting when the consumer's window closes is expired: the
// consumer asked to be called within it, and a call hours later would come
// when they no longer expect it. Checked on the routing tick.
import { registerTickHook } from '../interactions/channel-hooks.js';
import { endWaiting } from '../routing/engine.js';
import { CALLBACK_END } from './attempts.js';

registerTickHook(async (rtx) => {
  const rows = await rtx.trx
    .selectFrom('interactions as i')
    .innerJoin('callback_requests as r', 'r.interaction_id', 'i.id')
    .selectAll('i')
    .where('i.state', 'in', ['queued', 'offered'])
    .where('r.window_end', '<=', rtx.now.toISOString())
    .execute();
  for (const row of rows) await endWaiting(rtx, row, 'expired', CALLBACK_END.windowEnded);
});
