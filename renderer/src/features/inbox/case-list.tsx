// A list of cases to pick from (my open cases, search results, earlier cases).
import { useTranslation } from 'react-i18next';
import { displayReference, formatDateTime } from '../../lib/format';
import type { CaseSummary } from '../../lib/bridge-types';

export interface CaseListProps {
  cases: readonly CaseSummary[];
  selectedId: string | null;
  onSelect(id: string): void;
  labelledBy: string;
}

export function CaseList({ cases, selectedId, onSelect, labelledBy }: CaseListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="case-list" aria-labelledby={labelledBy}>
      {cases.map((c) => {
        const reference = displayReference(c.reference);
        return (
          <li key={c.id}>
            <button
              type="button"
              className="case-item"
              aria-current={c.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(c.id)}
            >
              <span className="case-item-top">
                <span className={reference ? 'case-ref' : 'case-ref case-ref-new'}>{reference ?? t('caseItem.newUnsynced')}</span>
                <span className={`status-pill status-${c.status}`}>{t(`status.${c.status}`)}</span>
              </span>
              <span className="case-item-consumer">{c.consumerName ?? c.consumerPhone ?? c.consumerEmail ?? t('caseItem.noConsumer')}</span>
              <span className="case-item-subject">{c.subject ?? t('caseItem.noSubject')}</span>
              <span className="case-item-meta">
                {formatDateTime(c.updatedAt, i18n.language)}
                {c.pending && <span className="pending-marker">{t('caseItem.pending')}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
