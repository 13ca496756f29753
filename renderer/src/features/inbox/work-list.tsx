// Pane 1: the live inbox (offers, contacts in progress, wrap-ups), new case,
// case history search and my open cases.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../app/use-focus-request';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { useDebounced } from '../../lib/use-debounced';
import { useCaseSearch, useMyOpenCases } from '../case/case-queries';
import { CaseList } from './case-list';
import { CallPanel } from '../phone/call-panel';
import { LiveInbox } from './live-inbox';

export function WorkList() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebounced(text, 150);
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusRequest('caseSearch', searchRef);
  const selectedId = useUiStore((s) => s.selectedCaseId);
  const selectCase = useUiStore((s) => s.selectCase);
  const openDialog = useUiStore((s) => s.openDialog);
  const mine = useMyOpenCases();
  const search = useCaseSearch(query);
  const searching = query.trim().length > 0;

  return (
    <div className="worklist">
      <CallPanel />
      <LiveInbox />
      <button type="button" className="primary wide" onClick={() => openDialog({ kind: 'newCase' })} aria-keyshortcuts="Control+N Alt+N">
        {t('worklist.newCase')}
      </button>

      <search className="field">
        <label htmlFor="case-search">{t('worklist.search')}</label>
        <input
          id="case-search"
          ref={searchRef}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              setText('');
            }
          }}
          aria-describedby="case-search-hint"
          aria-keyshortcuts="Control+F"
          autoComplete="off"
        />
        <span id="case-search-hint" className="hint">
          {t('worklist.searchHint')}
        </span>
      </search>

      {searching ? (
        <section className="list-section">
          <h2 id="case-results-heading">{t('worklist.results')}</h2>
          {search.isError && <p role="alert">{t('worklist.loadFailed', { message: errorMessage(search.error) })}</p>}
          {search.data && search.data.length === 0 && <p className="muted">{t('worklist.noResults')}</p>}
          {search.data && search.data.length > 0 && (
            <CaseList cases={search.data} selectedId={selectedId} onSelect={selectCase} labelledBy="case-results-heading" />
          )}
        </section>
      ) : (
        <section className="list-section">
          <h2 id="my-cases-heading">{t('worklist.myOpen')}</h2>
          {mine.isPending && <p className="muted">{t('common.loading')}</p>}
          {mine.isError && <p role="alert">{t('worklist.loadFailed', { message: errorMessage(mine.error) })}</p>}
          {mine.data && mine.data.length === 0 && <p className="muted">{t('worklist.empty')}</p>}
          {mine.data && mine.data.length > 0 && <CaseList cases={mine.data} selectedId={selectedId} onSelect={selectCase} labelledBy="my-cases-heading" />}
        </section>
      )}
    </div>
  );
}
