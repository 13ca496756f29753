import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

describe('live-work messages', () => {
  it('keeps the names the live-work end-to-end test relies on', () => {
    expect(sv.live.region).toBe('Min status');
    expect(sv.live.goReady).toBe('Bli redo');
    expect(sv.live.change).toBe('Ändra status');
    expect(sv.live.choices).toBe('Välj status');
    expect(sv.live.disconnected).toBe('Ej ansluten – inga kontakter erbjuds');
    expect(sv.inbox.offers).toBe('Erbjudna kontakter');
    expect(sv.inbox.offerTitle).toBe('Ny kontakt: {{channel}}');
    expect(sv.inbox.end).toBe('Avsluta kontakt');
    expect(sv.inbox.wrapUp.done).toBe('Klar');
    expect(sv.inbox.wrapUp.closeCase).toBe('Avsluta ärendet med utfallet');
  });

  it('names every presence state and reason the server can send, in both languages', () => {
    for (const messages of [sv, en]) {
      expect(Object.keys(messages.live.state).sort()).toEqual(['busy', 'not_ready', 'offline', 'ready', 'wrap_up']);
      expect(Object.keys(messages.live.reason).sort()).toEqual(['admin', 'break', 'disconnected', 'meeting', 'missed', 'other', 'training']);
    }
  });

  it('documents each live-work shortcut in the help dialog', () => {
    for (const messages of [sv, en]) {
      expect(messages.help.toggleReady).toBeTruthy();
      expect(messages.help.acceptOffer).toBeTruthy();
      expect(messages.help.declineOffer).toBeTruthy();
    }
  });
});
