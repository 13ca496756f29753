import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import type { CaseView } from '../../lib/bridge-types';
import { useChangeCase } from './case-queries';
import { useSession } from '../session/session-hooks';

export function CaseActions({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const openDialog = useUiStore((s) => s.openDialog);
  const announce = useUiStore((s) => s.announce);
  const change = useChangeCase();
  const closed = view.status === 'closed';
  // Advisers change open cases only; reopening is for team leads and supervisors.
  const mayReopen = useSession()?.user?.role !== 'adviser';
  return (
    <div className="case-actions" role="group" aria-label={t('caseView.actions')}>
      <button type="button" onClick={() => openDialog({ kind: 'referral', caseId: view.id })} disabled={closed}>
        {t('caseView.refer')}
      </button>
      {closed ? (
        mayReopen && (
        <button
          type="button"
          onClick={() => change.mutate({ view, patch: { status: 'open' } }, { onSuccess: () => announce(t('caseView.reopened')) })}
          disabled={change.isPending}
        >
          {t('caseView.reopen')}
        </button>
        )
      ) : (
        <button type="button" onClick={() => openDialog({ kind: 'closeCase', caseId: view.id })} aria-keyshortcuts="Control+Shift+C Alt+Shift+C">
          {t('caseView.close')}
        </button>
      )}
      {change.isError && <p role="alert">{t('common.saveFailed', { message: errorMessage(change.error) })}</p>}
    </div>
  );
}
