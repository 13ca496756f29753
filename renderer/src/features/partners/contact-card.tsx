// A partner's contact card: what they handle, how to reach them, how to refer.
import { useTranslation } from 'react-i18next';
import { desk } from '../../lib/desk';
import { safeLinkTarget } from '../../lib/markdown-parse';
import type { Partner } from '../../lib/bridge-types';
import { TransferToPartnerButton } from '../phone/transfer-to-partner-button';
import { OpenBadge } from './open-badge';

export function ContactCard({ partner, onRefer }: { partner: Partner; onRefer: (() => void) | null }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const headingId = `card-${partner.id}`;
  const web = partner.web ? safeLinkTarget(partner.web) : null;
  return (
    <article className="contact-card" aria-labelledby={headingId}>
      <header className="contact-card-header">
        <h3 id={headingId}>{partner.name}</h3>
        <OpenBadge partner={partner} />
      </header>
      <p className="muted small">
        {t(`partners.kind_${partner.kind}`)}
        {partner.national && ` · ${t('partners.national')}`}
      </p>
      <p>{en ? partner.descriptionEn : partner.descriptionSv}</p>
      <dl className="facts">
        {partner.phone && (
          <>
            <dt>{t('partners.phone')}</dt>
            <dd className="selectable">
              {partner.phone} <TransferToPartnerButton phone={partner.phone} name={partner.name} partnerId={partner.id} />
            </dd>
          </>
        )}
        {partner.email && (
          <>
            <dt>{t('partners.email')}</dt>
            <dd className="selectable">{partner.email}</dd>
          </>
        )}
        {web && (
          <>
            <dt>{t('partners.web')}</dt>
            <dd>
              <a
                href={web}
                className="external-link"
                onClick={(e) => {
                  e.preventDefault();
                  void desk().openExternal(web);
                }}
              >
                {partner.web}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h4>{t('partners.instructions')}</h4>
      <p>{en ? partner.referralInstructionsEn : partner.referralInstructionsSv}</p>
      {/* Visible "Hänvisa", named with the partner so each card's button is distinct for screen readers. */}
      <button type="button" onClick={onRefer ?? undefined} disabled={onRefer === null} aria-label={t('partners.referTo', { name: partner.name })}>
        {t('caseView.refer')}
      </button>
    </article>
  );
}
