// The backend as the simulator sees it: the project's typed API client
// (generated from the OpenAPI document), so every call the simulator makes is
// checked against the contract at compile time. Refusals become ApiError
// with the problem's stable `code`, which the simulator branches on
// (queue_closed, invalid_state, …).
import { createApiClient, type components } from '../../api-client/src/index.js';
import type { Channel, Language } from './profile.js';

export type S = components['schemas'];
export type Interaction = S['Interaction'];
export type Queue = S['Queue'];
export type LiveEvent = S['LiveEvent'];

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what}: ${status}${code ? ` ${code}` : ''}${ApiError.title(body)}`);
  }
  private static title(body: unknown): string {
    return typeof body === 'object' && body !== null && 'title' in body && typeof body.title === 'string' ? ` (${body.title})` : '';
  }
}

export const isCode = (err: unknown, ...codes: string[]): boolean => err instanceof ApiError && err.code !== null && codes.includes(err.code);

async function settle<T>(what: string, request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const out = await request;
  if (!out.response.ok) {
    const body = out.error ?? null;
    const code = typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string' ? body.code : null;
    throw new ApiError(out.response.status, code, body, what);
  }
  return out.data as T;
}

export interface NewContact {
  id?: string;
  channel: Channel;
  language: Language;
  from?: string;
  subject?: string;
  topicId?: string;
  externalRef?: string;
}

/** One signed-in user's view of the API. */
export type Api = ReturnType<typeof signedOut>;

function signedOut(baseUrl: string, token: () => string | undefined) {
  const c = createApiClient({ baseUrl, token });
  const id = (interactionId: string) => ({ params: { path: { id: interactionId } } });
  return {
    baseUrl,
    token,
    health: () => settle('health', c.GET('/v1/health')),
    logout: () => settle('sign out', c.POST('/v1/auth/logout')),
    topics: () => settle('topics', c.GET('/v1/topics')),
    queues: () => settle('queues', c.GET('/v1/queues')),
    patchQueue: (queueId: string, body: S['QueuePatch']) => settle(`open queue ${queueId}`, c.PATCH('/v1/queues/{id}', { params: { path: { id: queueId } }, body })),
    wallboard: () => settle('wallboard', c.GET('/v1/wallboard')),
    createContact: (body: NewContact) => settle('new contact', c.POST('/v1/interactions', { body })),
    interaction: (interactionId: string) => settle('read contact', c.GET('/v1/interactions/{id}', id(interactionId))),
    consumerLeft: (interactionId: string, reason: string) =>
      settle('consumer left', c.POST('/v1/interactions/{id}/consumer-left', { ...id(interactionId), body: { reason } })),
    presence: (body: S['PresenceChange']) => settle('presence', c.POST('/v1/presence', { body })),
    work: () => settle('my work', c.GET('/v1/work')),
    accept: (interactionId: string) => settle('accept', c.POST('/v1/interactions/{id}/accept', id(interactionId))),
    decline: (interactionId: string) => settle('decline', c.POST('/v1/interactions/{id}/decline', id(interactionId))),
    end: (interactionId: string) => settle('end', c.POST('/v1/interactions/{id}/end', id(interactionId))),
    complete: (interactionId: string) => settle('complete', c.POST('/v1/interactions/{id}/complete', { ...id(interactionId), body: {} })),
  };
}

/** Signs in and returns the API as that user. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Api & { user: S['User'] }> {
  const result = await settle(`sign in as ${username}`, createApiClient({ baseUrl }).POST('/v1/auth/login', { body: { username, password } }));
  return { ...signedOut(baseUrl, () => result.token), user: result.user };
}
