// Sends what is due in the mail outbox over SMTP (SMTP_URL), oldest first,
// a few at a time. A failure is kept with the error and retried later with
// backoff; after many attempts the mail stays in the outbox, marked, for an
// operator to look at. Without SMTP_URL nothing is sent and the mail waits.
import nodemailer from 'nodemailer';
import type { Deps } from '../deps.js';
import { MINUTE, SECOND } from '../shared/clock.js';

export const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface MailTransport {
  send(mail: { from: string; to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string): MailTransport {
  const t = nodemailer.createTransport(url);
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
    try {
      await transport.send({ from: deps.config.mailFrom, to: m.to_address, subject: m.subject, text: m.body });
      await deps.db.kysely.updateTable('mail_outbox').set({ sent_at: deps.clock.now().toISOString(), attempts: m.attempts + 1, last_error: null }).where('id', '=', m.id).execute();
      sent++;
    } catch (err) {
      const attempts = m.attempts + 1;
      await deps.db.kysely
        .updateTable('mail_outbox')
        .set({
          attempts,
          last_error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
          next_attempt_at: new Date(deps.clock.now().getTime() + retryDelay(attempts)).toISOString(),
        })
        .where('id', '=', m.id)
        .execute();
    }
  }
  return sent;
}
