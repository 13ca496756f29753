import { describe, expect, it } from 'vitest';
import { maskPhone, swedishE164 } from './swedish-phone.js';

describe('swedishE164', () => {
  it('normalises the usual ways of writing a Swedish number', () => {
    const table: Array<[string, string]> = [
      ['070-123 45 67', '+46701234567'],
      ['0701234567', '+46701234567'],
      ['+46 70 123 45 67', '+46701234567'],
      ['+46 (0)70 123 45 67', '+46701234567'],
      ['0046701234567', '+46701234567'],
      ['08-123 456 78', '+46812345678'],
      ['08-12 34 56', '+468123456'],
      ['031-12 34 56', '+4631123456'],
      ['0771-525 525', '+46771525525'],
    ];
    for (const [raw, e164] of table) expect(swedishE164(raw), raw).toEqual({ ok: true, e164 });
  });

  it('says why a number is refused', () => {
    const table: Array<[string, string]> = [
      ['+45 70 12 34 56', 'not_swedish'],
      ['0045 70 12 34 56', 'not_swedish'],
      ['0900-123 45 67', 'premium_rate'],
      ['0939-12 34 56', 'premium_rate'],
      ['12345', 'not_a_number'],
      ['070-12', 'not_a_number'],
      ['070-123 45 67 89', 'not_a_number'],
      ['ring mig', 'not_a_number'],
      ['+46 0', 'not_a_number'],
      ['', 'not_a_number'],
    ];
    for (const [raw, issue] of table) expect(swedishE164(raw), raw).toEqual({ ok: false, issue });
  });
});

describe('maskPhone', () => {
  it('keeps the country and area code and the last two digits', () => {
    expect(maskPhone('+46701234567')).toBe('+4670…67');
  });
});
