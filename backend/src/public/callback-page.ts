// The consumer's callback page (/callback): static files, no login, served
// under the same strict Content-Security-Policy as the chat page (whose
// stylesheet and topic list it shares). It talks only to this backend's
// public callback API and may be framed by the public website.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Domain } from '../domain.js';
import { chatPageCsp } from './chat-page.js';

const read = (name: string) => fs.readFileSync(new URL(`./callback/${name}`, import.meta.url), 'utf8');

const JS = 'text/javascript; charset=utf-8';

/** URL → file in ./callback/. Revalidated on every load, so a page never mixes two versions of its modules. */
export const CALLBACK_PAGE_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/callback': { file: 'callback.html', type: 'text/html; charset=utf-8' },
  '/callback/callback.css': { file: 'callback.css', type: 'text/css; charset=utf-8' },
  '/callback/callback-page.js': { file: 'callback-page.js', type: JS },
  '/callback/callback-core.js': { file: 'callback-core.js', type: JS },
  '/callback/callback-texts.js': { file: 'callback-texts.js', type: JS },
};

export const callbackPageDomain: Domain = {
  name: 'callback-page',
  schemas: [],
  routes(app, deps) {
    const csp = chatPageCsp(deps.config.publicOrigins);
    for (const [url, { file, type }] of Object.entries(CALLBACK_PAGE_FILES)) {
      const body = read(file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      // Static: no rate limit (a revalidation costs less than counting it).
      app.get(url, { config: { auth: 'public' }, schema: { hide: true } }, async (req, reply) => {
        void reply
          .header('cache-control', 'no-cache')
          .header('etag', etag)
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'no-referrer')
          .header('content-security-policy', csp);
        if (req.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.type(type).send(body);
      });
    }
  },
};
