import { QueryClient } from '@tanstack/react-query';

// Reads come from the local cache through the bridge, so they are cheap and
// local: no retries with backoff (a failure is real), no refetch on focus
// (main pushes 'data-changed' when something changes).
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, retryDelay: 200, refetchOnWindowFocus: false, staleTime: 30_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
