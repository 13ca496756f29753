// A public page's static files (no login): each read once at start, served
// with an ETag and revalidated on every load (so a page never mixes two
// versions of its modules) unless `caching` says otherwise, under the page's
// Content-Security-Policy. No rate limit: a revalidation costs less than
// counting it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';

export type PageFiles = Readonly<Record<string, { file: string; type: string }>>;

export function servePageFiles(app: FastifyInstance, dir: URL, files: PageFiles, csp: string, caching: (url: string) => string = () => 'no-cache'): void {
  for (const [url, { file, type }] of Object.entries(files)) {
    const body = fs.readFileSync(new URL(file, dir), 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const cacheControl = caching(url);
    app.get(url, { config: { auth: 'public' }, schema: { hide: true } }, async (req, reply) => {
      void reply
        .header('cache-control', cacheControl)
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('content-security-policy', csp);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(type).send(body);
    });
  }
}
