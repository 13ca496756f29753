// The team's canned responses: searched as the adviser types (by language
// and words, on the server), and kept by team leads and supervisors.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../lib/bridge-types';
import { queryKeys } from '../../lib/query-keys';
import { useSession } from '../session/session-hooks';
import { chatApi, type CannedResponsePatch, type NewCannedResponse } from './chat-api';

export type { CannedResponse } from './chat-api';

const KEEPERS = new Set(['team_lead', 'supervisor']);

/** Team leads and supervisors add, change and remove canned responses. */
export function useMayKeepCanned(): boolean {
  return KEEPERS.has(useSession()?.user?.role ?? '');
}

export function useCannedResponses(language: Language | 'all', text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: queryKeys.canned(language, q),
    queryFn: () => chatApi.canned({ ...(language === 'all' ? {} : { language }), ...(q ? { q } : {}) }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: queryKeys.cannedRoot });
}

export function useCreateCanned() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: NewCannedResponse) => chatApi.createCanned(body), onSettled: refresh });
}

export function useUpdateCanned() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id, patch }: { id: string; patch: CannedResponsePatch }) => chatApi.updateCanned(id, patch), onSettled: refresh });
}

export function useRemoveCanned() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => chatApi.removeCanned(id), onSettled: refresh });
}
