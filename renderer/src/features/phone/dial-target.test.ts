// Numbers as people write them become what the SIP platform dials.
import { describe, expect, it } from 'vitest';
import { normaliseTarget, remoteOf, targetUri } from './dial-target';
import { sipfragStatus } from './sip-adapter';

describe('normaliseTarget', () => {
  it('drops the punctuation of numbers copied from a contact card', () => {
    expect(normaliseTarget('08-123 45 67')).toBe('081234567');
    expect(normaliseTarget(' (0771) 52 55 25 ')).toBe('0771525525');
    expect(normaliseTarget('+46 8 123 45 67')).toBe('+4681234567');
  });
  it('takes SIP users and sip: URIs as they are', () => {
    expect(normaliseTarget('adviser7')).toBe('adviser7');
    expect(normaliseTarget('sip:queue-en@sip.example')).toBe('sip:queue-en@sip.example');
  });
  it('refuses what cannot be dialled', () => {
    for (const bad of ['', '   ', '1', '07 ab 12', 'sip:nobody', '+', '0701234567;x', 'a b']) expect(normaliseTarget(bad)).toBeNull();
  });
});

describe('targetUri and remoteOf', () => {
  it('dials numbers as sip:<digits>@<domain>', () => {
    expect(targetUri('0771525526', 'sip.example')).toBe('sip:0771525526@sip.example');
    expect(targetUri('sip:x@other.example', 'sip.example')).toBe('sip:x@other.example');
    expect(remoteOf('sip:0701234567@sip.example')).toBe('0701234567');
  });
});

describe('sipfragStatus', () => {
  it('reads the status of a REFER NOTIFY', () => {
    expect(sipfragStatus('SIP/2.0 100 Trying\r\n')).toBe(100);
    expect(sipfragStatus('SIP/2.0 200 OK')).toBe(200);
    expect(sipfragStatus('SIP/2.0 486 Busy Here')).toBe(486);
    expect(sipfragStatus('garbage')).toBeNull();
  });
});
