// The phone's configuration: service numbers and the shared secret are
// checked at start, so a typo fails loudly instead of leaving calls unrouted.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseServiceNumbers } from '../config.js';

describe('phone configuration', () => {
  it('defaults to the Swedish and English service numbers, localhost and no secret (phone not configured)', () => {
    const c = loadConfig({});
    expect(c.serviceNumbers).toEqual([{ number: '0771525525', queueId: 'phone-sv' }, { number: '0771525526', queueId: 'phone-en' }]);
    expect(c).toMatchObject({ sipSecret: undefined, sipDomain: 'localhost', sipWsUrl: 'ws://127.0.0.1:8088' });
  });

  it('reads the numbers and refuses malformed or repeated ones', () => {
    expect(parseServiceNumbers(' 0771525525=phone-sv , +46771525527=phone-en ')).toEqual([{ number: '0771525525', queueId: 'phone-sv' }, { number: '+46771525527', queueId: 'phone-en' }]);
    for (const bad of ['0771525525', 'phone=phone-sv', '0771525525=Phone SV', '0771525525=phone-sv,0771525525=phone-en']) {
      expect(() => parseServiceNumbers(bad), bad).toThrow(/SERVICE_NUMBERS/);
    }
  });

  it('refuses a secret short enough to guess from a captured credential', () => {
    expect(() => loadConfig({ SIP_SECRET: 'short' })).toThrow(/SIP_SECRET/);
    expect(loadConfig({ SIP_SECRET: 'a-long-enough-secret' }).sipSecret).toBe('a-long-enough-secret');
  });
});
