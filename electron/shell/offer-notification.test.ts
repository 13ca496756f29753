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

  it('shows the subject and a transfer note, and never the caller\'s number', () => {
    const n = offerNotification({ ...base, from: '+46701234567', subject: 'Reklamation av tvättmaskin', note: 'Vill ha hjälp med ARN' } as Interaction, 'sv');
    expect(n.body).toBe('Reklamation av tvättmaskin — Överlämnad: Vill ha hjälp med ARN');
    expect(`${n.title} ${n.body}`).not.toContain('+4670');
  });

  it('keeps the text short', () => {
    expect(offerNotification({ ...base, subject: 'x'.repeat(500) }, 'sv').body.length).toBe(200);
  });
});
