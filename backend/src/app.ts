// Builds the Fastify application: the one place where plugins, error handling,
// access control and every domain's routes come together. The server and the
// tests both use it.
import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import type { Deps } from './deps.js';
import { installProblemHandlers } from './http/problem.js';
import { installAccessControl } from './http/access.js';
import { installInputGuards, strictDateTime } from './http/input-guards.js';
import { ProblemSchema, ref, sharedSchemas } from './http/schemas.js';
import { domains } from './domains.js';
import { installLive } from './live/install.js';

export type App = ReturnType<typeof typed>;
const typed = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>();

import { API_VERSION } from './version.js';

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

export interface BuildOptions {
  logger?: boolean;
  /**
   * Run the live-work timers (routing tick, queue statistics, heartbeat).
   * Servers do; tests drive them by hand so that time is theirs to move.
   */
  liveTimers?: boolean;
}

export async function buildApp(deps: Deps, opts: BuildOptions = {}) {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: deps.config.logLevel,
          // Query strings carry phone numbers, e-mail addresses and names
          // (case search); logs get the path only.
          serializers: {
            req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
          },
        }
      : false,
    bodyLimit: deps.config.bodyLimitBytes,
    // A number of trusted hops becomes Fastify's hop test.
    trustProxy: typeof deps.config.trustProxy === 'number' ? trustHops(deps.config.trustProxy) : deps.config.trustProxy,
    ajv: {
      // Unknown fields are an error, not silently dropped: a client sending a
      // misspelt field must hear about it.
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true },
      onCreate: strictDateTime,
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hallå konsument adviser workstation API',
        version: API_VERSION,
        description: 'The backend of the adviser workstation. Errors are application/problem+json (RFC 9457).',
      },
      components: {
        securitySchemes: {
          session: { type: 'http', scheme: 'bearer', description: 'Session token from POST /v1/auth/login' },
          platform: { type: 'http', scheme: 'bearer', description: 'The SIP platform\'s token, derived from SIP_SECRET (routes under /v1/phone/platform)' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });

  const schemas: TSchema[] = [...sharedSchemas, ...domains.flatMap((d) => d.schemas)];
  for (const s of schemas) app.addSchema(s);

  // JSON only: anything else is 415, not a string for the schema to puzzle over.
  app.removeContentTypeParser(['text/plain']);
  installProblemHandlers(app);
  installInputGuards(app);
  installAccessControl(app, deps);

  // Every route documents its problem responses and, unless public, its
  // security requirement; done here so no route can forget.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/v1')) return;
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    const response = (schema.response ??= {}) as Record<string, unknown>;
    const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref(ProblemSchema) } } });
    response['4xx'] ??= problem('The request was refused; `code` says why');
    response['5xx'] ??= problem('Internal error');
    const auth = route.config?.auth;
    if (auth === 'platform') schema.security = [{ platform: [] }];
    else if (auth !== 'public') schema.security = [{ session: [] }];
    // A route that takes no query parameters refuses unknown ones too.
    schema.querystring ??= Type.Object({}, { additionalProperties: false });
  });

  await installLive(app, deps, { timers: opts.liveTimers ?? false });

  const api = typed(app);
  for (const d of domains) await api.register(async (scope) => d.routes(typed(scope), deps));
  return api;
}
