import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useUiStore } from '../../app/ui-store';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';

/** The session as last reported by main, or null while the first answer is on its way. */
export function useSession() {
  return useUiStore((s) => s.session);
}

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => desk().appInfo(), staleTime: Infinity });
}

export function useLogin() {
  const setSession = useUiStore((s) => s.setSession);
  return useMutation({
    mutationFn: (input: { username: string; password: string }) => desk().login(input),
    onSuccess: async (outcome) => {
      // Ask main rather than guessing the session from the outcome: it knows the server URL.
      if (outcome.ok) setSession(await desk().sessionState());
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  const setSession = useUiStore((s) => s.setSession);
  return useMutation({
    mutationFn: () => desk().logout(),
    onSettled: async () => {
      // Nothing of the previous adviser's cases stays in memory.
      client.clear();
      setSession(await desk().sessionState());
    },
  });
}
