// Callbacks a team lead should act on: waiting longer than the callback
// queue's service level since their window opened (or since their retry came
// due), or with their window about to close. No consumer data: leads steer
// staffing from it, they do not dial from it.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { MINUTE, SECOND } from '../shared/clock.js';
import type { OverdueCallbacksSchema } from './schemas.js';

export type OverdueCallbacks = Static<typeof OverdueCallbacksSchema>;
type Reason = OverdueCallbacks['items'][number]['reasons'][number];

export async function overdueCallbacks(deps: Deps): Promise<OverdueCallbacks> {
  const now = deps.clock.now();
  const q = deps.db.kysely;
  const rows = await q
    .selectFrom('interactions as i')
    .innerJoin('callback_requests as r', 'r.interaction_id', 'i.id')
    .innerJoin('queues as q', 'q.id', 'i.queue_id')
    .select(['i.id', 'i.queue_id', 'i.language', 'i.state', 'i.available_at', 'r.reference', 'r.window_start', 'r.window_end', 'q.sla_seconds'])
    .where('i.state', 'in', ['queued', 'offered'])
    .where('r.window_start', '<=', now.toISOString())
    .orderBy('r.window_end')
    .orderBy('i.id')
    .execute();
  const attempts = rows.length === 0
    ? []
    : await q
        .selectFrom('callback_attempts')
        .select('interaction_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('interaction_id', 'in', rows.map((r) => r.id))
        .groupBy('interaction_id')
        .execute();
  const counts = new Map(attempts.map((a) => [a.interaction_id, Number(a.n)]));
  const closingMs = deps.config.callbackClosingMinutes * MINUTE;
  const items: OverdueCallbacks['items'] = [];
  for (const r of rows) {
    const since = Math.max(Date.parse(r.window_start), Date.parse(r.available_at));
    const reasons: Reason[] = [];
    if (since <= now.getTime() && now.getTime() - since > r.sla_seconds * SECOND) reasons.push('late');
    if (Date.parse(r.window_end) - now.getTime() <= closingMs) reasons.push('closing');
    if (reasons.length === 0) continue;
    items.push({
      interactionId: r.id,
      reference: r.reference,
      queueId: r.queue_id,
      language: r.language,
      state: r.state === 'offered' ? 'offered' : 'queued',
      windowStart: r.window_start,
      windowEnd: r.window_end,
      waitingSince: new Date(since).toISOString(),
      attempts: counts.get(r.id) ?? 0,
      reasons,
    });
  }
  return { at: now.toISOString(), items };
}
