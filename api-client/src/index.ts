// The typed client of the backend API: openapi-fetch over the generated paths.
// The token is asked for on every request, so a client outlives a re-login.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

export type { paths, components, operations } from './schema.js';

export interface ApiClientOptions {
  baseUrl: string;
  /** The session token, or undefined before login. */
  token?: () => string | undefined;
  fetch?: typeof globalThis.fetch;
}

export function createApiClient(opts: ApiClientOptions) {
  const client = createClient<paths>({ baseUrl: opts.baseUrl, ...(opts.fetch ? { fetch: opts.fetch } : {}) });
  if (opts.token) {
    const token = opts.token;
    const auth: Middleware = {
      onRequest({ request }) {
        const t = token();
        if (t) request.headers.set('authorization', `Bearer ${t}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;
