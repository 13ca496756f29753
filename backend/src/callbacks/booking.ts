// A consumer books a callback on the public page: a Swedish number, a window
// inside the callback queue's opening hours, their language and, if they
// like, a topic and a short question. It becomes a callback (create.ts) that
// routing does not offer before the window opens and that expires at its end.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { Problem } from '../http/problem.js';
import { liveWork } from '../routing/engine.js';
import { queueFor } from '../queues/service.js';
import { checkWindow, queueHoursOf } from './window.js';
import { maskPhone, swedishE164, type PhoneIssue } from './swedish-phone.js';
import { createCallback, hasPendingCallback } from './create.js';
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
    const verdict = checkWindow(queueHoursOf(queue), start, end, rtx.now);
    if (!verdict.ok && verdict.kind === 'invalid') throw invalid(verdict.field, verdict.message);
    if (!verdict.ok) {
      throw new Problem(409, 'queue_closed', 'We do not call back at that time; choose a window within the opening hours', {
        queueId: queue.id,
        nextOpening: verdict.nextOpening?.toISOString() ?? null,
      });
    }
    if (await hasPendingCallback(rtx, phone.e164)) throw new Problem(409, 'conflict', 'A callback to this number is already booked; we will call as agreed');
    const { reference } = await createCallback(rtx, {
      phone: phone.e164,
      language: body.language,
      start,
      end,
      ...(body.topicId ? { topicId: body.topicId } : {}),
      ...(question ? { question } : {}),
    });
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
