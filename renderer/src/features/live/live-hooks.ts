// The app's hooks for live work: components use these, not the store or the
// API client directly.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { components } from '../../../../api-client/src/index';
import { api } from '../../lib/api';
import type { Interaction, LiveBoard, LiveWork, Presence } from '../../lib/bridge-types';
import { desk } from '../../lib/desk';
import { queryKeys } from '../../lib/query-keys';
import { useLiveStore } from './live-store';

export const useLiveWork = (): LiveWork | null => useLiveStore((s) => s.work);
export const useLiveBoard = (): LiveBoard | null => useLiveStore((s) => s.board);
export const usePresence = (): Presence | null => useLiveStore((s) => s.work?.presence ?? null);
/** The newest offer event (the ring, the notification and the announcement follow it). */
export const useLastOffer = () => useLiveStore((s) => s.lastOffer);

/** The contacts in hand, by state. */
export function useMyContacts(): { offered: Interaction[]; active: Interaction[]; wrapUp: Interaction[] } {
  const work = useLiveWork();
  const all = work?.interactions ?? [];
  return {
    offered: all.filter((i) => i.state === 'offered'),
    active: all.filter((i) => i.state === 'active'),
    wrapUp: all.filter((i) => i.state === 'wrap_up'),
  };
}

/** Server time (ms), ticking every `everyMs`: offer and wrap-up countdowns run on the server's clock. */
export function useServerNow(everyMs = 1000): number {
  const offset = useLiveStore((s) => s.work?.clockOffsetMs ?? 0);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const t = setInterval(() => setNow(Date.now() + offset), everyMs);
    return () => clearInterval(t);
  }, [offset, everyMs]);
  return now;
}

/** Seconds left until an ISO time on the server's clock (never negative). */
export function secondsUntil(iso: string | null | undefined, serverNow: number): number {
  if (!iso) return 0;
  return Math.max(0, Math.ceil((Date.parse(iso) - serverNow) / 1000));
}

/** Throws the server's problem so mutations surface it. */
export function must<T>(r: { data?: T; error?: unknown; response: Response }): T {
  if (r.error !== undefined || !r.response.ok) throw Object.assign(new Error(`HTTP ${r.response.status}`), { problem: r.error, status: r.response.status });
  return r.data as T;
}

// The API's own types: one contract, no second copy to drift.
type Intent = components['schemas']['PresenceChange']['intent'];
type Reason = NonNullable<components['schemas']['PresenceChange']['reason']>;

export function useSetPresence() {
  return useMutation({
    mutationFn: async (input: { intent: Intent; reason?: Reason }) => must(await api.POST('/v1/presence', { body: input })),
  });
}

type Step = 'accept' | 'decline' | 'end';
export function useContactStep() {
  return useMutation({
    mutationFn: async ({ id, step }: { id: string; step: Step }) => {
      const params = { params: { path: { id } } };
      if (step === 'accept') return must(await api.POST('/v1/interactions/{id}/accept', params));
      if (step === 'decline') return must(await api.POST('/v1/interactions/{id}/decline', params));
      return must(await api.POST('/v1/interactions/{id}/end', params));
    },
  });
}

export function useCompleteWrapUp() {
  return useMutation({
    mutationFn: async ({ id, caseId }: { id: string; caseId?: string }) =>
      must(await api.POST('/v1/interactions/{id}/complete', { params: { path: { id } }, body: caseId ? { caseId } : {} })),
  });
}

export function useExtendWrapUp() {
  return useMutation({
    mutationFn: async ({ id, seconds }: { id: string; seconds: number }) =>
      must(await api.POST('/v1/interactions/{id}/extend-wrap-up', { params: { path: { id } }, body: { seconds } })),
  });
}

export function useTransfer() {
  return useMutation({
    mutationFn: async ({ id, queueId, adviserId, note }: { id: string; queueId?: string; adviserId?: string; note?: string }) =>
      must(await api.POST('/v1/interactions/{id}/transfer', { params: { path: { id } }, body: { ...(queueId ? { queueId } : {}), ...(adviserId ? { adviserId } : {}), ...(note ? { note } : {}) } })),
  });
}

/** The queues (for transfers): online only, and they change seldom. */
export function useQueues(enabled = true) {
  return useQuery({
    queryKey: queryKeys.liveQueues,
    queryFn: async () => must(await api.GET('/v1/queues')),
    enabled,
    staleTime: 60_000,
  });
}

/**
 * Colleagues to transfer to. The list is for team leads and supervisors only
 * (the server refuses advisers), so it is asked for only when `enabled`; a
 * refusal is an answer, not something to retry.
 */
export function useColleagues(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.liveAdvisers,
    queryFn: async () => must(await api.GET('/v1/advisers')),
    enabled,
    retry: false,
    staleTime: 15_000,
  });
}

/**
 * The case of a contact just accepted. The server ties the contact to a case
 * as it is accepted; the desk core pulls it in on the next sync (the server
 * pokes it) or fetches it on demand. Until it is there this asks again each
 * second, sharing the case view's cache entry so the view opens at once.
 */
export function useArrivingCase(caseId: string | null) {
  return useQuery({
    queryKey: queryKeys.caseDetail(caseId ?? ''),
    queryFn: () => desk().getCase(caseId ?? ''),
    enabled: caseId !== null,
    // About a minute of asking; after that the sync's 'data-changed' refresh still brings it.
    refetchInterval: (query) => (query.state.data || query.state.dataUpdateCount > 60 ? false : 1000),
  });
}
