// Authentication and role checks, declared on every route as `config.auth`
// and enforced in one onRequest hook, before the body is even parsed. A route
// without a declaration fails at start-up, so none can escape the check.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../db/schema.js';
import type { Actor, Deps } from '../deps.js';
import { authenticate } from '../auth/service.js';
import { Problem } from './problem.js';
import { isPlatformToken } from '../phone/secrets.js';

/**
 * 'public': no login. 'platform': the SIP platform only (a bearer token
 * derived from SIP_SECRET, see phone/secrets.ts), never staff or the public.
 * Otherwise the staff roles allowed.
 */
export type RouteAuth = 'public' | 'platform' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every /v1 route with its declared access, for the route × role test and the docs. */
    routeTable: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  auth: RouteAuth;
}

export const ROLES: readonly Role[] = ['adviser', 'team_lead', 'supervisor', 'admin'];

/** Roles named for readability at the route declarations. */
export const allStaff: readonly Role[] = ROLES;
/** Case work: personal data is not for the admin role (data minimisation). */
export const caseWorkers: readonly Role[] = ['adviser', 'team_lead', 'supervisor'];
export const supervisors: readonly Role[] = ['supervisor', 'admin'];
export const admins: readonly Role[] = ['admin'];
/** Who watches and steers live work: team leads and supervisors. */
export const leads: readonly Role[] = ['team_lead', 'supervisor'];
/** The wallboard and queue settings carry no consumer data, so the admin role may use them too. */
export const operations: readonly Role[] = ['team_lead', 'supervisor', 'admin'];

/** The authenticated actor of a route that is not public. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Problem(401, 'unauthenticated', 'Sign in first');
  return request.actor;
}

export function installAccessControl(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1')) return;
    const auth = route.config?.auth;
    if (auth === undefined) throw new Error(`route ${String(route.method)} ${route.url} declares no config.auth`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, auth });
  });

  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (auth === undefined || auth === 'public') return;
    const header = request.headers.authorization;
    const match = header?.match(/^Bearer ([A-Za-z0-9_-]{20,200})$/);
    if (!match) throw new Problem(401, 'unauthenticated', 'Sign in first (Authorization: Bearer <token>)');
    if (auth === 'platform' && deps.config.sipSecret && isPlatformToken(deps.config.sipSecret, match[1]!)) return;
    const actor = await authenticate(deps, match[1]!, request.ip);
    if (auth === 'platform') {
      // A signed-in member of staff is refused as any other role would be; anyone else was never let in.
      if (actor) throw new Problem(403, 'forbidden', 'Only the SIP platform may do this');
      if (!deps.config.sipSecret) throw new Problem(503, 'phone_not_configured', 'The phone is not configured (SIP_SECRET is unset)');
      throw new Problem(401, 'unauthenticated', 'Not the SIP platform\'s token');
    }
    if (!actor) throw new Problem(401, 'unauthenticated', 'The session has expired or was revoked; sign in again');
    if (!auth.includes(actor.role)) throw new Problem(403, 'forbidden', `The role ${actor.role} may not do this`);
    request.actor = actor;
  });
}
