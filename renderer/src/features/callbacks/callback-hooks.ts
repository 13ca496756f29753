// The app's hooks for callbacks: components use these, never the API client
// or query keys directly. Online-only reads (a callback is live work).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../../api-client/src/index';
import { api } from '../../lib/api';
import { answerOf } from '../../lib/api-answer';
import { queryKeys } from '../../lib/query-keys';

export type CallbackDetail = components['schemas']['CallbackDetail'];
export type CallbackOutcome = components['schemas']['CallbackOutcome'];
export type OverdueCallbacks = components['schemas']['OverdueCallbacks'];

/** The callback behind a contact in hand: number, window, question, attempts. */
export function useCallbackDetail(interactionId: string) {
  return useQuery({
    queryKey: queryKeys.callback(interactionId),
    queryFn: async () => answerOf(await api.GET('/v1/interactions/{id}/callback', { params: { path: { id: interactionId } } })),
    staleTime: 5_000,
  });
}

export function useRecordAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, outcome, note }: { id: string; outcome: CallbackOutcome; note?: string }) =>
      answerOf(await api.POST('/v1/interactions/{id}/callback-attempts', { params: { path: { id } }, body: { outcome, ...(note ? { note } : {}) } })),
    onSuccess: (result) => client.setQueryData(queryKeys.callback(result.callback.interactionId), result.callback),
  });
}

const OVERDUE_POLL_MS = 30_000;

/** Overdue callbacks for the wallboard: polled, since time alone makes a callback overdue. */
export function useOverdueCallbacks(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.overdueCallbacks,
    queryFn: async () => answerOf(await api.GET('/v1/callbacks/overdue')),
    enabled,
    refetchInterval: OVERDUE_POLL_MS,
    // Opening the wallboard shows the list as it is now, not as it was half a minute ago.
    staleTime: 0,
    retry: false,
  });
}
