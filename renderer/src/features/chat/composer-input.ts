// The composer's keyboard and text rules, apart from React so they can be
// tested: Enter sends, Shift+Enter is a new line, "/" in an empty composer
// opens the canned responses; the typing signal goes at most every three
// seconds; inserted text (a canned response, an article link) lands at the
// cursor with a space or line break where one is needed.

export const TYPING_SIGNAL_MS = 3_000;
/** The server's limit for one message. */
export const MESSAGE_MAX = 2_000;

export interface ComposerKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** An input method is composing (Japanese, Chinese…): Enter confirms the word, it does not send. */
  isComposing: boolean;
}

export type ComposerAction = 'send' | 'canned' | null;

export function composerAction(e: ComposerKey, draft: string): ComposerAction {
  if (e.isComposing) return null;
  if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) return 'send';
  // "/" is Shift+7 on Swedish keyboards, so Shift is allowed.
  if (e.key === '/' && !e.ctrlKey && !e.altKey && !e.metaKey && draft === '') return 'canned';
  return null;
}

/** Whether to tell the server "typing" now: only for real text, and not more often than every three seconds. */
export function typingSignalDue(lastSentAt: number | null, now: number, draft: string): boolean {
  return draft.trim() !== '' && (lastSentAt === null || now - lastSentAt >= TYPING_SIGNAL_MS);
}

export interface Selection {
  start: number;
  end: number;
}

/** Puts `text` at the selection (replacing it), or at the end when none is known. */
export function insertText(draft: string, selection: Selection | null, text: string): { value: string; caret: number } {
  const start = Math.min(Math.max(selection?.start ?? draft.length, 0), draft.length);
  const end = Math.min(Math.max(selection?.end ?? start, start), draft.length);
  const before = draft.slice(0, start);
  const after = draft.slice(end);
  const lead = before === '' || /\s$/.test(before) ? '' : ' ';
  // A space before a following word, none before punctuation ("Hej Eva!").
  const trail = /^[\p{L}\p{N}]/u.test(after) ? ' ' : '';
  const value = `${before}${lead}${text}${trail}${after}`;
  return { value, caret: before.length + lead.length + text.length };
}
