// A consumer on the public chat page, driven through the public API as the
// page does: open a chat (name and first question), keep the page's live
// feed open (so the service sees the consumer is there), write with the
// chat's secret in X-Chat-Token, and end the chat.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { components } from '../../../api-client/src/index.js';

type S = components['schemas'];

export interface ChatConsumer {
  chatId: string;
  /** Sends one message (a new client id each time); returns the stored message. */
  send(text: string): Promise<S['ChatMessage']>;
  typing(): Promise<void>;
  end(): Promise<S['PublicChat']>;
  /** Every message of the chat as the consumer's page reads them. */
  messages(): Promise<S['ChatMessage'][]>;
  /** Closes the page's live feed. */
  close(): void;
}

export async function openConsumerChat(baseUrl: string, body: S['NewChat']): Promise<ChatConsumer> {
  const res = await fetch(`${baseUrl}/v1/public/chats`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`opening a chat failed: ${res.status} ${await res.text()}`);
  const opened = (await res.json()) as S['OpenedChat'];
  const { chatId } = opened.chat;
  const headers = { 'x-chat-token': opened.token };

  async function call<T>(method: 'GET' | 'POST', path: string, payload?: object): Promise<T> {
    const r = await fetch(`${baseUrl}/v1/public/chats/${chatId}${path}`, {
      method,
      headers: payload ? { ...headers, 'content-type': 'application/json' } : headers,
      ...(payload ? { body: JSON.stringify(payload) } : {}),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  const live = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/v1/public/chats/${chatId}/live`);
  live.on('open', () => live.send(JSON.stringify({ type: 'auth', token: opened.token, after: 0 })));
  live.on('error', () => undefined);

  return {
    chatId,
    send: (text) => call('POST', '/messages', { clientId: `e2e-${randomUUID()}`, text }),
    typing: () => call('POST', '/typing', {}),
    end: () => call('POST', '/end', {}),
    messages: () => call('GET', '/messages?after=0'),
    close: () => live.close(),
  };
}
