// The wallboard's data hooks: components use these, never the API client or
// query keys directly. The board itself is the live one the core keeps
// (queue statistics each second, presence as it changes); a snapshot from
// GET /v1/wallboard fills in before the first statistics arrive and, polled,
// while the live connection is down.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSession } from '../session/session-hooks';
import { useLiveBoard } from '../live/live-hooks';
import { api } from '../../lib/api';
import type { Presence, QueueStats } from '../../lib/bridge-types';
import { queryKeys } from '../../lib/query-keys';
import { canSeeWallboard, canSteerAdvisers } from './access';
import { answerOf } from '../../lib/api-answer';
import type { HistoryRange } from './history-series';
import type { QueueInfo } from './types';

/** What the signed-in user may do with the wallboard. */
export function useWallboardAccess(): { see: boolean; steer: boolean } {
  const role = useSession()?.user?.role;
  return { see: canSeeWallboard(role), steer: canSteerAdvisers(role) };
}

export interface BoardView {
  queues: QueueStats[];
  advisers: Presence[];
  /** When the queue figures were computed on the server; null before any. */
  at: string | null;
  /** The live connection is up: figures follow within a second. */
  connected: boolean;
}

const SNAPSHOT_POLL_MS = 15_000;

export function useBoard(): BoardView {
  const live = useLiveBoard();
  const { see } = useWallboardAccess();
  const connected = live?.connected ?? false;
  const needSnapshot = see && (!connected || !live?.at);
  const snapshot = useQuery({
    queryKey: queryKeys.wallboard,
    queryFn: async () => answerOf(await api.GET('/v1/wallboard')),
    enabled: needSnapshot,
    // Connected but without statistics yet: one read is enough, events follow.
    refetchInterval: needSnapshot && !connected ? SNAPSHOT_POLL_MS : false,
    staleTime: 0,
    retry: false,
  });
  const snap = needSnapshot ? snapshot.data : undefined;
  return useMemo(() => {
    const liveAt = live?.at ?? null;
    // Whichever picture is newer; ISO times in UTC compare as strings.
    const useSnap = snap !== undefined && (liveAt === null || snap.at > liveAt);
    const liveAdvisers = live?.advisers ?? [];
    return {
      queues: useSnap ? snap.queues : (live?.queues ?? []),
      advisers: useSnap || liveAdvisers.length === 0 ? (snap?.advisers ?? liveAdvisers) : liveAdvisers,
      at: useSnap ? snap.at : liveAt,
      connected,
    };
  }, [live, snap, connected]);
}

/** Queue names, priorities and targets; they change rarely (an admin edits them). */
export function useQueueInfo(): Map<string, QueueInfo> {
  const { see } = useWallboardAccess();
  const query = useQuery({
    queryKey: queryKeys.wallboardQueues,
    queryFn: async () => answerOf(await api.GET('/v1/queues')),
    enabled: see,
    staleTime: 5 * 60_000,
    refetchInterval: 5 * 60_000,
  });
  return useMemo(() => new Map((query.data ?? []).map((q) => [q.id, q])), [query.data]);
}

const HISTORY_REFRESH_MS = 60_000;

/** The last hours per queue, refreshed each minute; the previous range stays on screen while a new one loads. */
export function useWallboardHistory(range: HistoryRange) {
  const { see } = useWallboardAccess();
  return useQuery({
    queryKey: queryKeys.wallboardHistory(range.hours, range.bucketMinutes),
    queryFn: async () => answerOf(await api.GET('/v1/wallboard/history', { params: { query: { hours: range.hours, bucketMinutes: range.bucketMinutes } } })),
    enabled: see,
    refetchInterval: HISTORY_REFRESH_MS,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
