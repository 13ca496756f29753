import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { operations } from '../http/access.js';
import { ref } from '../http/schemas.js';
import { listPresence } from '../presence/service.js';
import { queueHistory } from './history.js';
import { computeQueueStats } from './queue-stats.js';
import { QueueHistorySchema, statsSchemas, WallboardSchema } from './schemas.js';

const HistoryQuery = Type.Object(
  {
    hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 24, default: 4 })),
    bucketMinutes: Type.Optional(Type.Union([Type.Literal(5), Type.Literal(10), Type.Literal(15), Type.Literal(30), Type.Literal(60)], { default: 15 })),
  },
  { additionalProperties: false },
);

export const statsDomain: Domain = {
  name: 'stats',
  schemas: statsSchemas,
  routes(app, deps) {
    const tags = ['live work'];
    app.get(
      '/v1/wallboard',
      {
        config: { auth: operations },
        schema: { tags, summary: 'Queues now and today, and every adviser by state (the live feed sends the same each second)', response: { 200: ref(WallboardSchema) } },
      },
      async () => ({ at: deps.clock.now().toISOString(), queues: await computeQueueStats(deps), advisers: await listPresence(deps.db.kysely) }),
    );
    app.get(
      '/v1/wallboard/history',
      { config: { auth: operations }, schema: { tags, summary: 'The last hours per queue, in buckets, for charts', querystring: HistoryQuery, response: { 200: ref(QueueHistorySchema) } } },
      async (req) => queueHistory(deps, req.query.hours ?? 4, req.query.bucketMinutes ?? 15),
    );
  },
};
