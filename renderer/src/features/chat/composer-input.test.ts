import { describe, expect, it } from 'vitest';
import { composerAction, insertText, TYPING_SIGNAL_MS, typingSignalDue, type ComposerKey } from './composer-input';

const key = (k: string, mods: Partial<ComposerKey> = {}): ComposerKey => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, isComposing: false, ...mods });

describe('composerAction', () => {
  it('sends on Enter, and leaves Shift+Enter (a new line) and other Enters alone', () => {
    expect(composerAction(key('Enter'), 'hej')).toBe('send');
    expect(composerAction(key('Enter', { shiftKey: true }), 'hej')).toBeNull();
    expect(composerAction(key('Enter', { ctrlKey: true }), 'hej')).toBeNull();
    expect(composerAction(key('Enter', { altKey: true }), 'hej')).toBeNull();
  });

  it('does not send while an input method is composing a word', () => {
    expect(composerAction(key('Enter', { isComposing: true }), 'hej')).toBeNull();
  });

  it('opens the canned responses on "/" in an empty composer only (Shift allowed: Shift+7 on Swedish keyboards)', () => {
    expect(composerAction(key('/'), '')).toBe('canned');
    expect(composerAction(key('/', { shiftKey: true }), '')).toBe('canned');
    expect(composerAction(key('/'), 'och/eller')).toBeNull();
    expect(composerAction(key('/', { ctrlKey: true }), '')).toBeNull();
  });
});

describe('typingSignalDue', () => {
  it('signals at most every three seconds, and only for real text', () => {
    expect(typingSignalDue(null, 0, 'h')).toBe(true);
    expect(typingSignalDue(1000, 1000 + TYPING_SIGNAL_MS - 1, 'he')).toBe(false);
    expect(typingSignalDue(1000, 1000 + TYPING_SIGNAL_MS, 'hej')).toBe(true);
    expect(typingSignalDue(null, 0, '   ')).toBe(false);
  });
});

describe('insertText', () => {
  it('inserts at the cursor with a space where the words would otherwise run together', () => {
    expect(insertText('Läs mer:', { start: 8, end: 8 }, 'https://x.se')).toEqual({ value: 'Läs mer: https://x.se', caret: 21 });
    expect(insertText('Hej  där', { start: 4, end: 4 }, 'X')).toEqual({ value: 'Hej X där', caret: 5 });
    expect(insertText('Hejdär', { start: 3, end: 3 }, 'X')).toEqual({ value: 'Hej X där', caret: 5 });
  });

  it('replaces a selection, and goes at the end when no cursor is known', () => {
    expect(insertText('Hej NAMN!', { start: 4, end: 8 }, 'Eva')).toEqual({ value: 'Hej Eva!', caret: 7 });
    expect(insertText('Hej', null, 'Eva')).toEqual({ value: 'Hej Eva', caret: 7 });
    expect(insertText('', null, 'Hej!')).toEqual({ value: 'Hej!', caret: 4 });
  });

  it('copes with a remembered cursor beyond a shorter draft', () => {
    expect(insertText('ab', { start: 10, end: 12 }, 'c')).toEqual({ value: 'ab c', caret: 4 });
  });
});
