// UI state that is not server data: who is signed in, the sync status pushed
// by main, which case and panes are showing, which dialog is open, and the
// adviser's unsaved note drafts (kept per case so switching cases loses nothing).
import { create } from 'zustand';
import type { ReferralMethod, SessionState, SyncStatus } from '../lib/bridge-types';

export type SideTab = 'knowledge' | 'partners';
export type FocusTarget = 'knowledgeSearch' | 'caseSearch' | 'noteBox';
/** What fills the window under the top bar: the adviser's panes, or the team leads' wallboard. */
export type MainView = 'workspace' | 'wallboard';

export type Dialog =
  | { kind: 'help' }
  | { kind: 'newCase' }
  | { kind: 'conflicts' }
  | { kind: 'closeCase'; caseId: string }
  | { kind: 'referral'; caseId: string; partnerId?: string; topicId?: string; municipalityCode?: string; method?: ReferralMethod }
  | { kind: 'transfer'; interactionId: string }
  | { kind: 'cannedPicker'; chatId: string }
  | { kind: 'cannedManage' }
  | { kind: 'endChat'; interactionId: string }
  | { kind: 'adviser'; userId: string }
  | { kind: 'phoneKeypad'; callId: string }
  /** `number`: prefilled, e.g. from a partner's contact card; `partner`: that partner and the open case, for the referral once the call is handed over. */
  | { kind: 'phoneTransfer'; callId: string; number?: string; partner?: { partnerId: string; caseId: string } }
  | { kind: 'phoneAudio' };

export interface UiState {
  session: SessionState | null;
  syncStatus: SyncStatus | null;
  selectedCaseId: string | null;
  sideTab: SideTab;
  openArticleId: string | null;
  knowledgeText: string;
  partnerTopicId: string;
  partnerMunicipalityCode: string;
  dialog: Dialog | null;
  noteDrafts: Record<string, string>;
  /** Bumped to ask a field to take focus (keyboard shortcuts). */
  focusRequest: { target: FocusTarget; seq: number } | null;
  /** Polite announcement for screen readers and the status line ("Link copied"). */
  announcement: { text: string; seq: number } | null;
  view: MainView;
  /** The wallboard enlarged for a wall screen, with its controls hidden. */
  wallMode: boolean;

  setSession(session: SessionState): void;
  setSyncStatus(status: SyncStatus): void;
  selectCase(id: string | null): void;
  setSideTab(tab: SideTab): void;
  openArticle(id: string | null): void;
  setKnowledgeText(text: string): void;
  setPartnerQuery(query: { topicId?: string; municipalityCode?: string }): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  setNoteDraft(caseId: string, text: string): void;
  requestFocus(target: FocusTarget): void;
  announce(text: string): void;
  setView(view: MainView): void;
  setWallMode(on: boolean): void;
  reset(): void;
}

const initialWorkspace = {
  selectedCaseId: null,
  sideTab: 'knowledge' as SideTab,
  openArticleId: null,
  knowledgeText: '',
  partnerTopicId: '',
  partnerMunicipalityCode: '',
  dialog: null,
  noteDrafts: {},
  focusRequest: null,
  announcement: null,
  view: 'workspace' as MainView,
  wallMode: false,
};

export const useUiStore = create<UiState>()((set) => ({
  session: null,
  syncStatus: null,
  ...initialWorkspace,

  setSession: (session) => set(session.signedIn ? { session } : { session, ...initialWorkspace }),
  setSyncStatus: (syncStatus) => set({ syncStatus }),
  selectCase: (selectedCaseId) => set({ selectedCaseId }),
  setSideTab: (sideTab) => set({ sideTab }),
  openArticle: (openArticleId) => set({ openArticleId }),
  setKnowledgeText: (knowledgeText) => set({ knowledgeText }),
  setPartnerQuery: ({ topicId, municipalityCode }) =>
    set((s) => ({
      partnerTopicId: topicId ?? s.partnerTopicId,
      partnerMunicipalityCode: municipalityCode ?? s.partnerMunicipalityCode,
    })),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setNoteDraft: (caseId, text) => set((s) => ({ noteDrafts: { ...s.noteDrafts, [caseId]: text } })),
  requestFocus: (target) => set((s) => ({ focusRequest: { target, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
  announce: (text) => set((s) => ({ announcement: { text, seq: (s.announcement?.seq ?? 0) + 1 } })),
  // Leaving the wallboard also leaves wall mode, so the workspace never opens enlarged.
  setView: (view) => set(view === 'wallboard' ? { view } : { view, wallMode: false }),
  setWallMode: (wallMode) => set({ wallMode }),
  reset: () => set(initialWorkspace),
}));
