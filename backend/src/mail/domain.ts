// The mail sender runs with the server (not in tests, which send by hand):
// every few seconds it sends what is due in the outbox over SMTP_URL.
import type { Domain } from '../domain.js';
import { SECOND } from '../shared/clock.js';
import { everyRound } from '../shared/rounds.js';
import { sendDueMail, smtpTransport, type MailTransport } from './sender.js';

export const mailDomain: Domain = {
  name: 'mail',
  schemas: [],
  routes(app, deps) {
    let timer: NodeJS.Timeout | null = null;
    let transport: MailTransport | null = null;
    app.addHook('onReady', async () => {
      if (!app.live.timers) return;
      if (!deps.config.smtpUrl) {
        app.log.warn('SMTP_URL is not set: mail (chat transcripts) waits in the outbox until it is');
        return;
      }
      const t = smtpTransport(deps.config.smtpUrl);
      transport = t;
      timer = everyRound(5 * SECOND, () => sendDueMail(deps, t), (err) => app.log.error({ err }, 'sending mail failed'));
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
      transport?.close();
    });
  },
};
