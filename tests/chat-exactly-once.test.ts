// The chat's promise, as a property on both dialects: any interleaving of
// sends, resends (the same clientId again, sometimes at the same moment),
// and either side's connection dropping and resuming after the last thing it
// saw yields each message exactly once, in each sender's order, on both
// sides — the consumer's page and the adviser's live feed — and the server
// stores each (sender, clientId) once.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/test-db.js';
import { createFixture, type Fixture } from './support/app-fixture.js';
import { addAdviser, liveApi, type Desk } from './support/live-work.js';
import { liveBase, waitUntil } from './support/live-client.js';
import { chatConsumerApi, type Consumer } from './support/chat-consumer.js';
import { adviserSide, consumerSide, type Side } from './support/chat-sides.js';
import type { ChatMessage } from './support/chat-page.js';

type Who = 'consumer' | 'adviser';
type Step =
  | { t: 'send'; who: Who; twiceAtOnce: boolean }
  | { t: 'resend'; who: Who; pick: number }
  | { t: 'drop'; who: Who }
  | { t: 'reconnect'; who: Who }
  /** Both write, both send their previous message again, and whoever is away comes back — all at once. */
  | { t: 'burst' }
  /** A message goes out while the other side's connection drops. */
  | { t: 'sendWhileDropping'; who: Who };

const who = fc.constantFrom<Who>('consumer', 'adviser');
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('send' as const), who, twiceAtOnce: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('resend' as const), who, pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('drop' as const), who }), weight: 2 },
  { arbitrary: fc.record({ t: fc.constant('reconnect' as const), who }), weight: 2 },
  { arbitrary: fc.constant({ t: 'burst' as const }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('sendWhileDropping' as const), who }), weight: 1 },
);
const other = (w: Who): Who => (w === 'consumer' ? 'adviser' : 'consumer');

describeEachDialect('chat messages exactly once', (dialect) => {
  let f: Fixture;
  let api: ReturnType<typeof liveApi>;
  let chats: ReturnType<typeof chatConsumerApi>;
  let base: string;
  let run = 0;

  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000, publicRatePerMinute: 100_000 });
    api = liveApi(f);
    chats = chatConsumerApi(f);
    base = await liveBase(f.app);
  });
  afterAll(() => f.close());

  /** A fresh chat taken by a fresh adviser; earlier runs' work is cleared away first. */
  async function freshChat(): Promise<{ chat: Consumer; desk: Desk }> {
    const k = f.deps.db.kysely;
    await k.updateTable('interactions').set({ state: 'done', offered_to: null }).where('state', 'not in', ['done', 'abandoned', 'expired', 'transferred']).execute();
    await k.updateTable('adviser_presence').set({ intent: 'offline', state: 'offline' }).execute();
    const chat = await chats.open({ language: 'sv', question: 'Första frågan' });
    const desk = await addAdviser(f, `Adviser ${++run}`);
    await api.ready(desk);
    await api.step(desk, chat.chatId, 'accept');
    return { chat, desk };
  }

  it('yields each message exactly once, in each sender\'s order, on both sides, however sends, resends and reconnects interleave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const { chat, desk } = await freshChat();
        const sides: Record<Who, Side> = { consumer: await consumerSide(base, chat.chatId, chat.token), adviser: await adviserSide(base, chat.chatId, desk.token) };
        const sent: Record<Who, string[]> = { consumer: [], adviser: [] };
        const answers = new Map<string, number[]>();
        let n = 0;
        const post = async (w: Who, clientId: string) => {
          const text = `${w} ${clientId}`;
          const m = w === 'consumer' ? await chats.send(chat, clientId, text) : await api.ok<ChatMessage>(desk.token, 'POST', `/v1/interactions/${chat.chatId}/messages`, { clientId, text });
          answers.set(`${w}/${clientId}`, [...(answers.get(`${w}/${clientId}`) ?? []), m.seq]);
        };
        const fresh = (w: Who) => {
          const id = `${w.slice(0, 3)}-${run}-${String(++n).padStart(4, '0')}`;
          sent[w].push(id);
          return id;
        };
        try {
          for (const s of steps) {
            if (s.t === 'send') {
              const id = fresh(s.who);
              await Promise.all(s.twiceAtOnce ? [post(s.who, id), post(s.who, id)] : [post(s.who, id)]);
            } else if (s.t === 'resend') {
              const ids = sent[s.who];
              if (ids.length > 0) await post(s.who, ids[s.pick % ids.length]!);
            } else if (s.t === 'drop') {
              await sides[s.who].drop();
            } else if (s.t === 'reconnect') {
              await sides[s.who].reconnect();
            } else if (s.t === 'sendWhileDropping') {
              await Promise.all([post(s.who, fresh(s.who)), sides[other(s.who)].drop()]);
            } else {
              const again = (w: Who) => (sent[w].length > 0 ? [post(w, sent[w].at(-1)!)] : []);
              const c = fresh('consumer');
              const a = fresh('adviser');
              await Promise.all([post('consumer', c), post('adviser', a), ...again('consumer'), ...again('adviser'), sides.consumer.reconnect(), sides.adviser.reconnect()]);
            }
          }
          // Both come back, and each side writes once more: when both last messages are on both sides, everything before them is too.
          await Promise.all([sides.consumer.reconnect(), sides.adviser.reconnect()]);
          await post('consumer', fresh('consumer'));
          await post('adviser', fresh('adviser'));

          const stored = await chats.messages(chat);
          const joined = stored.find((m) => m.sender === 'system' && m.clientId.startsWith('joined-'))!;
          const last = stored.at(-1)!.seq;
          for (const w of ['consumer', 'adviser'] as const) {
            await waitUntil(`the ${w}'s side to have the last message`, () => sides[w].view().some((m) => m.seq === last));
          }

          // Stored once per (sender, clientId); every send of one clientId answered with the same message.
          const keys = stored.map((m) => `${m.sender}/${m.clientId}`);
          expect(keys).toEqual([...new Set(keys)]);
          for (const [key, seqs] of answers) expect(new Set(seqs).size, key).toBe(1);
          for (const w of ['consumer', 'adviser'] as const) {
            expect(stored.filter((m) => m.sender === w && sent[w].includes(m.clientId)).map((m) => m.clientId)).toEqual(sent[w]);
          }
          // The page: every message once, in order. The desk: every message since it joined once, in order, and no durable event twice.
          expect(sides.consumer.view().map((m) => m.seq)).toEqual(stored.map((m) => m.seq));
          expect(sides.adviser.view().map((m) => m.seq)).toEqual(stored.filter((m) => m.seq >= joined.seq).map((m) => m.seq));
          const durable = sides.adviser.durableSeqs();
          expect(durable).toEqual([...new Set(durable)].sort((x, y) => x - y));
          // And GET on either side says the same.
          const desksView = await api.ok<ChatMessage[]>(desk.token, 'GET', `/v1/interactions/${chat.chatId}/messages`);
          expect(desksView.map((m) => m.seq)).toEqual(stored.map((m) => m.seq));
        } finally {
          await Promise.all([sides.consumer.close(), sides.adviser.close()]);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
