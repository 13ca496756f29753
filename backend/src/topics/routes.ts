import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { allStaff } from '../http/access.js';
import { Nullable, ref } from '../http/schemas.js';
import { listTopics } from './service.js';

export const TopicSchema = Type.Object(
  {
    id: Type.String(),
    parentId: Nullable(Type.String()),
    labelSv: Type.String(),
    labelEn: Type.String(),
    sort: Type.Integer(),
  },
  { $id: 'Topic' },
);

export const topicsDomain: Domain = {
  name: 'topics',
  schemas: [TopicSchema],
  routes(app, deps) {
    app.get(
      '/v1/topics',
      {
        config: { auth: allStaff },
        schema: { tags: ['topics'], summary: 'The topic taxonomy (two levels, Swedish and English labels)', response: { 200: Type.Array(ref(TopicSchema)) } },
      },
      async () => listTopics(deps.db.kysely),
    );
  },
};
