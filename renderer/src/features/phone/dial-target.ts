// What may be dialled, and how it becomes a SIP URI. Numbers come from
// people (typed into the keypad, copied from a partner's contact card as
// "08-123 45 67" or "+46 8 123 45 67"), so punctuation is dropped; the SIP
// platform gets `sip:<digits>@<domain>`. A colleague is reached by SIP user
// name, and a full sip: URI is taken as it is.

const SIP_URI = /^sips?:[^@\s<>"]+@[^@\s<>"]+$/i;
const SIP_USER = /^[a-z][a-z0-9._-]{0,63}$/i;
const PHONE_PUNCTUATION = /[\s\-()./]/g;
const PHONE = /^\+?[0-9]{2,20}$/;

/** The canonical form of something dialled (digits, `+digits`, a SIP user or a sip: URI), or null. */
export function normaliseTarget(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  if (/^sips?:/i.test(text)) return SIP_URI.test(text) ? text : null;
  if (SIP_USER.test(text)) return text;
  const digits = text.replace(PHONE_PUNCTUATION, '');
  return PHONE.test(digits) ? digits : null;
}

/** The SIP URI for a normalised target on the adviser's SIP domain. */
export function targetUri(target: string, domain: string): string {
  if (/^sips?:/i.test(target)) return target;
  return `sip:${target}@${domain}`;
}

/** The number or user part of a SIP URI, for showing who is calling. */
export function remoteOf(uri: string): string {
  const match = /^sips?:([^@;>]+)@/i.exec(uri);
  return match?.[1] ?? uri;
}
