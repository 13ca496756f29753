// The workspace's keyboard shortcuts, written once: the global key handler
// matches with `matchShortcut` and the help dialog lists `SHORTCUTS`.
// Ctrl and ⌘ are the same key here, so the app works the same on macOS.

export type ShortcutAction =
  | 'focusKnowledgeSearch'
  | 'focusCaseSearch'
  | 'newCase'
  | 'addNote'
  | 'closeCase'
  | 'showHelp'
  | 'toggleReady'
  | 'acceptOffer'
  | 'declineOffer'
  | 'toggleWallboard'
  | 'toggleWallMode'
  | 'focusChat'
  | 'nextChat'
  | 'previousChat'
  | 'cannedResponses'
  | 'sendChat'
  | 'chatNewLine'
  | 'cannedInComposer'
  | 'hangUpCall'
  | 'holdCall'
  | 'muteCall'
  | 'phoneKeypad'
  | 'transferCall';

export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True when the keystroke goes to a text field, where plain characters are typing, not commands. */
  inTextField: boolean;
}

export interface Shortcut {
  action: ShortcutAction;
  /** Key combinations as shown to the user, e.g. "Ctrl+K". */
  keys: string[];
  /** Only handled by the focused field (the note box, the chat composer), not by the global handler. */
  local?: boolean;
  /** Only for those who see the wallboard (team leads, supervisors, admins). */
  wallboard?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'focusKnowledgeSearch', keys: ['Ctrl+K', '/'] },
  { action: 'focusCaseSearch', keys: ['Ctrl+F'] },
  // Browsers keep Ctrl+N for themselves, so browser mode needs Alt+N.
  { action: 'newCase', keys: ['Ctrl+N', 'Alt+N'] },
  { action: 'addNote', keys: ['Ctrl+Enter'], local: true },
  // Chromium keeps Ctrl+Shift+C for its inspector, so browser mode needs Alt+Shift+C.
  { action: 'closeCase', keys: ['Ctrl+Shift+C', 'Alt+Shift+C'] },
  { action: 'showHelp', keys: ['?', 'F1'] },
  // Live work: Ctrl+Alt in the desktop app, Alt alone in a browser (both work
  // in both). Matched on the character the key gives, so AltGr typing (which
  // arrives as Ctrl+Alt with "ą", "€", …) stays typing.
  { action: 'toggleReady', keys: ['Ctrl+Alt+R', 'Alt+R'] },
  { action: 'acceptOffer', keys: ['Ctrl+Alt+A', 'Alt+A'] },
  // X, not D: Alt+D is the address bar in browsers.
  { action: 'declineOffer', keys: ['Ctrl+Alt+X', 'Alt+X'] },
  // Alt+letter is free in Chromium and Electron alike, and works while typing.
  { action: 'toggleWallboard', keys: ['Alt+W'], wallboard: true },
  { action: 'toggleWallMode', keys: ['Alt+Shift+W'], wallboard: true },
  // Chat, in the same Alt / Ctrl+Alt family as live work. J for "jump"; T for
  // "text" (Ctrl+Alt+T opens a terminal on some Linux desktops, Alt+T works everywhere).
  { action: 'focusChat', keys: ['Ctrl+Alt+J', 'Alt+J'] },
  { action: 'nextChat', keys: ['Alt+PageDown'] },
  { action: 'previousChat', keys: ['Alt+PageUp'] },
  { action: 'cannedResponses', keys: ['Ctrl+Alt+T', 'Alt+T'] },
  { action: 'sendChat', keys: ['Enter'], local: true },
  { action: 'chatNewLine', keys: ['Shift+Enter'], local: true },
  { action: 'cannedInComposer', keys: ['/'], local: true },
  // The phone, in the same family. Answering is Ctrl+Alt+A above (a ringing
  // call is an offered contact). L for "lägg på" (hang up), P for "parkera"
  // (hold), M mute, K keypad, V for "vidarekoppla" (transfer): none is taken
  // by Chromium or Electron (Alt+D, Alt+E and Alt+F are the browser's).
  // Ctrl+Alt+L locks the screen on some Linux desktops; Alt+L works everywhere.
  { action: 'hangUpCall', keys: ['Ctrl+Alt+L', 'Alt+L'] },
  { action: 'holdCall', keys: ['Ctrl+Alt+P', 'Alt+P'] },
  { action: 'muteCall', keys: ['Ctrl+Alt+M', 'Alt+M'] },
  { action: 'phoneKeypad', keys: ['Ctrl+Alt+K', 'Alt+K'] },
  { action: 'transferCall', keys: ['Ctrl+Alt+V', 'Alt+V'] },
];

/** Live-work and chat shortcuts by letter: the same with Alt or Ctrl+Alt, never with Shift. */
const LIVE_KEYS: Readonly<Record<string, ShortcutAction>> = {
  r: 'toggleReady',
  a: 'acceptOffer',
  x: 'declineOffer',
  j: 'focusChat',
  t: 'cannedResponses',
  l: 'hangUpCall',
  p: 'holdCall',
  m: 'muteCall',
  k: 'phoneKeypad',
  v: 'transferCall',
};

/** The global action for a keystroke, or null when the keystroke is not a shortcut. */
export function matchShortcut(stroke: KeyStroke): ShortcutAction | null {
  const ctrl = stroke.ctrlKey || stroke.metaKey;
  const key = stroke.key.length === 1 ? stroke.key.toLowerCase() : stroke.key;

  if (stroke.altKey && !stroke.shiftKey && Object.hasOwn(LIVE_KEYS, key)) return LIVE_KEYS[key] ?? null;
  if (ctrl && !stroke.altKey) {
    if (stroke.shiftKey) return key === 'c' ? 'closeCase' : null;
    if (key === 'k') return 'focusKnowledgeSearch';
    if (key === 'f') return 'focusCaseSearch';
    if (key === 'n') return 'newCase';
    return null;
  }
  if (stroke.altKey && !ctrl) {
    if (key === 'PageDown' && !stroke.shiftKey) return 'nextChat';
    if (key === 'PageUp' && !stroke.shiftKey) return 'previousChat';
    if (key === 'n' && !stroke.shiftKey) return 'newCase';
    if (key === 'c' && stroke.shiftKey) return 'closeCase';
    if (key === 'w') return stroke.shiftKey ? 'toggleWallMode' : 'toggleWallboard';
    return null;
  }
  if (key === 'F1') return 'showHelp';
  if (stroke.inTextField || stroke.altKey || ctrl) return null;
  if (key === '/') return 'focusKnowledgeSearch';
  if (key === '?') return 'showHelp';
  return null;
}

/** Ctrl+Enter (or ⌘+Enter) in the note box saves the note. */
export function isSubmitNote(stroke: Pick<KeyStroke, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return stroke.key === 'Enter' && (stroke.ctrlKey || stroke.metaKey) && !stroke.altKey && !stroke.shiftKey;
}
