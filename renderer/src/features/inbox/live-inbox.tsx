// The unified inbox at the top of the work list: contacts offered now (every
// channel), then those in progress, then wrap-ups — plus the offer cue and
// the accept/decline shortcuts.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../session/session-hooks';
import { useLiveCommand } from '../live/live-commands';
import { useLiveWork, useMyContacts } from '../live/live-hooks';
import { OfferAlert } from '../live/offer-alert';
import { SoundToggle } from '../live/sound-toggle';
import { ActiveContactCard } from './active-contact-card';
import { focusedContactId, INBOX_HEADING_ID } from './focus-helpers';
import { OfferCard } from './offer-card';
import { offerForShortcut } from './offer-choice';
import { useOfferSteps } from './use-offer-steps';
import { useOpenAcceptedCase } from './use-open-accepted-case';
import { WrapUpCard } from './wrap-up-card';
import { wrapUpEntries } from './wrap-up-draft';
import { useWrapUpDrafts } from './wrap-up-drafts';

export function LiveInbox() {
  const { t } = useTranslation();
  const user = useSession()?.user ?? null;
  const work = useLiveWork();
  const { offered, active } = useMyContacts();
  const drafts = useWrapUpDrafts((s) => s.drafts);
  const announce = useUiStore((s) => s.announce);
  const steps = useOfferSteps();
  useOpenAcceptedCase();

  useLiveCommand(['acceptOffer', 'declineOffer'], (command) => {
    // Server time now (the offers' expiry is on the server's clock).
    const offer = offerForShortcut(offered, Date.now() + (work?.clockOffsetMs ?? 0), focusedContactId());
    if (!offer) {
      announce(t('inbox.noOffer'));
      return;
    }
    if (command === 'acceptOffer') steps.accept(offer);
    else steps.decline(offer);
  });

  // Admins take no contacts.
  if (!user || user.role === 'admin') return null;
  const connected = work?.connected ?? false;
  const wrapUps = wrapUpEntries(work?.interactions ?? [], drafts, user.id, connected);
  const empty = offered.length === 0 && active.length === 0 && wrapUps.length === 0;
  const intent = work?.presence?.intent;

  return (
    <section className="live-inbox" aria-labelledby={INBOX_HEADING_ID}>
      <OfferAlert />
      <div className="live-inbox-head">
        <h2 id={INBOX_HEADING_ID} tabIndex={-1}>
          {t('inbox.heading')}
        </h2>
        <SoundToggle />
      </div>
      {empty && <p className="muted small">{!connected ? t('inbox.emptyDisconnected') : intent === 'ready' ? t('inbox.empty') : t('inbox.emptyNotReady')}</p>}
      {offered.length > 0 && (
        <ul className="contact-list" aria-label={t('inbox.offers')}>
          {offered.map((offer) => (
            <OfferCard key={offer.id} offer={offer} steps={steps} />
          ))}
        </ul>
      )}
      {active.length > 0 && (
        <ul className="contact-list" aria-label={t('inbox.active')}>
          {active.map((contact) => (
            <ActiveContactCard key={contact.id} contact={contact} />
          ))}
        </ul>
      )}
      {wrapUps.length > 0 && (
        <ul className="contact-list" aria-label={t('inbox.wrapUps')}>
          {wrapUps.map((entry) => (
            <WrapUpCard key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
