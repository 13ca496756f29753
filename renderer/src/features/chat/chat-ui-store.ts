// The chat area's own state: which chat is showing, what the adviser has
// typed in each (kept per chat, so switching loses nothing), where the cursor
// was (text from the canned responses or the knowledge panel goes there), a
// request for the composer to take focus, and what this desk has told the
// server it has read. Server data (the messages) lives in the core.
import { create } from 'zustand';
import { insertText, type Selection } from './composer-input';

interface ChatUiState {
  selectedChatId: string | null;
  drafts: Record<string, string>;
  selections: Record<string, Selection>;
  /** Bumped to ask a chat's composer to take focus. */
  focusRequest: { chatId: string; seq: number } | null;
  /** Read watermark this desk has reported per chat (ahead of the server's marks until they catch up). */
  readUpTo: Record<string, number>;

  select(chatId: string | null): void;
  setDraft(chatId: string, text: string): void;
  setSelection(chatId: string, selection: Selection): void;
  /** Inserts at the remembered cursor and moves the cursor after the insertion. */
  insert(chatId: string, text: string): void;
  focusComposer(chatId: string): void;
  focusHandled(seq: number): void;
  markRead(chatId: string, seq: number): void;
  /** Drops what belongs to chats no longer in hand. */
  keepOnly(chatIds: readonly string[]): void;
  reset(): void;
}

const initial = { selectedChatId: null, drafts: {}, selections: {}, focusRequest: null, readUpTo: {} };

const pick = <T>(record: Record<string, T>, keep: ReadonlySet<string>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([id]) => keep.has(id)));

export const useChatUiStore = create<ChatUiState>()((set) => ({
  ...initial,
  select: (selectedChatId) => set({ selectedChatId }),
  setDraft: (chatId, text) => set((s) => ({ drafts: { ...s.drafts, [chatId]: text } })),
  setSelection: (chatId, selection) => set((s) => ({ selections: { ...s.selections, [chatId]: selection } })),
  insert: (chatId, text) =>
    set((s) => {
      const { value, caret } = insertText(s.drafts[chatId] ?? '', s.selections[chatId] ?? null, text);
      return { drafts: { ...s.drafts, [chatId]: value }, selections: { ...s.selections, [chatId]: { start: caret, end: caret } } };
    }),
  focusComposer: (chatId) => set((s) => ({ focusRequest: { chatId, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
  focusHandled: (seq) => set((s) => (s.focusRequest?.seq === seq ? { focusRequest: null } : s)),
  markRead: (chatId, seq) => set((s) => ((s.readUpTo[chatId] ?? 0) >= seq ? s : { readUpTo: { ...s.readUpTo, [chatId]: seq } })),
  keepOnly: (chatIds) =>
    set((s) => {
      const keep = new Set(chatIds);
      return { drafts: pick(s.drafts, keep), selections: pick(s.selections, keep), readUpTo: pick(s.readUpTo, keep) };
    }),
  reset: () => set(initial),
}));
