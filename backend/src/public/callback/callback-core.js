// @ts-check
// The callback page's logic without the DOM (unit-tested): what a refused
// booking means for the form, and how days and times read in Stockholm time.

/** @typedef {'sv' | 'en'} Lang */
/** @typedef {'phone' | 'time' | 'conflict' | 'rate' | 'other'} Failure */

const ZONE = 'Europe/Stockholm';

/**
 * What went wrong with a booking, from the answer's status and problem body.
 * @param {number} status
 * @param {unknown} problem
 * @returns {Failure}
 */
export function failureOf(status, problem) {
  const p = /** @type {{ code?: unknown, errors?: Array<{ path?: unknown }> }} */ (problem && typeof problem === 'object' ? problem : {});
  if (status === 429) return 'rate';
  if (status === 400 && Array.isArray(p.errors)) {
    const paths = p.errors.map((e) => String(e.path ?? ''));
    if (paths.includes('/phone')) return 'phone';
    if (paths.some((x) => x === '/windowStart' || x === '/windowEnd')) return 'time';
  }
  if (status === 409 && p.code === 'queue_closed') return 'time';
  if (status === 409 && p.code === 'conflict') return 'conflict';
  return 'other';
}

/**
 * "onsdag 25 november" / "Wednesday 25 November".
 * @param {string} iso @param {Lang} lang
 */
export function dayLabel(iso, lang) {
  return new Date(iso).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: ZONE });
}

/**
 * "11:00" in Stockholm.
 * @param {string} iso @param {Lang} lang
 */
export function clock(iso, lang) {
  return new Date(iso).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
}
