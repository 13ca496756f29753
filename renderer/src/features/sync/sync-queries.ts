import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useUiStore } from '../../app/ui-store';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';

/** The latest status pushed by main ('sync-status' events), or null before the first one. */
export function useSyncStatus() {
  return useUiStore((s) => s.syncStatus);
}

export function useConflicts(enabled = true) {
  return useQuery({ queryKey: queryKeys.conflicts, queryFn: () => desk().listConflicts(), enabled });
}

export function useResolveConflict() {
  const client = useQueryClient();
  const setSyncStatus = useUiStore((s) => s.setSyncStatus);
  return useMutation({
    mutationFn: (input: { mutationId: string; keep: 'mine' | 'theirs' }) => desk().resolveConflict(input),
    onSuccess: (status) => {
      setSyncStatus(status);
      void client.invalidateQueries({ queryKey: queryKeys.conflicts });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export function useSyncNow() {
  const setSyncStatus = useUiStore((s) => s.setSyncStatus);
  return useMutation({ mutationFn: () => desk().syncNow(), onSuccess: setSyncStatus });
}
