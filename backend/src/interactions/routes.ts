import type { Domain } from '../domain.js';
import { actorOf, caseWorkers, leads } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { createInteraction } from './intake.js';
import { accept, complete, consumerLeft, decline, end, extendWrapUp, handOver, linkCase, transfer } from './lifecycle.js';
import { getInteraction, myWork } from './read.js';
import {
  AbandonBody, CompleteBody, ExtendBody, HandOverBody, InteractionDetailSchema, InteractionSchema, interactionSchemas, LinkCaseBody, MyWorkSchema,
  NewInteractionBody, TransferBody,
} from './schemas.js';

export const interactionsDomain: Domain = {
  name: 'interactions',
  schemas: interactionSchemas,
  routes(app, deps) {
    const tags = ['live work'];
    const one = { 200: ref(InteractionSchema) };
    const auth = { auth: caseWorkers };

    app.get(
      '/v1/work',
      { config: auth, schema: { tags, summary: 'My presence and the contacts offered to me, active or in wrap-up (read after connecting)', response: { 200: ref(MyWorkSchema) } } },
      async (req) => myWork(deps, actorOf(req)),
    );
    app.post(
      '/v1/interactions',
      {
        config: { auth: leads },
        schema: { tags, summary: 'Register a contact from a channel; it is queued and offered when someone can take it', body: ref(NewInteractionBody), response: { 201: ref(InteractionSchema) } },
      },
      async (req, reply) => reply.code(201).send(await createInteraction(deps, actorOf(req), req.body)),
    );
    app.get(
      '/v1/interactions/:id',
      { config: auth, schema: { tags, summary: 'A contact with every step of its lifecycle (audited)', params: IdParams, response: { 200: ref(InteractionDetailSchema) } } },
      async (req) => getInteraction(deps, actorOf(req), req.params.id),
    );
    app.patch(
      '/v1/interactions/:id',
      { config: auth, schema: { tags, summary: 'Tie the contact to another case', params: IdParams, body: ref(LinkCaseBody), response: one } },
      async (req) => linkCase(deps, actorOf(req), req.params.id, req.body.caseId),
    );
    const step = (path: string, summary: string, run: (id: string, actor: ReturnType<typeof actorOf>) => ReturnType<typeof accept>) =>
      app.post(`/v1/interactions/:id/${path}`, { config: auth, schema: { tags, summary, params: IdParams, response: one } }, async (req) => run(req.params.id, actorOf(req)));
    step('accept', 'Accept the contact offered to me (it is tied to the consumer\'s open case or a new one)', (id, a) => accept(deps, a, id));
    step('decline', 'Decline the offer; the contact goes back to its place in line', (id, a) => decline(deps, a, id));
    step('end', 'End the conversation; wrap-up begins', (id, a) => end(deps, a, id));
    app.post(
      '/v1/interactions/:id/complete',
      { config: auth, schema: { tags, summary: 'Wrap-up done: the contact is finished and I can take the next', params: IdParams, body: ref(CompleteBody), response: one } },
      async (req) => complete(deps, actorOf(req), req.params.id, req.body.caseId),
    );
    app.post(
      '/v1/interactions/:id/extend-wrap-up',
      { config: auth, schema: { tags, summary: 'More wrap-up time (30 minutes in all at most)', params: IdParams, body: ref(ExtendBody), response: one } },
      async (req) => extendWrapUp(deps, actorOf(req), req.params.id, req.body.seconds),
    );
    app.post(
      '/v1/interactions/:id/transfer',
      { config: auth, schema: { tags, summary: 'Hand the contact to a queue or a colleague, with an internal note', params: IdParams, body: ref(TransferBody), response: one } },
      async (req) => transfer(deps, actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/v1/interactions/:id/hand-over',
      { config: auth, schema: { tags, summary: 'Hand the contact over to a partner: it ends here as transferred (record the referral on the case)', params: IdParams, body: ref(HandOverBody), response: one } },
      async (req) => handOver(deps, actorOf(req), req.params.id, req.body.partnerId),
    );
    app.post(
      '/v1/interactions/:id/consumer-left',
      {
        config: { auth: leads },
        schema: { tags, summary: 'The channel reports that the consumer left: abandoned while waiting, or the end of the conversation', params: IdParams, body: ref(AbandonBody), response: one },
      },
      async (req) => consumerLeft(deps, req.params.id, req.body.reason),
    );
  },
};
