// The mail sender against a real SMTP server in this process, on both
// dialects: a chat transcript queued by the chat is delivered with the right
// envelope, headers and text; it is sent once even when two senders run at
// the same moment (two timers, two instances); a refusing or hanging-up
// server leaves it unsent with the error and a later retry; and after the
// last attempt it is left alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { addAdviser, liveApi } from '../../../tests/support/live-work.js';
import { chatConsumerApi } from '../../../tests/support/chat-consumer.js';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.js';
import { waitUntil } from '../../../tests/support/live-client.js';
import { HOUR, SECOND } from '../shared/clock.js';
import { enqueueMail } from './outbox.js';
import { CLAIM_MS, MAX_ATTEMPTS, retryDelay, sendDueMail, smtpTransport, type MailTransport } from './sender.js';

const OPEN = '2026-11-25T09:00:00.000Z';

describe('retryDelay', () => {
  it('waits 30 s after the first failure, doubling each time, at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelay(n) / SECOND)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });
});

describeEachDialect('mail sender', (dialect) => {
  let f: Fixture;
  let sink: SmtpSink;
  let transport: MailTransport;
  const outbox = (purpose: string) => f.deps.db.kysely.selectFrom('mail_outbox').selectAll().where('purpose', '=', purpose).executeTakeFirstOrThrow();
  let n = 0;
  const queue = async (to = 'kund@example.se') => {
    const purpose = `test:${++n}`;
    const subject = `Ämne ${n}`;
    await enqueueMail(f.deps.db.kysely, f.deps.clock.now(), { to, subject, body: `Rad ett\nRad två ${n}\n`, purpose });
    return { purpose, subject };
  };

  beforeAll(async () => {
    f = await createFixture(dialect, { newChatsPerHour: 100_000, mailFrom: 'Hallå konsument <noreply@hallakonsument.se>' });
    sink = await startSmtpSink();
    transport = smtpTransport(sink.url);
  });
  afterAll(async () => {
    transport.close();
    await sink.close();
    await f.close();
  });
  beforeEach(async () => {
    f.deps.clock.set(OPEN);
    sink.received.length = 0;
    sink.connections = 0;
    sink.mode = 'accept';
    sink.delayMs = 0;
    // Each test sees only its own mail.
    await f.deps.db.kysely.updateTable('mail_outbox').set({ sent_at: OPEN }).where('sent_at', 'is', null).execute();
  });

  it('delivers a chat transcript to the consumer, from the service, with its subject and the conversation, once', async () => {
    const api = liveApi(f);
    const consumer = chatConsumerApi(f);
    const chat = await consumer.open({ language: 'sv', question: 'Kan jag ångra ett köp på nätet?' });
    const anna = await addAdviser(f, 'Anna Ek');
    await api.ready(anna);
    await api.step(anna, chat.chatId, 'accept');
    await api.ok(anna.token, 'POST', `/v1/interactions/${chat.chatId}/messages`, { clientId: 'mail-msg-01', text: 'Ja, inom 14 dagar.' });
    await consumer.call(chat, 'POST', `/v1/public/chats/${chat.chatId}/transcript`, { email: 'Kund@Example.se' });
    await api.step(anna, chat.chatId, 'end');

    expect(await sendDueMail(f.deps, transport)).toBe(1);
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.envelope).toEqual({ from: 'noreply@hallakonsument.se', to: ['kund@example.se'] });
    expect(mail.headers.get('from')).toBe('Hallå konsument <noreply@hallakonsument.se>');
    expect(mail.headers.get('to')).toBe('kund@example.se');
    expect(mail.headers.get('subject')).toBe('Din chatt med Hallå konsument 2026-11-25');
    expect(mail.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail.body).toMatch(/^Här är din chatt med Hallå konsument\.\n\n\[10:00\] Hallå konsument: Välkommen/);
    expect(mail.body).toContain('[10:00] Du: Kan jag ångra ett köp på nätet?');
    expect(mail.body).toContain('[10:00] Anna: Ja, inom 14 dagar.');
    expect(mail.body).toContain('Vägledaren har avslutat chatten.');
    expect(await outbox(`chat-transcript:${chat.chatId}`)).toMatchObject({ sent_at: OPEN, attempts: 1, last_error: null });

    // Sent is sent: a later round sends nothing.
    f.deps.clock.advance(HOUR);
    expect(await sendDueMail(f.deps, transport)).toBe(0);
    expect(sink.received).toHaveLength(1);
  });

  it('sends a mail once when two senders run at the same moment', async () => {
    const queued = [await queue(), await queue(), await queue()];
    sink.delayMs = 50; // both senders are surely mid-way at once
    const other = smtpTransport(sink.url);
    try {
      const counts = await Promise.all([sendDueMail(f.deps, transport), sendDueMail(f.deps, other)]);
      expect(counts[0]! + counts[1]!).toBe(3);
    } finally {
      other.close();
    }
    expect(sink.received.map((m) => m.headers.get('subject')).sort()).toEqual(queued.map((q) => q.subject).sort());
    expect(sink.received[0]!.body).toMatch(/^Rad ett\nRad två \d+\n$/);
    for (const q of queued) expect(await outbox(q.purpose)).toMatchObject({ attempts: 1, last_error: null, sent_at: OPEN });
  });

  it('sends a mail again when the sender that claimed it never finished, once the claim runs out', async () => {
    const { purpose } = await queue();
    let fail!: (err: Error) => void;
    const stuck: MailTransport = { send: () => new Promise<void>((_resolve, reject) => (fail = reject)), close: () => undefined };
    const first = sendDueMail(f.deps, stuck);
    await waitUntil('the first sender to be sending', () => fail !== undefined);
    expect(await outbox(purpose)).toMatchObject({ attempts: 1, sent_at: null });
    // Claimed: another sender leaves it alone…
    f.deps.clock.advance(CLAIM_MS - SECOND);
    expect(await sendDueMail(f.deps, transport)).toBe(0);
    // …until the claim runs out.
    f.deps.clock.advance(SECOND);
    expect(await sendDueMail(f.deps, transport)).toBe(1);
    expect(sink.received).toHaveLength(1);
    // The stuck sender's late failure changes nothing on a mail sent since.
    fail(new Error('connection timed out'));
    expect(await first).toBe(0);
    expect(await outbox(purpose)).toMatchObject({ attempts: 2, last_error: null, sent_at: f.deps.clock.now().toISOString() });
  });

  it('keeps a mail the server refuses, with the error, and tries again after the retry delay', async () => {
    const { purpose } = await queue('saknas@example.se');
    sink.mode = 'reject-rcpt';
    expect(await sendDueMail(f.deps, transport)).toBe(0);
    const failed = await outbox(purpose);
    expect(failed).toMatchObject({ sent_at: null, attempts: 1, next_attempt_at: new Date(Date.parse(OPEN) + 30 * SECOND).toISOString() });
    expect(failed.last_error).toMatch(/550.*Mailbox unavailable/);

    // Not due yet: nothing is tried.
    sink.mode = 'accept';
    f.deps.clock.advance(29 * SECOND);
    const before = sink.connections;
    expect(await sendDueMail(f.deps, transport)).toBe(0);
    expect(sink.connections).toBe(before);
    // Due: sent, and the error cleared.
    f.deps.clock.advance(SECOND);
    expect(await sendDueMail(f.deps, transport)).toBe(1);
    expect(sink.received.map((m) => m.envelope.to)).toEqual([['saknas@example.se']]);
    expect(await outbox(purpose)).toMatchObject({ attempts: 2, last_error: null, sent_at: new Date(Date.parse(OPEN) + 30 * SECOND).toISOString() });
  });

  it('keeps a mail when the server hangs up, and gives up after the last attempt', async () => {
    const { purpose } = await queue();
    sink.mode = 'hang-up';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await sendDueMail(f.deps, transport)).toBe(0);
      const row = await outbox(purpose);
      expect(row).toMatchObject({ sent_at: null, attempts: attempt });
      expect(row.last_error).toMatch(/421|not now/i);
      expect(Date.parse(row.next_attempt_at)).toBe(f.deps.clock.now().getTime() + retryDelay(attempt));
      f.deps.clock.advance(retryDelay(attempt));
    }
    expect(sink.connections).toBe(MAX_ATTEMPTS);
    // Left for an operator: no more attempts, however long it waits or whether the server is back.
    sink.mode = 'accept';
    f.deps.clock.advance(24 * HOUR);
    expect(await sendDueMail(f.deps, transport)).toBe(0);
    expect(sink.connections).toBe(MAX_ATTEMPTS);
    expect(await outbox(purpose)).toMatchObject({ sent_at: null, attempts: MAX_ATTEMPTS });
  });

  it('queues one mail per purpose however often it is asked for', async () => {
    const purpose = `test:${++n}`;
    for (const to of ['a@example.se', 'b@example.se']) await enqueueMail(f.deps.db.kysely, f.deps.clock.now(), { to, subject: 'Ett', body: 'x', purpose });
    const rows = await f.deps.db.kysely.selectFrom('mail_outbox').select('to_address').where('purpose', '=', purpose).execute();
    expect(rows).toEqual([{ to_address: 'a@example.se' }]);
  });
});
