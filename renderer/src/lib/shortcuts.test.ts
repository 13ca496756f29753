import { describe, expect, it } from 'vitest';
import { isSubmitNote, matchShortcut, SHORTCUTS, type KeyStroke, type ShortcutAction } from './shortcuts';

const stroke = (key: string, mods: Partial<Omit<KeyStroke, 'key'>> = {}): KeyStroke => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inTextField: false,
  ...mods,
});

describe('matchShortcut', () => {
  it.each<[string, KeyStroke, ShortcutAction]>([
    ['Ctrl+K', stroke('k', { ctrlKey: true }), 'focusKnowledgeSearch'],
    ['Ctrl+K in a text field', stroke('k', { ctrlKey: true, inTextField: true }), 'focusKnowledgeSearch'],
    ['⌘+K', stroke('k', { metaKey: true }), 'focusKnowledgeSearch'],
    ['/', stroke('/'), 'focusKnowledgeSearch'],
    ['Ctrl+F', stroke('f', { ctrlKey: true }), 'focusCaseSearch'],
    ['Ctrl+F with caps lock', stroke('F', { ctrlKey: true }), 'focusCaseSearch'],
    ['Ctrl+N', stroke('n', { ctrlKey: true }), 'newCase'],
    ['Alt+N', stroke('n', { altKey: true }), 'newCase'],
    ['Alt+N in a text field', stroke('n', { altKey: true, inTextField: true }), 'newCase'],
    ['Ctrl+Shift+C', stroke('C', { ctrlKey: true, shiftKey: true }), 'closeCase'],
    ['Alt+Shift+C', stroke('C', { altKey: true, shiftKey: true }), 'closeCase'],
    ['?', stroke('?', { shiftKey: true }), 'showHelp'],
    ['F1', stroke('F1'), 'showHelp'],
    ['F1 in a text field', stroke('F1', { inTextField: true }), 'showHelp'],
    ['Ctrl+Alt+R', stroke('r', { ctrlKey: true, altKey: true }), 'toggleReady'],
    ['Alt+R', stroke('r', { altKey: true }), 'toggleReady'],
    ['Alt+R in a text field', stroke('r', { altKey: true, inTextField: true }), 'toggleReady'],
    ['Ctrl+Alt+A', stroke('a', { ctrlKey: true, altKey: true }), 'acceptOffer'],
    ['Alt+A', stroke('a', { altKey: true }), 'acceptOffer'],
    ['Alt+A with caps lock', stroke('A', { altKey: true }), 'acceptOffer'],
    ['Ctrl+Alt+X', stroke('x', { ctrlKey: true, altKey: true }), 'declineOffer'],
    ['Alt+X', stroke('x', { altKey: true }), 'declineOffer'],
    ['Alt+W', stroke('w', { altKey: true }), 'toggleWallboard'],
    ['Alt+W in a text field', stroke('w', { altKey: true, inTextField: true }), 'toggleWallboard'],
    ['Alt+Shift+W', stroke('W', { altKey: true, shiftKey: true }), 'toggleWallMode'],
    ['Alt+J', stroke('j', { altKey: true }), 'focusChat'],
    ['Ctrl+Alt+J', stroke('j', { ctrlKey: true, altKey: true }), 'focusChat'],
    ['Alt+J in the chat composer', stroke('j', { altKey: true, inTextField: true }), 'focusChat'],
    ['Alt+PageDown', stroke('PageDown', { altKey: true }), 'nextChat'],
    ['Ctrl+Alt+L', stroke('l', { ctrlKey: true, altKey: true }), 'hangUpCall'],
    ['Alt+L while typing', stroke('l', { altKey: true, inTextField: true }), 'hangUpCall'],
    ['Alt+P', stroke('p', { altKey: true }), 'holdCall'],
    ['Ctrl+Alt+M', stroke('m', { ctrlKey: true, altKey: true }), 'muteCall'],
    ['Alt+K', stroke('k', { altKey: true }), 'phoneKeypad'],
    ['Alt+V', stroke('v', { altKey: true }), 'transferCall'],
    ['Alt+PageUp while typing', stroke('PageUp', { altKey: true, inTextField: true }), 'previousChat'],
    ['Alt+T', stroke('t', { altKey: true }), 'cannedResponses'],
    ['Ctrl+Alt+T', stroke('t', { ctrlKey: true, altKey: true }), 'cannedResponses'],
    ['Alt+T in the chat composer', stroke('t', { altKey: true, inTextField: true }), 'cannedResponses'],
  ])('%s', (_name, input, action) => {
    expect(matchShortcut(input)).toBe(action);
  });

  it.each<[string, KeyStroke]>([
    ['/ while typing', stroke('/', { inTextField: true })],
    ['? while typing', stroke('?', { shiftKey: true, inTextField: true })],
    ['a plain letter', stroke('k')],
    ['Ctrl+C (copy)', stroke('c', { ctrlKey: true })],
    ['Ctrl+V (paste)', stroke('v', { ctrlKey: true })],
    ['Ctrl+Shift+K', stroke('K', { ctrlKey: true, shiftKey: true })],
    ['Ctrl+Alt+N (AltGr on some layouts)', stroke('n', { ctrlKey: true, altKey: true })],
    ['Alt+C without Shift', stroke('c', { altKey: true })],
    ['Alt+Shift+N', stroke('N', { altKey: true, shiftKey: true })],
    ['Enter', stroke('Enter')],
    ['Escape', stroke('Escape')],
    ['a plain "a"', stroke('a')],
    ['Ctrl+A (select all)', stroke('a', { ctrlKey: true })],
    ['Alt+Shift+A', stroke('A', { altKey: true, shiftKey: true })],
    ['AltGr typing "ą" (Ctrl+Alt on Windows)', stroke('ą', { ctrlKey: true, altKey: true })],
    ['Ctrl+Alt+D', stroke('d', { ctrlKey: true, altKey: true })],
    ['Ctrl+W (closes the tab)', stroke('w', { ctrlKey: true })],
    ['a plain w', stroke('w')],
    ['PageDown alone (scrolling)', stroke('PageDown')],
    ['Ctrl+PageDown (the browser’s next tab)', stroke('PageDown', { ctrlKey: true })],
    ['Alt+Shift+T', stroke('T', { altKey: true, shiftKey: true })],
    ['Enter in a text field', stroke('Enter', { inTextField: true })],
  ])('ignores %s', (_name, input) => {
    expect(matchShortcut(input)).toBeNull();
  });

  it('documents every global action it can return, plus the note box key', () => {
    const documented = new Set(SHORTCUTS.map((s) => s.action));
    const all = [
      'focusKnowledgeSearch', 'focusCaseSearch', 'newCase', 'addNote', 'closeCase', 'showHelp', 'toggleReady', 'acceptOffer', 'declineOffer',
      'toggleWallboard', 'toggleWallMode', 'focusChat', 'nextChat', 'previousChat', 'cannedResponses',
    ] satisfies ShortcutAction[];
    for (const action of all) {
      expect(documented.has(action)).toBe(true);
    }
    expect(SHORTCUTS.filter((s) => s.local).map((s) => s.action)).toEqual(['addNote', 'sendChat', 'chatNewLine', 'cannedInComposer']);
    expect(SHORTCUTS.filter((s) => s.wallboard).map((s) => s.action)).toEqual(['toggleWallboard', 'toggleWallMode']);
  });

  it('gives no two actions the same keys', () => {
    const seen = new Map<string, string>();
    for (const shortcut of SHORTCUTS) {
      for (const keys of shortcut.keys) {
        // A local key only works in its own field; "/" there is not the global "/".
        const where = `${shortcut.local ? 'local' : 'global'}:${keys}`;
        expect(seen.get(where), `${keys} for ${shortcut.action}`).toBeUndefined();
        seen.set(where, shortcut.action);
      }
    }
  });

  it('matches every key combination it documents', () => {
    for (const shortcut of SHORTCUTS.filter((s) => !s.local)) {
      for (const keys of shortcut.keys) {
        const parts = keys.split('+');
        const key = parts.pop() ?? '';
        const mods = new Set(parts);
        const input = stroke(key.length === 1 ? key.toLowerCase() : key, { ctrlKey: mods.has('Ctrl'), altKey: mods.has('Alt'), shiftKey: mods.has('Shift') || key === '?' });
        expect(matchShortcut(input), keys).toBe(shortcut.action);
      }
    }
  });
});

describe('isSubmitNote', () => {
  it('is Ctrl+Enter or ⌘+Enter only', () => {
    const base = { key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isSubmitNote({ ...base, ctrlKey: true })).toBe(true);
    expect(isSubmitNote({ ...base, metaKey: true })).toBe(true);
    expect(isSubmitNote(base)).toBe(false);
    expect(isSubmitNote({ ...base, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isSubmitNote({ ...base, key: 'a', ctrlKey: true })).toBe(false);
  });
});
