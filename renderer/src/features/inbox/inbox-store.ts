// The inbox's own state: the case to open as soon as it reaches the cache
// after the adviser accepted a contact (the server ties the contact to a case
// as it is accepted; the case follows through sync a moment later), and
// whether its note box then takes the cursor (a call: yes; a chat: no, the
// cursor is in the chat's composer).
import { create } from 'zustand';

interface InboxState {
  openingCaseId: string | null;
  focusNote: boolean;
  openWhenReady(caseId: string, options?: { focusNote?: boolean }): void;
  opened(caseId: string): void;
}

export const useInboxStore = create<InboxState>((set) => ({
  openingCaseId: null,
  focusNote: true,
  openWhenReady: (openingCaseId, options) => set({ openingCaseId, focusNote: options?.focusNote ?? true }),
  opened: (caseId) => set((s) => (s.openingCaseId === caseId ? { openingCaseId: null } : s)),
}));
