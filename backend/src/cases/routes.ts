import { Type } from '@sinclair/typebox';
import type { Domain } from '../domain.js';
import { actorOf, caseWorkers } from '../http/access.js';
import { Id, IdParams, ref } from '../http/schemas.js';
import { getCase, listCases, loadCaseDetail } from './read.js';
import { addNoteTx, addReferralTx, createCaseTx, linkCasesTx, unlinkCasesTx, updateCaseTx } from './write.js';
import {
  caseSchemas, CaseDetailSchema, CaseListQuery, CasePageSchema, CasePatchBody, NewCaseBody, NewLinkBody, NewNoteBody, NewReferralBody,
} from './schemas.js';
import type { Deps, Q } from '../deps.js';
import { auditConflictRead } from '../audit/service.js';

/** Runs a change in a transaction and answers with the case as it now is. */
async function changeThenRead(deps: Deps, caseId: (trx: Q) => Promise<string>) {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const id = await caseId(trx);
    const detail = await loadCaseDetail({ q: trx, dialect: deps.db.dialect }, id);
    if (!detail) throw new Error(`case ${id} vanished inside its own transaction`);
    return detail;
  });
}

export const casesDomain: Domain = {
  name: 'cases',
  schemas: caseSchemas,
  routes(app, deps) {
    const tags = ['cases'];
    const auth = { auth: caseWorkers };
    const detail = { 200: ref(CaseDetailSchema) };

    app.get(
      '/v1/cases',
      { config: auth, schema: { tags, summary: 'Cases, newest first, filtered and paged (the search is audited)', querystring: CaseListQuery, response: { 200: ref(CasePageSchema) } } },
      async (req) => listCases(deps, actorOf(req), req.query),
    );
    app.post(
      '/v1/cases',
      { config: auth, schema: { tags, summary: 'Create a case (reusing the consumer when phone or e-mail matches)', body: ref(NewCaseBody), response: { 201: ref(CaseDetailSchema) } } },
      async (req, reply) => reply.code(201).send(await changeThenRead(deps, (trx) => createCaseTx(trx, deps, actorOf(req), req.body))),
    );
    app.get(
      '/v1/cases/:id',
      { config: auth, schema: { tags, summary: 'One case with consumer, notes, referrals and links (audited)', params: IdParams, response: detail } },
      async (req) => getCase(deps, actorOf(req), req.params.id),
    );
    app.patch(
      '/v1/cases/:id',
      { config: auth, schema: { tags, summary: 'Change a case; a stale version gets 409 with the current case', params: IdParams, body: ref(CasePatchBody), response: detail } },
      async (req) => {
        const { version, ...patch } = req.body;
        try {
          return await changeThenRead(deps, async (trx) => {
            await updateCaseTx(trx, deps, actorOf(req), req.params.id, version, patch);
            return req.params.id;
          });
        } catch (err) {
          await auditConflictRead(deps.db, deps.clock.now(), actorOf(req), err, 'case', req.params.id);
          throw err;
        }
      },
    );
    app.post(
      '/v1/cases/:id/notes',
      { config: auth, schema: { tags, summary: 'Append a note (notes are never edited)', params: IdParams, body: ref(NewNoteBody), response: { 201: ref(CaseDetailSchema) } } },
      async (req, reply) =>
        reply.code(201).send(
          await changeThenRead(deps, async (trx) => {
            await addNoteTx(trx, deps, actorOf(req), req.params.id, req.body);
            return req.params.id;
          }),
        ),
    );
    app.post(
      '/v1/cases/:id/referrals',
      { config: auth, schema: { tags, summary: 'Record a referral to a partner', params: IdParams, body: ref(NewReferralBody), response: { 201: ref(CaseDetailSchema) } } },
      async (req, reply) =>
        reply.code(201).send(
          await changeThenRead(deps, async (trx) => {
            await addReferralTx(trx, deps, actorOf(req), req.params.id, req.body);
            return req.params.id;
          }),
        ),
    );
    app.post(
      '/v1/cases/:id/links',
      { config: auth, schema: { tags, summary: 'Link two cases (the link shows on both)', params: IdParams, body: ref(NewLinkBody), response: { 200: ref(CaseDetailSchema) } } },
      async (req) =>
        changeThenRead(deps, async (trx) => {
          await linkCasesTx(trx, deps, actorOf(req), req.params.id, req.body.linkedCaseId);
          return req.params.id;
        }),
    );
    app.delete(
      '/v1/cases/:id/links/:linkedCaseId',
      {
        config: auth,
        schema: { tags, summary: 'Remove a link between two cases', params: Type.Object({ id: Id, linkedCaseId: Id }, { additionalProperties: false }), response: detail },
      },
      async (req) =>
        changeThenRead(deps, async (trx) => {
          await unlinkCasesTx(trx, deps, actorOf(req), req.params.id, req.params.linkedCaseId);
          return req.params.id;
        }),
    );
  },
};
