// How a callback reads at the desk: the number in groups an adviser can read
// back to the consumer, and the window in Stockholm time.
const ZONE = 'Europe/Stockholm';

/**
 * "+46701234567" → "+46 70 123 45 67"; "+4681234567" → "+46 8 123 45 67".
 * Only for reading: the area code's length is guessed (1 digit for 8, else 2),
 * which can misplace one space for a few three-digit area codes, never a digit.
 */
export function groupSwedishNumber(e164: string): string {
  if (!/^\+46\d{7,9}$/.test(e164)) return e164;
  const nsn = e164.slice(3);
  const areaLength = nsn.startsWith('8') ? 1 : 2;
  const area = nsn.slice(0, areaLength);
  const rest = nsn.slice(areaLength);
  // The subscriber part from the end in pairs, a leading group of three when odd.
  const pairs: string[] = [];
  let i = rest.length;
  while (i > 3 || (i === 3 && rest.length % 2 === 0)) {
    pairs.unshift(rest.slice(i - 2, i));
    i -= 2;
  }
  if (i > 0) pairs.unshift(rest.slice(0, i));
  return `+46 ${area} ${pairs.join(' ')}`;
}

/** "ons 25 nov. 11:00–12:00" (sv) or "Wed 25 Nov, 11:00–12:00" (en), in Stockholm time. */
export function formatWindow(startIso: string, endIso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso}–${endIso}`;
  const day = new Intl.DateTimeFormat(locale, { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short' }).format(start);
  const time = new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}
