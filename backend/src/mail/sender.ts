// Sends what is due in the mail outbox over SMTP (SMTP_URL), oldest first,
// a few at a time. Each mail is claimed before it is sent (its attempt
// counted and its next attempt moved past the claim), so two senders — two
// timers, two backend instances — never send one mail twice; a sender that
// dies mid-way leaves the mail to be sent again once the claim runs out. A
// failure is kept with the error and retried later with backoff; after many
// attempts the mail stays in the outbox, marked, for an operator to look at.
// Without SMTP_URL nothing is sent and the mail waits.
import nodemailer from 'nodemailer';
import type { Deps } from '../deps.js';
import { MINUTE, SECOND } from '../shared/clock.js';

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
/** A claimed mail is someone's to send for this long: well past the SMTP timeouts below. */
export const CLAIM_MS = 10 * MINUTE;
const SMTP_TIMEOUTS = { connectionTimeout: 30 * SECOND, greetingTimeout: 30 * SECOND, socketTimeout: 60 * SECOND };

export interface MailTransport {
  send(mail: { from: string; to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(mail) {
      await t.sendMail(mail);
    },
    close: () => t.close(),
  };
}

/** The delay before attempt n+1: 30 s, 1 min, 2 min … capped at an hour. */
export const retryDelay = (attempts: number) => Math.min(60 * MINUTE, 30 * SECOND * 2 ** Math.max(0, attempts - 1));

/** Sends every due mail once; returns how many went out. */
export async function sendDueMail(deps: Deps, transport: MailTransport): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db.kysely
    .selectFrom('mail_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('attempts', '<', MAX_ATTEMPTS)
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('created_at')
    .limit(BATCH)
    .execute();
  let sent = 0;
  for (const m of due) {
    const attempts = m.attempts + 1;
    // Mine only if nobody claimed it since it was read: the attempt count is the claim's version.
    const claim = await deps.db.kysely
      .updateTable('mail_outbox')
      .set({ attempts, next_attempt_at: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', m.id)
      .where('sent_at', 'is', null)
      .where('attempts', '=', m.attempts)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    try {
      await transport.send({ from: deps.config.mailFrom, to: m.to_address, subject: m.subject, text: m.body });
      await deps.db.kysely.updateTable('mail_outbox').set({ sent_at: deps.clock.now().toISOString(), last_error: null }).where('id', '=', m.id).execute();
      sent++;
    } catch (err) {
      await deps.db.kysely
        .updateTable('mail_outbox')
        .set({
          last_error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
          next_attempt_at: new Date(deps.clock.now().getTime() + retryDelay(attempts)).toISOString(),
        })
        .where('id', '=', m.id)
        // Still this sender's claim: one that ran out may since have been sent by another.
        .where('attempts', '=', attempts)
        .where('sent_at', 'is', null)
        .execute();
    }
  }
  return sent;
}
