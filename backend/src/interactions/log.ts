// The lifecycle log: one row per step of an interaction (queued, offered,
// accepted, declined, …) with its time, so every step has a timestamp even
// when a contact is offered, declined and offered again.
import type { RoutingTx } from '../routing/lock.js';

export async function logStep(
  rtx: RoutingTx,
  interactionId: string,
  type: string,
  opts: { adviserId?: string | null; queueId?: string | null; actorId?: string | null; detail?: Record<string, unknown> } = {},
): Promise<void> {
  await rtx.trx
    .insertInto('interaction_events')
    .values({
      interaction_id: interactionId,
      at: rtx.now.toISOString(),
      type,
      adviser_id: opts.adviserId ?? null,
      queue_id: opts.queueId ?? null,
      actor_id: opts.actorId ?? null,
      detail: JSON.stringify(opts.detail ?? {}),
    })
    .execute();
}
