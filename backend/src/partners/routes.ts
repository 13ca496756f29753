import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, allStaff, supervisors } from '../http/access.js';
import { IdParams, ref } from '../http/schemas.js';
import { lookupPartners } from './lookup.js';
import { listMunicipalities } from './municipalities.js';
import {
  MunicipalitySchema,
  NewPartnerBody,
  PartnerListQuery,
  PartnerLookupQuery,
  PartnerLookupSchema,
  PartnerPageSchema,
  PartnerPatchBody,
  PartnerSchema,
  partnerSchemas,
} from './schemas.js';
import { createPartner, getPartner, listPartners, updatePartner } from './service.js';

export const partnersDomain: Domain = {
  name: 'partners',
  schemas: partnerSchemas,
  routes(app, deps) {
    const tags = ['partners'];
    app.get(
      '/v1/partners',
      {
        config: { auth: allStaff },
        schema: {
          tags,
          summary: 'Contact cards of cooperating actors, by name, filtered and paged',
          querystring: PartnerListQuery,
          response: { 200: ref(PartnerPageSchema) },
        },
      },
      async (req) => listPartners(deps, req.query),
    );
    app.get(
      '/v1/partners/lookup',
      {
        config: { auth: allStaff },
        schema: {
          tags,
          summary: 'Who can help with a topic for a consumer in a municipality, best first (active partners only)',
          querystring: PartnerLookupQuery,
          response: { 200: ref(PartnerLookupSchema) },
        },
      },
      async (req) => lookupPartners(deps, req.query),
    );
    app.get(
      '/v1/partners/:id',
      { config: { auth: allStaff }, schema: { tags, summary: 'One contact card', params: IdParams, response: { 200: ref(PartnerSchema) } } },
      async (req) => getPartner(deps, req.params.id),
    );
    app.post(
      '/v1/partners',
      {
        config: { auth: supervisors },
        schema: { tags, summary: 'Create a contact card', body: NewPartnerBody, response: { 201: ref(PartnerSchema) } },
      },
      async (req, reply) => reply.code(201).send(await createPartner(deps, actorOf(req), req.body)),
    );
    app.patch(
      '/v1/partners/:id',
      {
        config: { auth: supervisors },
        schema: {
          tags,
          summary: 'Change a contact card (optimistic concurrency on version); active: false withdraws it from desktops',
          params: IdParams,
          body: PartnerPatchBody,
          response: { 200: ref(PartnerSchema) },
        },
      },
      async (req) => updatePartner(deps, actorOf(req), req.params.id, req.body),
    );
    app.get(
      '/v1/municipalities',
      {
        config: { auth: allStaff },
        schema: { tags, summary: 'All municipalities, by name', response: { 200: Type.Array(ref(MunicipalitySchema)) } },
      },
      async () => listMunicipalities(deps.db.kysely),
    );
  },
};
