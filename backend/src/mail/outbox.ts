// Mail the service sends (chat transcripts for now) goes through an outbox in
// the database: written in the same transaction as what caused it, sent by
// the sender loop, retried with backoff, and never sent twice for the same
// purpose.
import { randomUUID } from 'node:crypto';
import type { Q } from '../deps.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  /** What it is about, e.g. chat-transcript:<id>: a second mail for the same purpose is not queued. */
  purpose: string;
}

export async function enqueueMail(q: Q, at: Date, mail: OutgoingMail): Promise<void> {
  await q
    .insertInto('mail_outbox')
    .values({
      id: randomUUID(),
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      purpose: mail.purpose,
      created_at: at.toISOString(),
      sent_at: null,
      attempts: 0,
      next_attempt_at: at.toISOString(),
      last_error: null,
    })
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
}
