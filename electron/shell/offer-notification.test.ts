import { describe, expect, it } from 'vitest';
import type { Interaction } from '../bridge.js';
import { offerNotification } from './offer-notification.js';

const base = { channel: 'phone', language: 'sv', subject: null, note: null } as unknown as Interaction;

describe('offerNotification', () => {
  it('names the channel and language in the desk language, Swedish unless the system is English', () => {
    expect(offerNotification(base, 'sv-SE')).toEqual({ title: 'Ny kontakt: Samtal (svenska)', body: 'Svara i arbetsplatsen' });
    expect(offerNotification({ ...base, channel: 'chat', language: 'en' }, 'en-GB')).toEqual({ title: 'New contact: Chat (English)', body: 'Answer in the workstation' });
    expect(offerNotification(base, 'de-DE').title).toBe('Ny kontakt: Samtal (svenska)');
  });

  it('shows nobody looking over the shoulder the caller, the subject or the transfer note', () => {
    const n = offerNotification({ ...base, from: '+46701234567', subject: 'Skuld hos Kronofogden', note: 'Orolig för vräkning' } as Interaction, 'sv');
    const text = `${n.title} ${n.body}`;
    expect(text).not.toContain('+4670');
    expect(text).not.toContain('Kronofogden');
    expect(text).not.toContain('vräkning');
  });
});
