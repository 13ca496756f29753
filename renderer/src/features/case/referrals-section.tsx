import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { formatDateTime } from '../../lib/format';
import type { CaseView } from '../../lib/bridge-types';

export function ReferralsSection({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const selectCase = useUiStore((s) => s.selectCase);
  return (
    <>
      <section aria-labelledby="referrals-heading" className="case-section">
        <h2 id="referrals-heading">{t('caseView.referrals')}</h2>
        {view.referrals.length === 0 ? (
          <p className="muted">{t('caseView.noReferrals')}</p>
        ) : (
          <ul className="referral-list">
            {view.referrals.map((r) => (
              <li key={r.id}>
                <p className="referral-partner">{r.partnerName}</p>
                <p className="timeline-meta">
                  {t('caseView.referralMeta', { method: t(`method.${r.method}`), time: formatDateTime(r.createdAt, i18n.language) })}
                </p>
                <p>{r.reason}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.links.length > 0 && (
        <section aria-labelledby="links-heading" className="case-section">
          <h2 id="links-heading">{t('caseView.links')}</h2>
          <ul className="plain-list">
            {view.links.map((link) => (
              <li key={link.id}>
                <button type="button" className="link-button" onClick={() => selectCase(link.linkedCaseId)}>
                  {link.linkedReference}
                </button>{' '}
                · {t(`status.${link.linkedStatus}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
