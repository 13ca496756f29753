// Reference data: topics and municipalities change rarely; 'data-changed'
// events refresh them when they do.
import { useQuery } from '@tanstack/react-query';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';

export function useTopics() {
  return useQuery({ queryKey: queryKeys.topics, queryFn: () => desk().listTopics(), staleTime: Infinity });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: queryKeys.municipalities,
    queryFn: async () => (await desk().listMunicipalities()).slice().sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    staleTime: Infinity,
  });
}
