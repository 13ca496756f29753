import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-answer';
import type { ChatMessage } from '../../lib/bridge-types';
import { createChatOutbox } from './chat-outbox';
import { createChatSender } from './chat-sender';
import { SEND_TIMEOUT_MS } from './retry-policy';
import { at, msg } from './test-messages';

/** A hand-driven clock and a fake server that answers as each test says. */
function harness(answer: (call: { chatId: string; clientId: string; text: string; n: number }) => 'ok' | 'hang' | Error) {
  let now = 0;
  const timers: Array<{ at: number; fn: () => void; cancelled: boolean }> = [];
  const calls: Array<{ chatId: string; clientId: string; text: string }> = [];
  const stored = new Map<string, ChatMessage>();
  const hanging: Array<() => void> = [];
  let seq = 10;
  const outbox = createChatOutbox(null);
  const sender = createChatSender({
    outbox,
    now: () => now,
    random: () => 0.5,
    schedule(ms, fn) {
      const timer = { at: now + ms, fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    post(chatId, clientId, text) {
      calls.push({ chatId, clientId, text });
      const store = () => {
        // The server stores a client id once, whatever the number of attempts.
        const existing = stored.get(clientId) ?? msg(++seq, 'adviser', { clientId, body: text, interactionId: chatId });
        stored.set(clientId, existing);
        return existing;
      };
      const verdict = answer({ chatId, clientId, text, n: calls.length });
      if (verdict === 'ok') return Promise.resolve(store());
      if (verdict === 'hang') return new Promise((resolve) => hanging.push(() => resolve(store())));
      return Promise.reject(verdict);
    },
  });
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    outbox,
    sender,
    calls,
    stored,
    hanging,
    settle,
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => !t.cancelled && t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        due.cancelled = true;
        now = due.at;
        due.fn();
        await settle();
      }
      now = until;
      await settle();
    },
    write(clientId: string, text: string, chatId = 'chat-1') {
      outbox.getState().add({ clientId, chatId, text, createdAt: at(0) });
    },
    status: () => outbox.getState().pending.map((p) => `${p.clientId}:${p.status}${p.seq ? `#${p.seq}` : ''}`),
  };
}

const offline = () => new ApiProblem(503, 'offline', { code: 'offline' });

describe('chat sender', () => {
  it('sends a message and records the sequence the server gave it', async () => {
    const h = harness(() => 'ok');
    h.write('m1', 'Hej!');
    await h.settle();
    expect(h.calls).toEqual([{ chatId: 'chat-1', clientId: 'm1', text: 'Hej!' }]);
    expect(h.status()).toEqual(['m1:sent#11']);
  });

  it('retries with the same client id while the network is away, and the server stores it once', async () => {
    const h = harness(({ n }) => (n <= 3 ? offline() : 'ok'));
    h.write('m1', 'Hej!');
    await h.settle();
    expect(h.status()).toEqual(['m1:retrying']);
    await h.advance(60_000);
    expect(h.calls.map((c) => c.clientId)).toEqual(['m1', 'm1', 'm1', 'm1']);
    expect(h.status()).toEqual(['m1:sent#11']);
    expect(h.stored.size).toBe(1);
  });

  it('sends a chat’s messages one at a time, in the order written, even when the first needs retries', async () => {
    const h = harness(({ n }) => (n === 1 ? new Error('The workstation host is not reachable') : 'ok'));
    h.write('m1', 'Ett');
    h.write('m2', 'Två');
    h.write('m3', 'Tre');
    await h.settle();
    expect(h.calls.map((c) => c.clientId)).toEqual(['m1']);
    await h.advance(5_000);
    expect(h.calls.map((c) => c.clientId)).toEqual(['m1', 'm1', 'm2', 'm3']);
    expect([...h.stored.values()].map((m) => [m.body, m.seq])).toEqual([['Ett', 11], ['Två', 12], ['Tre', 13]]);
  });

  it('does not hold one chat up for another', async () => {
    const h = harness(({ chatId }) => (chatId === 'chat-1' ? offline() : 'ok'));
    h.write('a1', 'Till ett', 'chat-1');
    h.write('b1', 'Till två', 'chat-2');
    await h.settle();
    expect(h.status()).toEqual(['a1:retrying', 'b1:sent#11']);
  });

  it('gives up on a chat that has ended, and goes on with other messages', async () => {
    const h = harness(({ clientId }) => (clientId === 'm1' ? new ApiProblem(409, 'invalid_state', {}) : 'ok'));
    h.write('m1', 'För sent');
    await h.settle();
    expect(h.outbox.getState().pending[0]).toMatchObject({ status: 'failed', failure: 'ended' });
    await h.advance(60_000);
    expect(h.calls).toHaveLength(1);
  });

  it('tries again when an attempt gets no answer, and takes a late answer as news', async () => {
    const h = harness(({ n }) => (n === 1 ? 'hang' : offline()));
    h.write('m1', 'Hej');
    await h.settle();
    await h.advance(SEND_TIMEOUT_MS);
    expect(h.status()).toEqual(['m1:retrying']);
    // The first attempt did reach the server after all.
    h.hanging[0]?.();
    await h.settle();
    expect(h.status()).toEqual(['m1:sent#11']);
    const calls = h.calls.length;
    await h.advance(60_000);
    expect(h.calls).toHaveLength(calls);
  });

  it('sends at once when told the connection is back', async () => {
    let up = false;
    const h = harness(() => (up ? 'ok' : offline()));
    h.write('m1', 'Hej');
    await h.settle();
    await h.advance(20_000);
    const before = h.calls.length;
    up = true;
    h.sender.retryNow();
    await h.settle();
    expect(h.calls.length).toBe(before + 1);
    expect(h.status()).toEqual(['m1:sent#11']);
  });

  it('keeps the outbox across a reload (session storage) for the same user, and drops it for another', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } as unknown as Storage;
    const first = createChatOutbox(storage);
    first.getState().owner('u1');
    first.getState().add({ clientId: 'm1', chatId: 'chat-1', text: 'Hej', createdAt: at(0) });
    first.getState().update('m1', { status: 'retrying', nextAttemptAt: 123 });
    const reloaded = createChatOutbox(storage);
    expect(reloaded.getState().pending).toMatchObject([{ clientId: 'm1', status: 'sending', nextAttemptAt: null }]);
    reloaded.getState().owner('u1');
    expect(reloaded.getState().pending).toHaveLength(1);
    reloaded.getState().owner('u2');
    expect(reloaded.getState().pending).toEqual([]);
  });
});
