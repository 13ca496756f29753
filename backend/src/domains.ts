// Every domain mounted by the app, in the order their routes are documented.
import type { Domain } from './domain.js';
import { healthDomain } from './health/routes.js';
import { authDomain } from './auth/routes.js';
import { usersDomain } from './users/routes.js';
import { topicsDomain } from './topics/routes.js';
import { consumersDomain } from './consumers/routes.js';
import { casesDomain } from './cases/routes.js';

export const domains: Domain[] = [
  healthDomain,
  authDomain,
  usersDomain,
  topicsDomain,
  consumersDomain,
  casesDomain,
];
