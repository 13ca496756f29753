import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { getConsumer, searchConsumers, updateConsumerTx } from './service.js';
import { auditConflictRead } from '../audit/service.js';
import { ConsumerFieldsSchema, ConsumerMatchSchema, ConsumerSchema } from './schemas.js';

const SearchQuery = Type.Object(
  {
    phone: Type.Optional(Type.String({ minLength: 3, maxLength: 40 })),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
  },
  { additionalProperties: false },
);
const ConsumerPatch = Type.Object(
  { version: Type.Integer({ minimum: 1 }), ...ConsumerFieldsSchema.properties },
  { additionalProperties: false },
);

export const consumersDomain: Domain = {
  name: 'consumers',
  schemas: [ConsumerSchema, ConsumerMatchSchema, ConsumerFieldsSchema],
  routes(app, deps) {
    const tags = ['consumers'];
    app.get(
      '/v1/consumers',
      {
        config: { auth: caseWorkers },
        schema: { tags, summary: 'Find consumers by phone, e-mail or name (audited)', querystring: SearchQuery, response: { 200: Type.Array(ref(ConsumerMatchSchema)) } },
      },
      async (req) => searchConsumers(deps, actorOf(req), req.query),
    );
    app.get(
      '/v1/consumers/:id',
      { config: { auth: caseWorkers }, schema: { tags, summary: 'One consumer (audited)', params: IdParams, response: { 200: ref(ConsumerSchema) } } },
      async (req) => getConsumer(deps, actorOf(req), req.params.id),
    );
    app.patch(
      '/v1/consumers/:id',
      {
        config: { auth: caseWorkers },
        schema: { tags, summary: 'Change a consumer (optimistic concurrency: send the version you saw)', params: IdParams, body: ConsumerPatch, response: { 200: ref(ConsumerSchema) } },
      },
      async (req) => {
        const { version, ...fields } = req.body;
        try {
          return await deps.db.kysely.transaction().execute((trx) => updateConsumerTx(trx, deps, actorOf(req), req.params.id, version, fields));
        } catch (err) {
          await auditConflictRead(deps.db, deps.clock.now(), actorOf(req), err, 'consumer', req.params.id);
          throw err;
        }
      },
    );
  },
};
