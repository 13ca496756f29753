// App hooks for cases. Reads come from the desktop cache through the bridge;
// writes go to the cache and the outbox, so they succeed offline too.
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';
import type { CaseView, NewCaseInput, CaseOutcome, CaseStatus, ReferralMethod } from '../../lib/bridge-types';

export function useMyOpenCases() {
  return useQuery({ queryKey: queryKeys.myOpenCases, queryFn: () => desk().myOpenCases() });
}

/** History search by reference, phone, e-mail, name or free text; idle while the text is blank. */
export function useCaseSearch(text: string, limit = 50) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.caseSearch(trimmed),
    queryFn: () => desk().searchCases({ text: trimmed, limit }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | null) {
  return useQuery({
    queryKey: queryKeys.caseDetail(id ?? ''),
    queryFn: () => desk().getCase(id ?? ''),
    enabled: id !== null,
  });
}

function storeCase(client: QueryClient, view: CaseView) {
  client.setQueryData(queryKeys.caseDetail(view.id), view);
  // Lists show status, subject and pending markers of this case.
  void client.invalidateQueries({ queryKey: ['cases', 'mine'] });
  void client.invalidateQueries({ queryKey: ['cases', 'search'] });
}

export function useCreateCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewCaseInput) => desk().createCase(input),
    onSuccess: (view) => storeCase(client, view),
  });
}

export interface CasePatchInput {
  topicId?: string | null;
  status?: CaseStatus;
  outcome?: CaseOutcome | null;
  subject?: string | null;
}

export function useChangeCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ view, patch }: { view: CaseView; patch: CasePatchInput }) =>
      desk().changeCase({ caseId: view.id, baseVersion: view.version, patch }),
    onSuccess: (view) => storeCase(client, view),
  });
}

export function useAddNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { caseId: string; body: string }) => desk().addNote(input),
    onSuccess: (view) => storeCase(client, view),
  });
}

export function useAddReferral() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { caseId: string; partnerId: string; reason: string; method: ReferralMethod }) => desk().addReferral(input),
    onSuccess: (view) => storeCase(client, view),
  });
}
