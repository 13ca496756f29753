import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

describe('chat messages', () => {
  it('keeps the names the chat end-to-end test relies on', () => {
    expect(sv.chat.pane).toBe('Chattar');
    expect(sv.chat.log).toBe('Konversation');
    expect(sv.chat.composer).toBe('Svar till konsumenten');
    expect(sv.chat.end).toBe('Avsluta chatten');
    expect(sv.chat.insertLink).toBe('Infoga länk i chatten');
    expect(sv.chat.picker.title).toBe('Standardsvar');
    expect(sv.chat.picker.search).toBe('Sök standardsvar');
    expect(sv.chat.status.sending).toBe('Skickas…');
    expect(sv.chat.presence.left).toBe('Konsumenten har lämnat chatten');
    expect(sv.chat.manage.title).toBe('Hantera standardsvar');
  });

  it('documents each chat shortcut in the help dialog, in both languages', () => {
    for (const messages of [sv, en]) {
      for (const key of ['focusChat', 'nextChat', 'previousChat', 'cannedResponses', 'sendChat', 'chatNewLine', 'cannedInComposer'] as const) {
        expect(messages.help[key]).toBeTruthy();
      }
    }
  });

  it('words every way a chat can end, and every message state', () => {
    for (const messages of [sv, en]) {
      expect(Object.keys(messages.chat.ended).sort()).toEqual(['adviser', 'consumer_ended', 'consumer_inactive', 'other']);
      expect(Object.keys(messages.chat.status).sort()).toEqual(['delivered', 'failed', 'read', 'retrying', 'sending', 'sent']);
    }
  });
});
