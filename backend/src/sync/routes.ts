import type { Domain } from '../domain.js';
import { actorOf, caseWorkers } from '../http/access.js';
import { ref } from '../http/schemas.js';
import { pullChanges } from './feed.js';
import { pushMutations } from './push.js';
import { PushBody, PushResultSchema, SyncPageSchema, SyncQuery, syncSchemas } from './schemas.js';

export const syncDomain: Domain = {
  name: 'sync',
  schemas: syncSchemas,
  routes(app, deps) {
    const tags = ['sync'];
    app.get(
      '/v1/sync/changes',
      {
        config: { auth: caseWorkers },
        schema: {
          tags,
          summary: 'The change feed for the desktop cache, from a cursor, oldest first',
          querystring: SyncQuery,
          response: { 200: ref(SyncPageSchema) },
        },
      },
      async (req) => pullChanges(deps, actorOf(req), req.query.cursor, req.query.limit ?? 500),
    );
    app.post(
      '/v1/sync/push',
      {
        config: { auth: caseWorkers },
        schema: {
          tags,
          summary: 'Apply outbox mutations; each id is applied at most once and gets its own result',
          body: ref(PushBody),
          response: { 200: ref(PushResultSchema) },
        },
      },
      async (req) => ({ results: await pushMutations(deps, actorOf(req), req.body.mutations) }),
    );
  },
};
