// The phone: credentials for the softphone, and the SIP platform's routes
// (auth 'platform': the bearer token derived from SIP_SECRET, nobody else).
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers } from '../http/access.js';
import { Problem } from '../http/problem.js';
import { ref } from '../http/schemas.js';
import { callArrived, callEvent, callTarget, type CallEvent, type Target } from './calls.js';
import { issueCredentials } from './credentials.js';
import { CallArrivalBody, CallEventBody, CallTargetBody, PhoneCredentialsSchema, PhoneTransferBody, PhoneTransferSchema, phoneSchemas, textLine } from './schemas.js';
import { startPhoneTransfer } from './transfers.js';
import './hooks.js';

const targetLine = (t: Target): string =>
  t.kind === 'ring' ? `ring ${t.sipUser} ${t.interactionId} ${t.timeoutSeconds}\n` : t.kind === 'end' ? `end ${t.reason}\n` : 'wait\n';

const NEEDS_SIP_USER = new Set(['ringing', 'answered', 'no_answer', 'rejected']);

function toEvent(b: typeof CallEventBody.static): CallEvent {
  if (NEEDS_SIP_USER.has(b.event)) {
    if (!b.sipUser) throw new Problem(400, 'validation_failed', `A ${b.event} event names the sipUser`, { field: 'sipUser' });
    return { callId: b.callId, event: b.event as 'rejected', sipUser: b.sipUser, ...(b.code ? { code: b.code } : {}) };
  }
  if (b.event === 'ended') {
    if (!b.by) throw new Problem(400, 'validation_failed', 'An ended event says who hung up (by)', { field: 'by' });
    return { callId: b.callId, event: 'ended', by: b.by, ...(b.cause ? { cause: b.cause } : {}) };
  }
  return { callId: b.callId, event: 'cancelled' };
}

export const phoneDomain: Domain = {
  name: 'phone',
  schemas: phoneSchemas,
  routes(app, deps) {
    const tags = ['phone'];
    const platform = { auth: 'platform' as const };
    app.get(
      '/v1/phone/credentials',
      {
        config: { auth: caseWorkers },
        schema: { tags, summary: 'SIP credentials for my softphone (valid 2 h; 503 phone_not_configured without SIP_SECRET)', response: { 200: ref(PhoneCredentialsSchema) } },
      },
      async (req) => issueCredentials(deps, actorOf(req)),
    );
    app.post(
      '/v1/phone/transfers',
      {
        config: { auth: caseWorkers },
        schema: {
          tags,
          summary: 'Move my call in progress to a queue or a colleague: REFER the consumer to the answer\'s address within its minute (the call keeps its place in line)',
          body: ref(PhoneTransferBody),
          response: { 201: ref(PhoneTransferSchema) },
        },
      },
      async (req, reply) => reply.code(201).send(await startPhoneTransfer(deps, actorOf(req), req.body)),
    );
    app.post(
      '/v1/phone/platform/calls',
      {
        config: platform,
        schema: {
          tags,
          summary: 'SIP platform: a call to a service number arrived; it is queued (409 queue_closed while closed, 404 unknown_number)',
          body: ref(CallArrivalBody),
          response: { 200: textLine('`queued <interactionId>`') },
        },
      },
      async (req, reply) => {
        const { interactionId } = await callArrived(deps, req.body);
        return reply.type('text/plain; charset=utf-8').send(`queued ${interactionId}\n`);
      },
    );
    app.post(
      '/v1/phone/platform/calls/target',
      {
        config: platform,
        schema: {
          tags,
          summary: 'SIP platform: whom to ring now for this call',
          body: ref(CallTargetBody),
          response: { 200: textLine('`wait` (ask again in a second) | `ring <sipUser> <interactionId> <timeoutSeconds>` | `end <reason>` (the call is over here)') },
        },
      },
      async (req, reply) => reply.type('text/plain; charset=utf-8').send(targetLine(await callTarget(deps, req.body.callId))),
    );
    app.post(
      '/v1/phone/platform/calls/events',
      {
        config: platform,
        schema: { tags, summary: 'SIP platform: what happened to a call (repeats and late reports are harmless)', body: ref(CallEventBody), response: { 200: textLine('`applied` | `ignored`') } },
      },
      async (req, reply) => reply.type('text/plain; charset=utf-8').send(`${(await callEvent(deps, toEvent(req.body))).outcome}\n`),
    );
  },
};
