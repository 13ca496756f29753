// Online-only reads (dashboards, statistics, admin) through the core, which
// adds the token so it never reaches the renderer. Only API paths under /v1/
// and never the session endpoints: the renderer cannot sign in, out or read
// the token this way.
import type { ApiRequest, ApiResponse } from '../bridge.js';
import { isNetworkError, type DeskApi } from './api.js';

const METHODS = new Set(['GET', 'POST', 'PATCH', 'DELETE']);

const problem = (status: number, code: string, title: string): ApiResponse => ({
  status,
  body: { type: 'about:blank', title, status, code },
});

/** The path when it is a plain /v1/ path outside /v1/auth/; null otherwise (also for "..", "//", "\\" and encoded tricks). */
export function allowedApiPath(path: string): string | null {
  if (typeof path !== 'string' || !path.startsWith('/v1/') || path.startsWith('/v1/auth/')) return null;
  if (path.includes('\\') || path.includes('//') || /%2e|%2f|%5c/i.test(path)) return null;
  let url: URL;
  try {
    url = new URL(path, 'http://desk.invalid');
  } catch {
    return null;
  }
  // Normalisation must not change the path: "/v1/x/../auth/me" would.
  if (url.origin !== 'http://desk.invalid' || `${url.pathname}${url.search}` !== path || url.hash !== '') return null;
  return path;
}

export async function apiPassthrough(api: DeskApi, request: ApiRequest, onOffline: () => void): Promise<ApiResponse> {
  if (!METHODS.has(request.method)) return problem(400, 'validation_failed', 'Unsupported method');
  const path = allowedApiPath(request.path);
  if (!path) return problem(400, 'validation_failed', 'Only API paths under /v1/ (not /v1/auth/) may be requested');
  try {
    return await api.raw(request.method, path, request.body);
  } catch (err) {
    if (!isNetworkError(err)) throw err;
    onOffline();
    return problem(503, 'offline', 'The server cannot be reached');
  }
}
