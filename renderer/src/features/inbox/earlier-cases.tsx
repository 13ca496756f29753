// Beside an offer: the consumer's earlier cases, found in the local cache by
// the number or address the contact comes from, so the adviser knows the
// history before answering. Opening one shows it in the case view. Beside a
// chat, the chat's own case is left out (`exclude`).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { displayReference, formatDateTime } from '../../lib/format';
import { useCaseSearch } from '../case/case-queries';
import { earlierCases, emailKey, phoneKey } from '../case/consumer-match';

export function EarlierCases({ from, exclude }: { from: string | null; exclude?: string | null }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const selectCase = useUiStore((s) => s.selectCase);
  const phone = phoneKey(from) ? (from ?? '') : '';
  const email = emailKey(from) ? (from ?? '') : '';
  const search = useCaseSearch(phone || email, 20);
  const cases = earlierCases([search.data], phone, email).filter((c) => c.id !== exclude);

  return (
    <section className="earlier-cases" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('inbox.earlier')}</h4>
      {!phone && !email ? (
        <p className="muted small">{t('inbox.earlierNeedsAddress')}</p>
      ) : search.isPending ? (
        <p className="muted small">{t('common.loading')}</p>
      ) : cases.length === 0 ? (
        <p className="muted small">{t('inbox.noEarlier')}</p>
      ) : (
        <ul className="earlier-list">
          {cases.slice(0, 5).map((c) => {
            const reference = displayReference(c.reference) ?? t('caseItem.newUnsynced');
            return (
              <li key={c.id}>
                <button type="button" className="earlier-case" onClick={() => selectCase(c.id)}>
                  <span className="earlier-top">
                    <span className="case-ref">{reference}</span>
                    <span className={`status-pill status-${c.status}`}>{t(`status.${c.status}`)}</span>
                  </span>
                  <span className="earlier-subject">{c.subject ?? t('caseItem.noSubject')}</span>
                  <span className="earlier-date">{formatDateTime(c.createdAt, i18n.language)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
