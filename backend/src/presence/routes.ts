import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers, leads, operations } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { liveWork } from '../routing/engine.js';
import { listPresence, presenceOf, setIntent, updateProfile } from './service.js';
import { PresenceBody, PresenceSchema, ProfilePatchBody, presenceSchemas } from './schemas.js';

export const presenceDomain: Domain = {
  name: 'presence',
  schemas: presenceSchemas,
  routes(app, deps) {
    const tags = ['live work'];
    const one = { 200: ref(PresenceSchema) };
    app.post(
      '/v1/presence',
      { config: { auth: caseWorkers }, schema: { tags, summary: 'Go ready, not ready (with a reason) or offline', body: ref(PresenceBody), response: one } },
      async (req) => {
        const actor = actorOf(req);
        await liveWork(deps, (rtx) => setIntent(rtx, actor, actor.userId, req.body.intent, req.body.reason ?? null));
        return presenceOf(deps.db.kysely, actor.userId, deps.clock.now());
      },
    );
    app.get(
      '/v1/advisers',
      { config: { auth: operations }, schema: { tags, summary: 'Every adviser\'s presence, skills, capacity and load', response: { 200: Type.Array(ref(PresenceSchema)) } } },
      async () => listPresence(deps.db.kysely),
    );
    app.post(
      '/v1/advisers/:id/presence',
      { config: { auth: leads }, schema: { tags, summary: 'A team lead sets an adviser\'s presence (audited)', params: IdParams, body: ref(PresenceBody), response: one } },
      async (req) => {
        const actor = actorOf(req);
        await liveWork(deps, (rtx) => setIntent(rtx, actor, req.params.id, req.body.intent, req.body.reason ?? null));
        return presenceOf(deps.db.kysely, req.params.id, deps.clock.now());
      },
    );
    app.patch(
      '/v1/advisers/:id/profile',
      {
        config: { auth: leads },
        schema: { tags, summary: 'A team lead moves an adviser between channels, or changes languages or capacity (audited)', params: IdParams, body: ref(ProfilePatchBody), response: one },
      },
      async (req) => {
        const actor = actorOf(req);
        await liveWork(deps, (rtx) => updateProfile(rtx, actor, req.params.id, req.body));
        return presenceOf(deps.db.kysely, req.params.id, deps.clock.now());
      },
    );
  },
};
