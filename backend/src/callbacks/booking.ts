// A consumer books a callback on the public page: a Swedish number, a window
// inside the callback queue's opening hours, their language and, if they
// like, a topic and a short question. It becomes a callback interaction that
// routing does not offer before the window opens (available_at), plus the
// booking row holding the reference and the window's end (it expires then).
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { Problem } from '../http/problem.js';
import { registerContact } from '../interactions/intake.js';
import { liveWork } from '../routing/engine.js';
import { hoursOf, queueFor } from '../queues/service.js';
import { checkWindow } from './window.js';
import { maskPhone, swedishE164, type PhoneIssue } from './swedish-phone.js';
import { newCallbackReference } from './reference.js';
import type { CallbackConfirmationSchema, NewCallbackBody } from './schemas.js';

export type CallbackConfirmation = Static<typeof CallbackConfirmationSchema>;

const PHONE_MESSAGES: Record<PhoneIssue, string> = {
  not_a_number: 'is not a Swedish phone number',
  not_swedish: 'must be a Swedish number (+46)',
  premium_rate: 'premium-rate numbers cannot be called back',
};

// The number is never echoed in the problem: the title and errors name the field only.
const invalid = (field: string, message: string) =>
  new Problem(400, 'validation_failed', 'The callback request is not valid', { errors: [{ in: 'body', path: `/${field}`, message }] });

export async function bookCallback(deps: Deps, body: Static<typeof NewCallbackBody>): Promise<CallbackConfirmation> {
  const phone = swedishE164(body.phone);
  if (!phone.ok) throw invalid('phone', PHONE_MESSAGES[phone.issue]);
  const start = new Date(body.windowStart);
  const end = new Date(body.windowEnd);
  const question = body.question?.trim();

  const booked = await liveWork(deps, async (rtx) => {
    const queue = await queueFor(rtx.trx, 'callback', body.language);
    const verdict = checkWindow({ hours: hoursOf(queue), observesHolidays: queue.observes_holidays === 1, active: queue.active === 1 }, start, end, rtx.now);
    if (!verdict.ok && verdict.kind === 'invalid') throw invalid(verdict.field, verdict.message);
    if (!verdict.ok) {
      throw new Problem(409, 'queue_closed', 'We do not call back at that time; choose a window within the opening hours', {
        queueId: queue.id,
        nextOpening: verdict.nextOpening?.toISOString() ?? null,
      });
    }
    // One callback at a time per number: a second booking would only have the
    // consumer called twice (and lets no one flood a stranger's phone).
    const pending = await rtx.trx
      .selectFrom('interactions')
      .select('id')
      .where('channel', '=', 'callback')
      .where('from_address', '=', phone.e164)
      .where('state', 'in', ['queued', 'offered', 'active'])
      .executeTakeFirst();
    if (pending) throw new Problem(409, 'conflict', 'A callback to this number is already booked; we will call as agreed');

    const interactionId = await registerContact(rtx, null, {
      channel: 'callback',
      language: body.language,
      from: phone.e164,
      availableAt: start.toISOString(),
      ...(body.topicId ? { topicId: body.topicId } : {}),
      ...(question ? { subject: question } : {}),
    });
    // Drawn until unused: bookings run one at a time under the routing lock,
    // so the check cannot race (and a failed insert would abort a PostgreSQL transaction).
    let reference = newCallbackReference();
    while (await rtx.trx.selectFrom('callback_requests').select('interaction_id').where('reference', '=', reference).executeTakeFirst()) {
      reference = newCallbackReference();
    }
    await rtx.trx
      .insertInto('callback_requests')
      .values({ interaction_id: interactionId, reference, window_start: start.toISOString(), window_end: end.toISOString(), created_at: rtx.now.toISOString() })
      .execute();
    return reference;
  });

  return {
    reference: booked,
    language: body.language,
    windowStart: start.toISOString(),
    windowEnd: end.toISOString(),
    phoneMasked: maskPhone(phone.e164),
    maxAttempts: deps.config.callbackMaxAttempts,
    retryMinutes: deps.config.callbackRetryMinutes,
  };
}
