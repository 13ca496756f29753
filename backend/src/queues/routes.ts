import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, allStaff, operations } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { listQueues, updateQueue } from './service.js';
import { QueuePatchBody, QueueSchema, queueSchemas } from './schemas.js';

export const queuesDomain: Domain = {
  name: 'queues',
  schemas: queueSchemas,
  routes(app, deps) {
    const tags = ['live work'];
    app.get(
      '/v1/queues',
      { config: { auth: allStaff }, schema: { tags, summary: 'The queues, most urgent first, with whether each is open now', response: { 200: Type.Array(ref(QueueSchema)) } } },
      async () => listQueues(deps),
    );
    app.patch(
      '/v1/queues/:id',
      {
        config: { auth: operations },
        schema: { tags, summary: 'Change a queue (priority, service level, times, opening hours); a stale version gets 409', params: IdParams, body: ref(QueuePatchBody), response: { 200: ref(QueueSchema) } },
      },
      async (req) => updateQueue(deps, actorOf(req), req.params.id, req.body),
    );
  },
};
