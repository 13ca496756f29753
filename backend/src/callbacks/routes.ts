// Callback routes. The consumer's (no login, rate-limited per client, readable
// by the public website): the bookable windows and the booking itself. The
// adviser's: the callback in hand and its attempts. The team lead's: the
// overdue list.
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers, operations } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { publicGuard } from '../public/guard.js';
import { createRateLimiter } from '../public/rate-limit.js';
import { queueFor } from '../queues/service.js';
import { recordAttempt } from './attempts.js';
import { bookCallback } from './booking.js';
import { getCallback } from './detail.js';
import { overdueCallbacks } from './overdue.js';
import {
  CallbackAttemptBody, CallbackAttemptResultSchema, CallbackConfirmationSchema, CallbackDetailSchema, callbackSchemas, CallbackSlotsQuery, CallbackSlotsSchema,
  NewCallbackBody, OverdueCallbacksSchema,
} from './schemas.js';
import { bookableDays, queueHoursOf } from './window.js';
import './expiry.js';

export const callbacksDomain: Domain = {
  name: 'callbacks',
  schemas: callbackSchemas,
  routes(app, deps) {
    const publicTags = ['public callbacks'];
    const tags = ['callbacks'];
    // A household may book again after a mistake; a script may not fill the queue.
    const booking = createRateLimiter(deps.config.callbacksPerHour / 60, Math.max(3, Math.ceil(deps.config.callbacksPerHour / 4)));
    const reads = createRateLimiter(deps.config.publicRatePerMinute);
    const origins = deps.config.publicOrigins;

    const guard = publicGuard(origins);

    app.get(
      '/v1/public/callbacks/slots',
      {
        config: { auth: 'public' },
        schema: { tags: publicTags, summary: 'The windows a callback can be booked in, day by day (the callback queue\'s opening hours, holidays included)', querystring: CallbackSlotsQuery, response: { 200: ref(CallbackSlotsSchema) } },
      },
      async (req, reply) => {
        guard(req, reply, reads);
        const queue = await queueFor(deps.db.kysely, 'callback', req.query.language);
        const days = bookableDays(queueHoursOf(queue), deps.clock.now());
        return { language: req.query.language, days };
      },
    );
    app.post(
      '/v1/public/callbacks',
      {
        config: { auth: 'public' },
        schema: {
          tags: publicTags,
          summary: 'Book a callback: a Swedish number and a window within opening hours (400 for a bad number or window, 409 queue_closed outside opening hours, 409 conflict when the number already has one)',
          body: ref(NewCallbackBody),
          response: { 201: ref(CallbackConfirmationSchema) },
        },
      },
      async (req, reply) => {
        guard(req, reply, booking);
        return reply.code(201).send(await bookCallback(deps, req.body));
      },
    );

    app.get(
      '/v1/interactions/:id/callback',
      { config: { auth: caseWorkers }, schema: { tags, summary: 'The callback: number, window, question and attempts so far (audited)', params: IdParams, response: { 200: ref(CallbackDetailSchema) } } },
      async (req) => getCallback(deps, actorOf(req), req.params.id),
    );
    app.post(
      '/v1/interactions/:id/callback-attempts',
      {
        config: { auth: caseWorkers },
        schema: {
          tags,
          summary: 'Record an attempt to reach the consumer (only the adviser handling the callback): reached goes on, no answer / busy retries later, wrong number ends it',
          params: IdParams,
          body: ref(CallbackAttemptBody),
          response: { 201: ref(CallbackAttemptResultSchema) },
        },
      },
      async (req, reply) => reply.code(201).send(await recordAttempt(deps, actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/v1/callbacks/overdue',
      { config: { auth: operations }, schema: { tags, summary: 'Callbacks waiting past the service level since their window opened, or whose window closes soon', response: { 200: ref(OverdueCallbacksSchema) } } },
      async () => overdueCallbacks(deps),
    );
  },
};
