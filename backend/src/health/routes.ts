import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { Domain } from '../domain.js';
import { API_VERSION } from '../version.js';

const Health = Type.Object(
  { status: Type.Literal('ok'), version: Type.String(), database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]) },
  { $id: 'Health' },
);

export const healthDomain: Domain = {
  name: 'health',
  schemas: [],
  routes(app, deps) {
    app.get(
      '/v1/health',
      {
        config: { auth: 'public' },
        schema: { tags: ['health'], summary: 'Liveness and database reachability', response: { 200: Health } },
      },
      async () => {
        await sql`select 1`.execute(deps.db.kysely);
        return { status: 'ok' as const, version: API_VERSION, database: deps.db.dialect };
      },
    );
  },
};
