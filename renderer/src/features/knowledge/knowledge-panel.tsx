// Knowledge search as you type (debounced), with highlighted snippets; an
// opened article replaces the results until "back".
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusRequest } from '../../app/use-focus-request';
import { useUiStore } from '../../app/ui-store';
import { errorMessage } from '../../lib/error-message';
import { renderSnippet } from '../../lib/snippet';
import { useDebounced } from '../../lib/use-debounced';
import type { Language } from '../../lib/bridge-types';
import { ArticleView } from './article-view';
import { useKnowledgeSearch } from './knowledge-queries';

export const KNOWLEDGE_DEBOUNCE_MS = 120;

export function KnowledgePanel() {
  const openArticleId = useUiStore((s) => s.openArticleId);
  return openArticleId ? <ArticleView id={openArticleId} /> : <KnowledgeSearch />;
}

function KnowledgeSearch() {
  const { t } = useTranslation();
  const text = useUiStore((s) => s.knowledgeText);
  const setText = useUiStore((s) => s.setKnowledgeText);
  const openArticle = useUiStore((s) => s.openArticle);
  const [language, setLanguage] = useState<Language | 'all'>('all');
  const query = useDebounced(text, KNOWLEDGE_DEBOUNCE_MS);
  const results = useKnowledgeSearch(query, language);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest('knowledgeSearch', inputRef);
  const hits = query.trim() ? (results.data ?? []) : [];

  return (
    <div className="knowledge">
      <search className="field">
        <label htmlFor="knowledge-search">{t('knowledge.search')}</label>
        <input
          id="knowledge-search"
          ref={inputRef}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby="knowledge-hint"
          aria-keyshortcuts="Control+K /"
          autoComplete="off"
          spellCheck={false}
        />
        <span id="knowledge-hint" className="hint">
          {t('knowledge.searchHint')}
        </span>
      </search>
      <div className="inline-field">
        <label htmlFor="knowledge-language">{t('knowledge.articleLanguage')}</label>
        <select id="knowledge-language" value={language} onChange={(e) => setLanguage(e.target.value === 'sv' || e.target.value === 'en' ? e.target.value : 'all')}>
          <option value="all">{t('knowledge.allLanguages')}</option>
          <option value="sv">{t('language.sv')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      {results.isError && <p role="alert">{t('common.error', { message: errorMessage(results.error) })}</p>}
      {query.trim() && results.data && (
        <p className="muted small" role="status">
          {hits.length === 0 ? t('knowledge.noResults') : t('knowledge.results', { count: hits.length })}
        </p>
      )}
      <ul className="hit-list" aria-label={t('knowledge.tab')}>
        {hits.map((hit) => (
          <li key={hit.id} className="hit">
            <button type="button" className="hit-title link-button" onClick={() => openArticle(hit.id)} lang={hit.language}>
              {hit.title}
            </button>
            <span className="hit-kind">{t(`knowledge.kind_${hit.kind}`)}</span>
            <p className="snippet" lang={hit.language}>
              {renderSnippet(hit.snippet)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
