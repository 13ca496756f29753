// Pane 2: the selected case.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { displayReference } from '../../lib/format';
import { useCase } from './case-queries';
import { CaseActions } from './case-actions';
import { CaseFacts } from './case-facts';
import { NotesSection } from './notes-section';
import { ReferralsSection } from './referrals-section';

export function CaseView() {
  const { t } = useTranslation();
  const selectedId = useUiStore((s) => s.selectedCaseId);
  const query = useCase(selectedId);

  if (!selectedId) return <p className="empty-state">{t('caseView.nothingSelected')}</p>;
  if (query.isPending) return <p className="empty-state">{t('common.loading')}</p>;
  if (query.isError) return <p role="alert">{t('common.error', { message: errorMessage(query.error) })}</p>;
  const view = query.data;
  if (!view) return <p className="empty-state">{t('caseView.notFound')}</p>;

  const reference = displayReference(view.reference);
  return (
    <article className="case-view" aria-labelledby="case-title">
      <header className="case-header">
        <h1 id="case-title">
          <span className="visually-hidden">{t('caseView.reference')}: </span>
          {reference ?? t('caseItem.newUnsynced')}
        </h1>
        <span className={`status-pill status-${view.status}`}>{t(`status.${view.status}`)}</span>
        {view.outcome && <span className="outcome-pill">{t(`outcome.${view.outcome}`)}</span>}
        {view.pending && <span className="pending-marker">{t('caseItem.pending')}</span>}
      </header>
      {view.pending && <p className="banner banner-pending">{t('caseView.pendingBanner')}</p>}
      <p className="banner banner-boundary">{t('caseView.boundary')}</p>
      <CaseActions view={view} />
      <CaseFacts view={view} />
      <NotesSection view={view} />
      <ReferralsSection view={view} />
    </article>
  );
}
