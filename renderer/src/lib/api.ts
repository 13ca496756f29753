// The typed API client for online-only calls (live work, dashboards): the
// generated openapi-fetch client whose transport is the bridge. The core adds
// the session token, so it never reaches the page.
import { createApiClient } from '../../../api-client/src/index';
import type { ApiRequest } from './bridge-types';
import { desk } from './desk';

const BASE = 'http://desk.invalid';
const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PATCH', 'DELETE']);

/** A fetch that carries the request over the bridge and turns the answer back into a Response. */
export async function bridgeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const url = new URL(request.url);
  if (!METHODS.has(request.method)) throw new TypeError(`${request.method} is not supported over the bridge`);
  const text = request.method === 'GET' ? '' : await request.text();
  const call: ApiRequest = { method: request.method as ApiRequest['method'], path: `${url.pathname}${url.search}` };
  if (text !== '') call.body = JSON.parse(text) as unknown;
  const res = await desk().api(call);
  const empty = res.status === 204 || res.body === null || res.body === undefined;
  const type = res.status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(empty ? null : JSON.stringify(res.body), { status: res.status, headers: { 'content-type': type } });
}

export const api = createApiClient({ baseUrl: BASE, fetch: bridgeFetch });

/** The problem's title (RFC 9457) or a generic line, for error messages. */
export function problemTitle(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'title' in error && typeof error.title === 'string') return error.title;
  return null;
}

/** The problem's stable code, if the answer was one. */
export function problemCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}
