import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';
import type { Language } from '../../lib/bridge-types';

/** Full-text search in the cached knowledge base; idle while the text is blank. */
export function useKnowledgeSearch(text: string, language: Language | 'all' = 'all') {
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.knowledgeSearch(trimmed, language),
    queryFn: () => desk().searchKnowledge({ text: trimmed, limit: 20, ...(language === 'all' ? {} : { language }) }),
    enabled: trimmed.length > 0,
    // Keep the previous hits on screen while the next keystroke's query runs.
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: queryKeys.article(id ?? ''),
    queryFn: () => desk().getArticle(id ?? ''),
    enabled: id !== null,
  });
}
