// Team-lead steering of advisers: set presence (POST /v1/advisers/:id/presence)
// and move them between channels and languages (PATCH …/profile, versioned).
// The change itself comes back through the live events; a profile the server
// answered with (after a save or a version conflict) is kept here until the
// board catches up, so the lead never edits a profile older than one already seen.
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { create } from 'zustand';
import { api } from '../../lib/api';
import type { Channel, Language, Presence } from '../../lib/bridge-types';
import { mergeProfile } from './adviser-view';
import { answerOf, isVersionConflict, type ApiProblem } from '../../lib/api-answer';
import type { ChosenReason } from './types';
import { useBoard } from './wallboard-hooks';

interface FresherProfiles {
  byUser: Record<string, Presence>;
  keep(p: Presence): void;
}

const useFresherProfiles = create<FresherProfiles>((set) => ({
  byUser: {},
  keep: (p) =>
    set((s) => {
      const known = s.byUser[p.userId];
      return known && known.profileVersion >= p.profileVersion ? s : { byUser: { ...s.byUser, [p.userId]: p } };
    }),
}));

/** Every adviser on the board, with the freshest profiles. */
export function useAdvisers(): Presence[] {
  const { advisers } = useBoard();
  const fresher = useFresherProfiles((s) => s.byUser);
  return useMemo(() => advisers.map((a) => mergeProfile(a, fresher[a.userId])), [advisers, fresher]);
}

export function useAdviser(userId: string): Presence | null {
  return useAdvisers().find((a) => a.userId === userId) ?? null;
}

export type PresenceIntentChoice = { intent: 'ready' } | { intent: 'offline' } | { intent: 'not_ready'; reason: ChosenReason };

export function useSetAdviserPresence() {
  return useMutation({
    mutationFn: async ({ userId, choice }: { userId: string; choice: PresenceIntentChoice }) =>
      answerOf(await api.POST('/v1/advisers/{id}/presence', { params: { path: { id: userId } }, body: choice })),
  });
}

export interface ProfileChange {
  userId: string;
  /** The profile version the lead's form was based on. */
  version: number;
  channels?: Channel[];
  languages?: Language[];
}

/** The adviser's current presence as a 409 version_conflict carries it (`current`), if it does. */
function currentOf(error: ApiProblem): Presence | null {
  const p = error.problem;
  if (typeof p !== 'object' || p === null || !('current' in p)) return null;
  const current = (p as { current: unknown }).current;
  return typeof current === 'object' && current !== null && 'profileVersion' in current ? (current as Presence) : null;
}

export function useUpdateAdviserProfile() {
  const keep = useFresherProfiles((s) => s.keep);
  return useMutation({
    mutationFn: async ({ userId, version, channels, languages }: ProfileChange) =>
      answerOf(
        await api.PATCH('/v1/advisers/{id}/profile', {
          params: { path: { id: userId } },
          body: { version, ...(channels ? { channels } : {}), ...(languages ? { languages } : {}) },
        }),
      ),
    onSuccess: keep,
    onError: async (error, change) => {
      if (!isVersionConflict(error)) return;
      // Refresh: the conflict says what the server has now; failing that, ask.
      const current = currentOf(error) ?? (await api.GET('/v1/advisers').then((r) => r.data?.find((a) => a.userId === change.userId) ?? null, () => null));
      if (current) keep(current);
    },
  });
}
