// The number a consumer asks to be called back on: Swedish only (the service
// calls within Sweden), in E.164 so a returning consumer is matched however
// they typed it. Premium-rate numbers are refused: the service must not be
// made to pay for calling them.

/** Why a number was refused, for the problem's field message. */
export type PhoneIssue = 'not_a_number' | 'not_swedish' | 'premium_rate';

/** "070-123 45 67", "+46 70 123 45 67", "0046 8 123 456 7" → "+46701234567"; otherwise the issue. */
export function swedishE164(raw: string): { ok: true; e164: string } | { ok: false; issue: PhoneIssue } {
  let s = raw.trim().replace(/[\s\-()./]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (!/^\+?\d+$/.test(s)) return { ok: false, issue: 'not_a_number' };
  if (s.startsWith('+')) {
    if (!s.startsWith('+46')) return { ok: false, issue: 'not_swedish' };
    s = s.slice(3);
    // "+46 (0)70…": the trunk zero written after the country code.
    if (s.startsWith('0')) s = s.slice(1);
  } else if (s.startsWith('0')) {
    s = s.slice(1);
  } else {
    return { ok: false, issue: 'not_a_number' };
  }
  // 0900, 0939 and 0944 are premium-rate services (said first: it is the more useful answer).
  if (/^9(00|39|44)/.test(s)) return { ok: false, issue: 'premium_rate' };
  // A Swedish national significant number has 7 to 9 digits and never starts with 0.
  if (!/^[1-9]\d{6,8}$/.test(s)) return { ok: false, issue: 'not_a_number' };
  return { ok: true, e164: `+46${s}` };
}

/** The number as the consumer may see it back, with the middle hidden: "+46 70 … 45 67" style. */
export function maskPhone(e164: string): string {
  return `${e164.slice(0, 5)}…${e164.slice(-2)}`;
}
