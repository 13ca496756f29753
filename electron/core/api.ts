// The backend as the core uses it: the typed client (openapi-fetch) with the
// session token added by the client itself, and failures sorted into "the
// network is gone" (NetworkError) and "the server answered no" (HttpError).
import { createApiClient, type components } from '../../api-client/src/index.js';
import type { Runtime } from './runtime.js';

type S = components['schemas'];

export class NetworkError extends Error {
  override name = 'NetworkError';
}

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(HttpError.describe(status, body));
  }
  get code(): string | null {
    return typeof this.body === 'object' && this.body !== null && 'code' in this.body && typeof this.body.code === 'string' ? this.body.code : null;
  }
  private static describe(status: number, body: unknown): string {
    if (typeof body === 'object' && body !== null && 'title' in body && typeof body.title === 'string') return `${status}: ${body.title}`;
    return `HTTP ${status}`;
  }
}

export const isNetworkError = (err: unknown): err is NetworkError => err instanceof NetworkError;
export const isUnauthorized = (err: unknown): boolean => err instanceof HttpError && err.status === 401;

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(request: () => Promise<Outcome<T>>): Promise<T> {
  let out: Outcome<T>;
  try {
    out = await request();
  } catch (err) {
    throw new NetworkError(err instanceof Error ? err.message : String(err));
  }
  if (!out.response.ok) throw new HttpError(out.response.status, out.error ?? null);
  return out.data as T;
}

export function createDeskApi(serverUrl: string, runtime: Runtime, token: () => string | undefined) {
  const baseUrl = serverUrl.replace(/\/+$/, '');
  const client = createApiClient({ baseUrl, token, fetch: (input, init) => runtime.fetch(input, init) });
  return {
    baseUrl,
    health: () => settle(() => client.GET('/v1/health')),
    login: (username: string, password: string) => settle(() => client.POST('/v1/auth/login', { body: { username, password } })),
    logout: () => settle(() => client.POST('/v1/auth/logout')),
    me: () => settle(() => client.GET('/v1/auth/me')),
    changes: (cursor: string, limit: number) =>
      settle(() => client.GET('/v1/sync/changes', { params: { query: { cursor, limit } } })),
    push: (mutations: S['Mutation'][]) => settle(() => client.POST('/v1/sync/push', { body: { mutations } })),
    getCase: (id: string) => settle(() => client.GET('/v1/cases/{id}', { params: { path: { id } } })),
    myWork: () => settle(() => client.GET('/v1/work')),
    chatMessages: (id: string) => settle(() => client.GET('/v1/interactions/{id}/messages', { params: { path: { id } } })),
    chatInfo: (id: string) => settle(() => client.GET('/v1/interactions/{id}/chat', { params: { path: { id } } })),
    advisers: () => settle(() => client.GET('/v1/advisers')),
    setPresence: (intent: S['PresenceIntent']) => settle(() => client.POST('/v1/presence', { body: { intent } })),
    /** Any request under the server, with the token; the response is returned whatever its status. */
    async raw(method: string, path: string, body: unknown): Promise<{ status: number; body: unknown }> {
      const headers: Record<string, string> = { accept: 'application/json' };
      const t = token();
      if (t) headers.authorization = `Bearer ${t}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      let res: Response;
      try {
        res = await runtime.fetch(`${baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
      } catch (err) {
        throw new NetworkError(err instanceof Error ? err.message : String(err));
      }
      const text = await res.text();
      let parsed: unknown = null;
      if (text !== '') {
        try {
          parsed = JSON.parse(text) as unknown;
        } catch {
          parsed = text;
        }
      }
      return { status: res.status, body: parsed };
    },
  };
}

export type DeskApi = ReturnType<typeof createDeskApi>;
