import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';

/** Ranked contact cards for a topic and a municipality; idle until both are chosen. */
export function usePartnerLookup(topicId: string | null | undefined, municipalityCode: string | null | undefined) {
  const topic = topicId ?? '';
  const municipality = municipalityCode ?? '';
  return useQuery({
    queryKey: queryKeys.partnerLookup(topic, municipality),
    queryFn: () => desk().lookupPartners({ topicId: topic, municipalityCode: municipality }),
    enabled: topic !== '' && municipality !== '',
    placeholderData: keepPreviousData,
    // "Open now" changes with the clock.
    refetchInterval: 60_000,
  });
}

export function usePartner(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.partner(id ?? ''),
    queryFn: () => desk().getPartner(id ?? ''),
    enabled: Boolean(id),
  });
}
