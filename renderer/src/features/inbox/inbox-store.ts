// The inbox's own state: the case to open as soon as it reaches the cache
// after the adviser accepted a contact (the server ties the contact to a case
// as it is accepted; the case follows through sync a moment later).
import { create } from 'zustand';

interface InboxState {
  openingCaseId: string | null;
  openWhenReady(caseId: string): void;
  opened(caseId: string): void;
}

export const useInboxStore = create<InboxState>((set) => ({
  openingCaseId: null,
  openWhenReady: (openingCaseId) => set({ openingCaseId }),
  opened: (caseId) => set((s) => (s.openingCaseId === caseId ? { openingCaseId: null } : s)),
}));
