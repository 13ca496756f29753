// Every domain mounted by the app, in the order their routes are documented.
import type { Domain } from './domain.js';
import { healthDomain } from './health/routes.js';
import { authDomain } from './auth/routes.js';
import { usersDomain } from './users/routes.js';
import { topicsDomain } from './topics/routes.js';
import { partnersDomain } from './partners/routes.js';
import { knowledgeDomain } from './knowledge/routes.js';
import { consumersDomain } from './consumers/routes.js';
import { casesDomain } from './cases/routes.js';
import { syncDomain } from './sync/routes.js';
import { auditDomain } from './audit/routes.js';
import { queuesDomain } from './queues/routes.js';
import { presenceDomain } from './presence/routes.js';
import { interactionsDomain } from './interactions/routes.js';
import { statsDomain } from './stats/routes.js';
import { publicDomain } from './public/routes.js';
import { chatPageDomain } from './public/chat-page.js';
import { chatDomain } from './chat/routes.js';
import { mailDomain } from './mail/domain.js';
import { phoneDomain } from './phone/routes.js';
import { callbacksDomain } from './callbacks/routes.js';
import { callbackPageDomain } from './public/callback-page.js';
import { liveSchemas } from './live/events.js';

/** The live events' union: sent over GET /v1/live, described here for the OpenAPI document. */
const liveDomain: Domain = { name: 'live', schemas: liveSchemas, routes: () => undefined };

export const domains: Domain[] = [
  healthDomain,
  authDomain,
  usersDomain,
  topicsDomain,
  partnersDomain,
  knowledgeDomain,
  consumersDomain,
  casesDomain,
  syncDomain,
  auditDomain,
  queuesDomain,
  presenceDomain,
  interactionsDomain,
  statsDomain,
  liveDomain,
  publicDomain,
  chatPageDomain,
  chatDomain,
  mailDomain,
  phoneDomain,
  callbacksDomain,
  callbackPageDomain,
];
