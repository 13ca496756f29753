// Receipts are watermarks: they only move forward, also when a page and a
// workstation confirm in bursts (several tabs, retries) that reach the server
// at the same moment and in any order — on both dialects.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { bearer, createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import { chatConsumerApi } from '../../../tests/support/chat-consumer.js';
import type { components } from '../../../api-client/src/index.js';

type ChatMessage = components['schemas']['ChatMessage'];

describeEachDialect('chat receipts', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000, publicRatePerMinute: 100_000 });
  });
  afterAll(() => f.close());

  it('keeps the highest watermark of receipts sent at the same moment, on both sides', async () => {
    const api = liveApi(f);
    const chats = chatConsumerApi(f);
    const chat = await chats.open({ language: 'sv', question: 'Hej' });
    const anna = await addAdviser(f, 'Anna');
    await api.ready(anna);
    await api.step(anna, chat.chatId, 'accept');
    const seqs: number[] = [];
    for (let i = 0; i < 6; i++) {
      seqs.push((await api.ok<ChatMessage>(anna.token, 'POST', `/v1/interactions/${chat.chatId}/messages`, { clientId: `adv-burst-${i}`, text: `nr ${i}` })).seq);
      seqs.push((await chats.send(chat, `con-burst-${i}`, `nr ${i}`)).seq);
    }
    const top = Math.max(...seqs);
    // Highest first, then lower ones: a receipt read before the highest was written must not undo it.
    const order = [top, ...seqs.filter((s) => s !== top).reverse()];
    const adviserSays = (readUpTo: number) =>
      f.app.inject({ method: 'POST', url: `/v1/interactions/${chat.chatId}/receipts`, headers: bearer(anna.token), payload: { readUpTo } }).then((r) => r.statusCode);
    const statuses = await Promise.all([
      ...order.map((s) => chats.call(chat, 'POST', `/v1/public/chats/${chat.chatId}/receipts`, { readUpTo: s }).then((r) => r.status)),
      ...order.map((s) => adviserSays(s)),
    ]);
    expect(statuses.every((s) => s === 204)).toBe(true);
    const session = await f.deps.db.kysely.selectFrom('chat_sessions').selectAll().where('interaction_id', '=', chat.chatId).executeTakeFirstOrThrow();
    expect(session).toMatchObject({ consumer_read_seq: top, consumer_delivered_seq: top, adviser_read_seq: top, adviser_delivered_seq: top });
  });
});
