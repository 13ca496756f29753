// One offered contact: channel, language, who, subject, transfer note, the
// time left to answer (server time), Answer and Decline, and the consumer's
// earlier cases beside it.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../lib/bridge-types';
import { formatClock, timeLeft, urgencyOf } from '../live/clock-format';
import { useServerNow } from '../live/live-hooks';
import { ChannelIcon } from './channel-icon';
import { ContactFacts } from './contact-facts';
import { EarlierCases } from './earlier-cases';
import { focusIsLost } from './focus-helpers';
import type { OfferSteps } from './use-offer-steps';

export function OfferCard({ offer, steps }: { offer: Interaction; steps: OfferSteps }) {
  const { t } = useTranslation();
  const headingId = useId();
  const now = useServerNow(500);
  const acceptRef = useRef<HTMLButtonElement>(null);
  const { left, total } = timeLeft(offer.offeredAt, offer.offerExpiresAt, now);
  const urgency = urgencyOf(left);
  const busy = steps.busyId === offer.id;
  const error = steps.error?.id === offer.id ? steps.error.text : null;

  // Answering without the mouse: when nothing has focus, the new offer's Answer button takes it.
  useEffect(() => {
    if (focusIsLost()) acceptRef.current?.focus();
  }, []);

  return (
    <li>
      <article className={`contact-card offer-card urgency-${urgency}`} data-contact-id={offer.id} aria-labelledby={headingId}>
      <div className="contact-card-head">
        <h3 id={headingId} className="contact-title">
          <ChannelIcon channel={offer.channel} />
          {t('inbox.offerTitle', { channel: t(`channel.${offer.channel}`) })}
        </h3>
        <p className="countdown">
          {left > 0 ? t('inbox.timeLeft', { time: formatClock(left) }) : t('inbox.ringOut')}
          {urgency === 'now' && left > 0 && <strong className="countdown-urgent"> · {t('inbox.answerNow')}</strong>}
        </p>
      </div>
      <progress className="countdown-bar" max={Math.max(total, 1)} value={left} aria-label={t('inbox.timeLeftLabel')} />
      <ContactFacts contact={offer} />
      <div className="contact-actions">
        <button ref={acceptRef} type="button" className="primary accept-button" onClick={() => steps.accept(offer)} disabled={busy} aria-keyshortcuts="Control+Alt+A Alt+A">
          {t('inbox.accept')}
        </button>
        <button type="button" onClick={() => steps.decline(offer)} disabled={busy} aria-keyshortcuts="Control+Alt+X Alt+X">
          {t('inbox.decline')}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <EarlierCases from={offer.from} />
      </article>
    </li>
  );
}
