// The simulated consumers: plausible numbers and addresses that the backend
// accepts and normalises, returning consumers with the same number, and the
// same people for the same seed.
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../backend/src/consumers/normalize.js';
import { ConsumerGenerator, typedPhone, type ContactOrigin } from './consumers.js';
import { CHANNELS, type Channel, type Language } from './profile.js';
import { createRng } from './random.js';

function contacts(seed: string, n: number, returningShare = 0.2): ContactOrigin[] {
  const gen = new ConsumerGenerator(createRng(seed, 'consumers'), returningShare);
  const mix = createRng(seed, 'mix');
  return Array.from({ length: n }, () => {
    const channel: Channel = CHANNELS[Math.floor(mix() * CHANNELS.length)]!;
    const language: Language = mix() < 0.1 ? 'en' : 'sv';
    return gen.next(channel, language);
  });
}

/** The backend's own reading of a sender: an e-mail address, a phone number, or a handle (its intake rule). */
const kindOf = (from: string) => (from.includes('@') ? 'email' : /^[+\d][\d\s\-()./]{5,}$/.test(from) ? 'phone' : 'handle');

describe('the consumer generator', () => {
  it('gives the same consumers for the same seed, and others for another seed', () => {
    const a = contacts('one', 300);
    expect(contacts('one', 300)).toEqual(a);
    expect(contacts('two', 300).map((c) => c.from)).not.toEqual(a.map((c) => c.from));
  });

  it('makes Swedish and foreign numbers the backend accepts, as people type them', () => {
    for (const c of contacts('phones', 2000)) {
      expect(c.consumer.phone).toMatch(/^\+[1-9]\d{6,14}$/);
      expect(normalizePhone(c.consumer.phone)).toBe(c.consumer.phone);
      if (c.consumer.language === 'sv') expect(c.consumer.phone.startsWith('+46')).toBe(true);
    }
    const rng = createRng('typing');
    const styles = new Set<string>();
    for (const e164 of ['+46701234567', '+46812345678', '+4631123456', '+447700900123']) {
      for (let i = 0; i < 50; i++) {
        const typed = typedPhone(rng, e164);
        expect(normalizePhone(typed)).toBe(e164);
        styles.add(typed);
      }
    }
    expect(styles).toContain('070-123 45 67');
    expect(styles).toContain('0701234567');
    expect(styles).toContain('+46 701234567');
    expect(styles).toContain('08-12345678');
  });

  it('sends what each channel reports: numbers for calls, addresses for e-mail, handles for social media and the forum', () => {
    const all = contacts('channels', 3000);
    const gen = new ConsumerGenerator(createRng('channels-2'), 0);
    for (const c of all) if (c.from) expect(['email', 'phone', 'handle']).toContain(kindOf(c.from));
    const of = (channel: Channel) => Array.from({ length: 200 }, () => gen.next(channel, 'sv').from);
    expect(of('phone').every((f) => f !== undefined && kindOf(f) === 'phone')).toBe(true);
    expect(of('callback').every((f) => f !== undefined && kindOf(f) === 'phone')).toBe(true);
    expect(of('email').every((f) => f !== undefined && /^[a-z]+\.[a-z]+\d\d@example\.(com|net|org)$/.test(f))).toBe(true);
    expect(of('social').every((f) => f !== undefined && kindOf(f) === 'handle')).toBe(true);
    expect(of('forum').every((f) => f !== undefined && kindOf(f) === 'handle')).toBe(true);
    const chats = of('chat');
    // Some chatters leave an address, some stay anonymous.
    expect(chats.filter((f) => f === undefined).length).toBeGreaterThan(40);
    expect(chats.filter((f) => f !== undefined && kindOf(f) === 'email').length).toBeGreaterThan(80);
  });

  it('brings back earlier consumers at about the given share, with their own number and language', () => {
    const all = contacts('returning', 5000, 0.25);
    const back = all.filter((c) => c.returning);
    expect(back.length / all.length).toBeGreaterThan(0.2);
    expect(back.length / all.length).toBeLessThan(0.3);
    const seen = new Map<number, ContactOrigin['consumer']>();
    for (const c of all) {
      if (c.returning) {
        // Someone seen before, unchanged: the backend matches them by the same number or address.
        expect(seen.get(c.consumer.n)).toEqual(c.consumer);
      } else {
        expect(seen.has(c.consumer.n)).toBe(false);
        seen.set(c.consumer.n, c.consumer);
      }
      if (c.from && kindOf(c.from) === 'phone') expect(normalizePhone(c.from)).toBe(c.consumer.phone);
    }
    expect(contacts('never', 500, 0).some((c) => c.returning)).toBe(false);
  });
});
