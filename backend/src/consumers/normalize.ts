// Phone numbers and e-mail addresses are stored in one canonical form so that a
// returning consumer is found whichever way the number was typed.
import { Problem } from '../http/problem.js';

/** "070-123 45 67", "+46 70 123 45 67" and "0046701234567" all become "+46701234567". */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim();
  let digits = trimmed.replace(/[\s\-()./]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+46${digits.slice(1)}`;
  else if (!digits.startsWith('+')) digits = `+46${digits}`;
  if (!/^\+[1-9]\d{6,14}$/.test(digits)) {
    throw new Problem(400, 'validation_failed', `"${raw}" is not a phone number`, {
      errors: [{ in: 'body', path: '/phone', message: 'is not a phone number' }],
    });
  }
  return digits;
}

export const normalizeEmail = (raw: string) => raw.trim().toLowerCase();
