// A callback comes into being the same way whoever asks for it (the consumer
// on the public page, or a caller who gave up waiting in the phone queue): a
// callback interaction that routing does not offer before its window opens,
// and the booking row with the reference and the window's end.
import type { Language } from '../db/schema.js';
import { registerContact } from '../interactions/intake.js';
import type { RoutingTx } from '../routing/lock.js';
import { newCallbackReference } from './reference.js';

export interface NewCallback {
  /** E.164. */
  phone: string;
  language: Language;
  start: Date;
  end: Date;
  topicId?: string;
  question?: string;
  /** The abandoned phone call this callback stands in for. */
  afterInteractionId?: string;
}

/** One callback at a time per number: a second would only have the consumer called twice (and lets no one flood a stranger's phone). */
export async function hasPendingCallback(rtx: RoutingTx, phone: string): Promise<boolean> {
  const pending = await rtx.trx
    .selectFrom('interactions')
    .select('id')
    .where('channel', '=', 'callback')
    .where('from_address', '=', phone)
    .where('state', 'in', ['queued', 'offered', 'active'])
    .executeTakeFirst();
  return pending !== undefined;
}

/** Registers the callback; answers its reference. Runs under the routing lock (see below). */
export async function createCallback(rtx: RoutingTx, c: NewCallback): Promise<{ interactionId: string; reference: string }> {
  const interactionId = await registerContact(rtx, null, {
    channel: 'callback',
    language: c.language,
    from: c.phone,
    availableAt: c.start.toISOString(),
    ...(c.topicId ? { topicId: c.topicId } : {}),
    ...(c.question ? { subject: c.question } : {}),
  });
  // Drawn until unused: bookings run one at a time under the routing lock,
  // so the check cannot race (and a failed insert would abort a PostgreSQL transaction).
  let reference = newCallbackReference();
  while (await rtx.trx.selectFrom('callback_requests').select('interaction_id').where('reference', '=', reference).executeTakeFirst()) {
    reference = newCallbackReference();
  }
  await rtx.trx
    .insertInto('callback_requests')
    .values({
      interaction_id: interactionId,
      reference,
      window_start: c.start.toISOString(),
      window_end: c.end.toISOString(),
      created_at: rtx.now.toISOString(),
      after_interaction_id: c.afterInteractionId ?? null,
    })
    .execute();
  return { interactionId, reference };
}
