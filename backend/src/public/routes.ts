// The public endpoints, for the service's website: no login, rate-limited
// per client, readable cross-origin by the website, and an embeddable widget.
import fs from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Domain } from '../domain.js';
import { ref } from '../http/schemas.js';
import { publicGuard } from './guard.js';
import { createRateLimiter } from './rate-limit.js';
import { PublicWaitTimesSchema, publicSchemas } from './schemas.js';
import { createWaitTimes } from './wait-times.js';

const widgetFile = (name: string) => fs.readFileSync(new URL(`./widget/${name}`, import.meta.url), 'utf8');

/** The widget page only talks to this backend and may be framed by any site (that is its purpose). */
const WIDGET_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

export const publicDomain: Domain = {
  name: 'public',
  schemas: publicSchemas,
  routes(app, deps) {
    const waitTimes = createWaitTimes(deps);
    const limiter = createRateLimiter(deps.config.publicRatePerMinute);
    const origins = deps.config.publicOrigins;

    const checked = publicGuard(origins);
    const guard = (req: FastifyRequest, reply: FastifyReply) => checked(req, reply, limiter);

    app.get(
      '/v1/public/wait-times',
      {
        config: { auth: 'public' },
        schema: {
          tags: ['public'],
          summary: 'Open or closed, estimated wait (with an ~80% band) and queue length per channel and language, for the public website',
          response: { 200: ref(PublicWaitTimesSchema) },
        },
      },
      async (req, reply) => {
        guard(req, reply);
        const body = await waitTimes.get();
        void reply.header('cache-control', `public, max-age=${body.maxAgeSeconds}`);
        return body;
      },
    );

    const files: Record<string, { type: string; body: string }> = {
      '/widget/wait-times': { type: 'text/html; charset=utf-8', body: widgetFile('wait-times.html') },
      '/widget/wait-times.css': { type: 'text/css; charset=utf-8', body: widgetFile('wait-times.css') },
      '/widget/wait-times-page.js': { type: 'text/javascript; charset=utf-8', body: widgetFile('wait-times-page.js') },
      '/widget/wait-times.js': { type: 'text/javascript; charset=utf-8', body: widgetFile('wait-times.js') },
    };
    for (const [url, file] of Object.entries(files)) {
      // Static and cached by browsers and proxies: no rate limit, which would
      // only make a page with the widget count twice against the wait-time limit.
      app.get(url, { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
        return reply
          .type(file.type)
          .header('cache-control', 'public, max-age=300')
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', WIDGET_CSP)
          .send(file.body);
      });
    }
  },
};
