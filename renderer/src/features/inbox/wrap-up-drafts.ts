// The wrap-up drafts, kept for the browser tab's life (sessionStorage): a
// reload in the middle of a wrap-up loses nothing, and closing the tab or
// signing out drops them. Drafts hold choices and ids only, no personal data.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { useUiStore } from '../../app/ui-store';
import type { DraftFields, WrapUpDraft } from './wrap-up-draft';

export type DraftBase = Pick<WrapUpDraft, 'interactionId' | 'userId' | 'caseId' | 'channel'>;

interface WrapUpDraftState {
  drafts: Record<string, WrapUpDraft>;
  /** Creates the draft on the first change. */
  edit(base: DraftBase, fields: DraftFields): void;
  discard(interactionId: string): void;
  clear(): void;
}

export const useWrapUpDrafts = create<WrapUpDraftState>()(
  persist(
    (set) => ({
      drafts: {},
      edit: (base, fields) =>
        set((s) => {
          const current = s.drafts[base.interactionId] ?? { ...base, startedAt: new Date().toISOString(), closeCase: true };
          return { drafts: { ...s.drafts, [base.interactionId]: { ...current, ...fields, caseId: current.caseId ?? base.caseId } } };
        }),
      discard: (interactionId) =>
        set((s) => {
          const { [interactionId]: _gone, ...rest } = s.drafts;
          return { drafts: rest };
        }),
      clear: () => set({ drafts: {} }),
    }),
    { name: 'desk.wrapUpDrafts', storage: createJSONStorage(() => sessionStorage), partialize: (s) => ({ drafts: s.drafts }) },
  ),
);

// Signing out drops every draft with the rest of the workspace state.
useUiStore.subscribe((state, previous) => {
  if (previous.session?.signedIn && !state.session?.signedIn) useWrapUpDrafts.getState().clear();
});
