// The chat calls of the adviser's API, over the bridge (the core adds the
// token). Used by the chat hooks and the sender only; components call the hooks.
import type { components } from '../../../../api-client/src/index';
import { api } from '../../lib/api';
import { answerOf } from '../../lib/api-answer';
import type { ChatMessage, Language } from '../../lib/bridge-types';

type S = components['schemas'];
export type CannedResponse = S['CannedResponse'];
export type NewCannedResponse = S['NewCannedResponse'];
export type CannedResponsePatch = S['CannedResponsePatch'];

const path = (id: string) => ({ path: { id } });

/** Throws an ApiProblem unless the server answered 2xx (a 204 has no body to read). */
async function done(result: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const r = await result;
  if (!r.response.ok) answerOf({ ...r, data: undefined });
}

export const chatApi = {
  send: async (chatId: string, clientId: string, text: string): Promise<ChatMessage> =>
    answerOf(await api.POST('/v1/interactions/{id}/messages', { params: path(chatId), body: { clientId, text } })),
  typing: (chatId: string) => done(api.POST('/v1/interactions/{id}/typing', { params: path(chatId) })),
  receipts: (chatId: string, body: { deliveredUpTo?: number; readUpTo?: number }) => done(api.POST('/v1/interactions/{id}/receipts', { params: path(chatId), body })),

  canned: async (filter: { language?: Language; q?: string }): Promise<CannedResponse[]> =>
    answerOf(await api.GET('/v1/canned-responses', { params: { query: { ...(filter.language ? { language: filter.language } : {}), ...(filter.q ? { q: filter.q } : {}) } } })),
  createCanned: async (body: NewCannedResponse): Promise<CannedResponse> => answerOf(await api.POST('/v1/canned-responses', { body })),
  updateCanned: async (id: string, body: CannedResponsePatch): Promise<CannedResponse> => answerOf(await api.PATCH('/v1/canned-responses/{id}', { params: path(id), body })),
  removeCanned: (id: string) => done(api.DELETE('/v1/canned-responses/{id}', { params: path(id) })),
};
