// A long chat — more messages than one read returns — on both dialects: a
// page that connects gets all of them at once, and the transcript on the case
// and by e-mail holds every line.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import { chatConsumerApi } from '../../../tests/support/chat-consumer.js';
import { isChat, openPage } from '../../../tests/support/chat-page.js';
import { liveBase } from '../../../tests/support/live-client.js';

/** More than one read of messages returns (1000). */
const MANY = 1100;

describeEachDialect('a long chat', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000 });
  });
  afterAll(() => f.close());

  it('reaches a connecting page whole, and the transcripts hold every line', async () => {
    const api = liveApi(f);
    const chats = chatConsumerApi(f);
    const chat = await chats.open({ language: 'sv', question: 'Första' });
    const anna = await addAdviser(f, 'Anna');
    await api.ready(anna);
    await api.step(anna, chat.chatId, 'accept');
    // Written straight into the table: a conversation of an afternoon, in a second.
    const at = f.deps.clock.now().toISOString();
    const rows = Array.from({ length: MANY }, (_, i) => ({
      interaction_id: chat.chatId,
      sender: i % 2 === 0 ? ('consumer' as const) : ('adviser' as const),
      client_id: `long-${String(i).padStart(5, '0')}`,
      author_id: i % 2 === 0 ? null : anna.id,
      body: `rad ${i}`,
      created_at: at,
    }));
    for (let i = 0; i < rows.length; i += 200) await f.deps.db.kysely.insertInto('chat_messages').values(rows.slice(i, i + 200)).execute();
    const total = MANY + 3; // the welcome, the first question and "Anna has joined" too

    const page = await openPage(await liveBase(f.app), chat.chatId, { token: chat.token });
    try {
      await page.waitFor('the state', isChat());
      expect(page.messages()).toHaveLength(total);
      expect(page.messages().at(-1)).toMatchObject({ body: `rad ${MANY - 1}` });
    } finally {
      await page.close();
    }

    await chats.call(chat, 'POST', `/v1/public/chats/${chat.chatId}/transcript`, { email: 'kund@example.se' });
    const wrap = await api.step(anna, chat.chatId, 'end');
    const note = await f.deps.db.kysely.selectFrom('case_notes').select('body').where('case_id', '=', wrap.caseId!).executeTakeFirstOrThrow();
    const noteLines = note.body.split('\n').filter((l) => l.startsWith('['));
    expect(noteLines).toHaveLength(total + 1); // and the closing line
    expect(note.body).toContain(`Anna: rad ${MANY - 1}`);
    const mail = await f.deps.db.kysely.selectFrom('mail_outbox').select('body').where('purpose', '=', `chat-transcript:${chat.chatId}`).executeTakeFirstOrThrow();
    expect(mail.body.split('\n').filter((l) => l.startsWith('['))).toHaveLength(total + 1);
  });
});
