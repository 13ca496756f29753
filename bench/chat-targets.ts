// The two servers the chat benchmark drives, behind one interface: chat
// pairs, each a consumer's page and an adviser's workstation, that send
// messages over HTTP and receive the other side's over WebSocket. The backend:
// consumers open chats through the public API and hold their page's socket;
// advisers hold GET /v1/live, go ready, accept what is offered until every
// chat is taken. The floor: the same sockets on a bare relay.
import WebSocket from 'ws';
import type { BenchUser } from './bench-processes.js';

export interface ChatPair {
  id: string;
  consumerSend(clientId: string, text: string): Promise<void>;
  adviserSend(clientId: string, text: string): Promise<void>;
}

/** A message arrived: at an adviser's workstation (from a consumer) or at a consumer's page (from the adviser). */
export type DeliveryListener = (at: 'adviser' | 'consumer', clientId: string, createdAt: string) => void;

export interface ChatTarget {
  name: string;
  pid: number;
  pairs: ChatPair[];
  /** Messages received that are not chat messages (chat state, activity, queue statistics…). */
  otherFrames: number;
  listen(listener: DeliveryListener): void;
  close(): void;
}

async function post(url: string, headers: Record<string, string>, body: object): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as unknown) : null;
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
}

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

export async function backendTarget(url: string, pid: number, advisers: BenchUser[], chats: number, name: string): Promise<ChatTarget> {
  const wsUrl = url.replace(/^http/, 'ws');
  let listener: DeliveryListener = () => undefined;
  const owner = new Map<string, BenchUser>();
  const sockets: WebSocket[] = [];
  const target: ChatTarget = { name, pid, pairs: [], otherFrames: 0, listen: (l) => (listener = l), close: () => sockets.forEach((s) => s.terminate()) };

  // Advisers: live feed, accept every offer, and note which chats are theirs.
  await inBatches(advisers, 20, async (adviser) => {
    const ws = new WebSocket(`${wsUrl}/v1/live`, { headers: { authorization: `Bearer ${adviser.token}` } });
    sockets.push(ws);
    ws.on('message', (data: Buffer) => {
      const e = JSON.parse(data.toString()) as { type: string; interaction?: { id: string }; message?: { sender: string; clientId: string; createdAt: string } };
      if (e.type === 'chat-message' && e.message!.sender === 'consumer') {
        listener('adviser', e.message!.clientId, e.message!.createdAt);
      } else if (e.type === 'offer') {
        const id = e.interaction!.id;
        post(`${url}/v1/interactions/${id}/accept`, { authorization: `Bearer ${adviser.token}` }, {}).then(
          () => owner.set(id, adviser),
          (err: unknown) => console.error(`accept failed: ${String(err)}`),
        );
      } else {
        target.otherFrames++;
      }
    });
    await opened(ws);
    await post(`${url}/v1/presence`, { authorization: `Bearer ${adviser.token}` }, { intent: 'ready' });
  });

  // Consumers: open a chat, and hold its page.
  const opened_ = await inBatches(Array.from({ length: chats }, (_, i) => i), 20, async (i) => {
    const chat = (await post(`${url}/v1/public/chats`, {}, { language: 'sv', name: `Konsument ${i}` })) as { chat: { chatId: string }; token: string };
    const ws = new WebSocket(`${wsUrl}/v1/public/chats/${chat.chat.chatId}/live`);
    sockets.push(ws);
    ws.on('message', (data: Buffer) => {
      const f = JSON.parse(data.toString()) as { type: string; message?: { sender: string; clientId: string; createdAt: string } };
      if (f.type === 'message' && f.message!.sender === 'adviser') listener('consumer', f.message!.clientId, f.message!.createdAt);
      else target.otherFrames++;
    });
    await opened(ws);
    ws.send(JSON.stringify({ type: 'auth', token: chat.token, after: 0 }));
    return { chatId: chat.chat.chatId, token: chat.token };
  });

  const deadline = Date.now() + 120_000;
  while (owner.size < chats) {
    if (Date.now() > deadline) throw new Error(`only ${owner.size} of ${chats} chats were accepted`);
    await new Promise((r) => setTimeout(r, 100));
  }
  target.pairs = opened_.map(({ chatId, token }) => ({
    id: chatId,
    consumerSend: async (clientId, text) => void (await post(`${url}/v1/public/chats/${chatId}/messages`, { 'x-chat-token': token }, { clientId, text })),
    adviserSend: async (clientId, text) => void (await post(`${url}/v1/interactions/${chatId}/messages`, { authorization: `Bearer ${owner.get(chatId)!.token}` }, { clientId, text })),
  }));
  return target;
}

export async function floorTarget(url: string, pid: number, advisers: number, chats: number): Promise<ChatTarget> {
  const wsUrl = url.replace(/^http/, 'ws');
  let listener: DeliveryListener = () => undefined;
  const sockets: WebSocket[] = [];
  const target: ChatTarget = { name: 'floor', pid, pairs: [], otherFrames: 0, listen: (l) => (listener = l), close: () => sockets.forEach((s) => s.terminate()) };
  const ids = Array.from({ length: chats }, (_, i) => `pair-${i}`);
  const onMessage = (at: 'adviser' | 'consumer') => (data: Buffer) => {
    const e = JSON.parse(data.toString()) as { message: { clientId: string; createdAt: string } };
    listener(at, e.message.clientId, e.message.createdAt);
  };
  // The chats spread over the advisers as the backend's routing spreads them: up to three each.
  const perAdviser = Math.ceil(chats / advisers);
  await inBatches(Array.from({ length: advisers }, (_, a) => ids.slice(a * perAdviser, (a + 1) * perAdviser)), 20, async (pairs) => {
    const ws = new WebSocket(`${wsUrl}/adviser?pairs=${pairs.join(',')}`);
    sockets.push(ws);
    ws.on('message', onMessage('adviser'));
    await opened(ws);
  });
  await inBatches(ids, 20, async (id) => {
    const ws = new WebSocket(`${wsUrl}/consumer?pair=${id}`);
    sockets.push(ws);
    ws.on('message', onMessage('consumer'));
    await opened(ws);
  });
  target.pairs = ids.map((id) => ({
    id,
    consumerSend: async (clientId, text) => void (await post(`${url}/send`, {}, { pair: id, from: 'consumer', clientId, text })),
    adviserSend: async (clientId, text) => void (await post(`${url}/send`, {}, { pair: id, from: 'adviser', clientId, text })),
  }));
  return target;
}
