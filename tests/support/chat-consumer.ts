// The consumer's side of a chat through the public API (app.inject): open a
// chat, write, type, confirm receipts, read the messages and the state, with
// the chat's secret in X-Chat-Token.
import type { components } from '../../api-client/src/index.js';
import type { Fixture } from './app-fixture.js';

type S = components['schemas'];

export interface Consumer {
  chatId: string;
  token: string;
}

export function chatConsumerApi(f: Pick<Fixture, 'app'>) {
  const call = async <T>(c: Consumer, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await f.app.inject({ method, url, headers: { 'x-chat-token': c.token }, ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });
    return { status: res.statusCode, body: (res.body ? res.json() : null) as T };
  };
  const ok = async <T>(c: Consumer, method: 'GET' | 'POST', url: string, payload?: object): Promise<T> => {
    const res = await call<T>(c, method, url, payload);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return {
    call,
    async open(body: object = { language: 'sv' }): Promise<Consumer> {
      const res = await f.app.inject({ method: 'POST', url: '/v1/public/chats', payload: body });
      if (res.statusCode !== 201) throw new Error(`open chat: ${res.statusCode} ${res.body}`);
      const opened = res.json<S['OpenedChat']>();
      return { chatId: opened.chat.chatId, token: opened.token };
    },
    send: (c: Consumer, clientId: string, text: string) => ok<S['ChatMessage']>(c, 'POST', `/v1/public/chats/${c.chatId}/messages`, { clientId, text }),
    typing: (c: Consumer) => ok<null>(c, 'POST', `/v1/public/chats/${c.chatId}/typing`),
    receipts: (c: Consumer, body: { deliveredUpTo?: number; readUpTo?: number }) => ok<null>(c, 'POST', `/v1/public/chats/${c.chatId}/receipts`, body),
    messages: (c: Consumer, after = 0) => ok<S['ChatMessage'][]>(c, 'GET', `/v1/public/chats/${c.chatId}/messages?after=${after}`),
    chat: (c: Consumer) => ok<S['PublicChat']>(c, 'GET', `/v1/public/chats/${c.chatId}`),
    end: (c: Consumer) => ok<S['PublicChat']>(c, 'POST', `/v1/public/chats/${c.chatId}/end`),
  };
}
