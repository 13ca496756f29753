// @ts-check
// The chat page's pure logic, with no DOM and no network: client ids, the
// outbox's shape in sessionStorage, merging messages by sequence number,
// retry back-off, text cleaning, e-mail checking and the words for waits and
// times. The page and the unit tests load this same file.

import { TEXTS } from './chat-texts.js';

/**
 * @typedef {'consumer' | 'adviser' | 'system'} Sender
 * @typedef {{ seq: number, interactionId: string, sender: Sender, clientId: string, authorName: string | null,
 *   body: string, createdAt: string, delivered: boolean, read: boolean }} ChatMessage
 * @typedef {{ seconds: number, low: number, high: number }} WaitEstimate
 * @typedef {{ chatId: string, language: 'sv' | 'en', state: 'waiting' | 'active' | 'ended', position: number | null,
 *   estimatedWait: WaitEstimate | null, adviserName: string | null, adviserTyping: boolean, endedBy: string | null,
 *   transcriptEmail: boolean, deliveredSeq: number, readSeq: number, lastSeq: number }} PublicChat
 * @typedef {{ clientId: string, text: string, at: string }} OutboxItem
 *   A message typed but not yet confirmed by the server. It keeps its client id
 *   for every attempt, so the server stores it once however often it is sent.
 * @typedef {{ v: 1, chatId: string, token: string, language: 'sv' | 'en', lastSeq: number, outbox: OutboxItem[] }} Saved
 *   What sessionStorage keeps for the tab: enough to resume the chat after a reload.
 */

/** The longest message the server accepts. */
export const MESSAGE_MAX = 2000;
/** The pattern the server requires of client ids (16 or more characters here, 64 at most). */
export const CLIENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Typing is signalled at most this often. */
export const TYPING_EVERY_MS = 3000;
/** Retries wait 1 s, 2 s, 4 s … up to this. */
export const BACKOFF_MAX_MS = 30_000;

/**
 * A fresh client id: a random UUID without dashes (32 hex digits), or 24
 * random url-safe characters where randomUUID is missing (older browsers,
 * pages not served over https).
 * @param {{ randomUUID?: () => string, getRandomValues: (a: Uint8Array) => Uint8Array }} [c]
 */
export function newClientId(c = globalThis.crypto) {
  if (typeof c.randomUUID === 'function') return c.randomUUID().replace(/-/g, '');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = c.getRandomValues(new Uint8Array(24));
  let id = '';
  for (const b of bytes) id += alphabet[b & 63];
  return id;
}

/**
 * Text as the server will take it: line ends made uniform, the control
 * characters it refuses dropped (a paste can carry them), space trimmed.
 * @param {string} text
 */
export function cleanText(text) {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: a paste can carry them.
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

/**
 * Adds messages to a list kept in sequence order, each sequence once. Returns
 * the new list and the messages that were not there before (in order).
 * @param {readonly ChatMessage[]} list
 * @param {readonly ChatMessage[]} incoming
 * @returns {{ list: ChatMessage[], added: ChatMessage[] }}
 */
export function mergeMessages(list, incoming) {
  const bySeq = new Map(list.map((m) => [m.seq, m]));
  /** @type {ChatMessage[]} */
  const added = [];
  for (const m of incoming) {
    if (!Number.isInteger(m.seq) || bySeq.has(m.seq)) continue;
    bySeq.set(m.seq, m);
    added.push(m);
  }
  if (added.length === 0) return { list: [...list], added };
  added.sort((a, b) => a.seq - b.seq);
  return { list: [...bySeq.values()].sort((a, b) => a.seq - b.seq), added };
}

/**
 * The outbox without the messages the server is known to have (found among
 * the consumer's messages by client id).
 * @param {readonly OutboxItem[]} outbox
 * @param {readonly ChatMessage[]} messages
 */
export function settleOutbox(outbox, messages) {
  const stored = new Set(messages.filter((m) => m.sender === 'consumer').map((m) => m.clientId));
  return outbox.filter((item) => !stored.has(item.clientId));
}

/**
 * How long to wait before attempt number `attempt` (0 = the first retry):
 * doubling from a second up to half a minute, spread by ±20% so that many
 * pages that lost the same network do not come back at the same instant.
 * @param {number} attempt
 * @param {() => number} [random]
 */
export function backoffMs(attempt, random = Math.random) {
  const base = Math.min(BACKOFF_MAX_MS, 1000 * 2 ** Math.max(0, Math.min(attempt, 15)));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** @param {number} now @param {number | null} lastSentAt */
export const typingDue = (now, lastSentAt) => lastSentAt === null || now - lastSentAt >= TYPING_EVERY_MS;

/**
 * A plausible e-mail address: one at sign, something before it, a dotted domain
 * after it, no spaces, at most 254 characters. The server checks again.
 * @param {string} text
 */
export function isEmailAddress(text) {
  const s = text.trim();
  if (s.length < 6 || s.length > 254) return false;
  return /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/.test(s);
}

const SAVED_KEY = 'halla-chat';
export { SAVED_KEY };

/**
 * The saved chat, or null when there is none or it does not look right (a
 * damaged entry must not stop the page from starting afresh).
 * @param {string | null} json
 * @returns {Saved | null}
 */
export function parseSaved(json) {
  if (!json) return null;
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = /** @type {Record<string, unknown>} */ (value);
  if (v.v !== 1 || typeof v.chatId !== 'string' || typeof v.token !== 'string' || (v.language !== 'sv' && v.language !== 'en')) return null;
  const lastSeq = typeof v.lastSeq === 'number' && Number.isInteger(v.lastSeq) && v.lastSeq >= 0 ? v.lastSeq : 0;
  const outbox = Array.isArray(v.outbox)
    ? v.outbox.filter(
        /** @returns {item is OutboxItem} */
        (item) => !!item && typeof item === 'object' && typeof item.clientId === 'string' && CLIENT_ID.test(item.clientId) && typeof item.text === 'string' && typeof item.at === 'string',
      )
    : [];
  return { v: 1, chatId: v.chatId, token: v.token, language: v.language, lastSeq, outbox: outbox.map((i) => ({ clientId: i.clientId, text: i.text, at: i.at })) };
}

/**
 * How far one of the consumer's own messages has come, as far as the page
 * can tell: still in the outbox (sending, or retrying after a failure),
 * stored, seen by the adviser's workstation, or read by the adviser.
 * @param {ChatMessage} m
 * @param {number} readSeq  The adviser has read the consumer's messages up to here.
 * @param {number} [deliveredSeq]  and their workstation has received them up to here.
 * @returns {'read' | 'delivered' | 'sent'}
 */
export function ownMark(m, readSeq, deliveredSeq = 0) {
  if (m.read || m.seq <= readSeq) return 'read';
  return m.delivered || m.seq <= deliveredSeq ? 'delivered' : 'sent';
}

/**
 * A duration in words: "under a minute", "4 min", "1,5 tim".
 * @param {number} seconds
 * @param {'sv' | 'en'} lang
 */
export function duration(seconds, lang) {
  const w = TEXTS[lang].wait;
  if (seconds < 60) return w.underMinute;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return w.minutes(minutes);
  return w.hours(Math.round(minutes / 6) / 10);
}

/**
 * An estimated wait in words, with the band most waits fall in:
 * "about 4 min (usually between 2 min and 7 min)", "under a minute";
 * no estimate: "no estimate right now".
 * @param {WaitEstimate | null} e
 * @param {'sv' | 'en'} lang
 */
export function describeWait(e, lang) {
  const w = TEXTS[lang].wait;
  if (!e) return w.unknown;
  if (e.high === 0) return w.none;
  if (e.high < 60) return w.underMinute;
  const main = e.seconds < 60 ? w.underMinute : w.about(duration(e.seconds, lang));
  const band = e.low < 60 ? w.atMost(duration(e.high, lang)) : w.between(duration(e.low, lang), duration(e.high, lang));
  return `${main} (${band})`;
}

const ZONE = 'Europe/Stockholm';
/** @param {Date} d */
const dayKey = (d) => new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/**
 * When something opens, in Stockholm time, as people say it: "i dag 13:00",
 * "i morgon 09:00", "måndag 09:00" ("tomorrow at 09:00", "on Monday at
 * 09:00"), or a date further off.
 * @param {string} iso
 * @param {'sv' | 'en'} lang
 * @param {Date} now
 */
export function describeOpening(iso, lang, now) {
  const at = new Date(iso);
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
  const t = TEXTS[lang];
  const sep = lang === 'sv' ? ' ' : ' at ';
  if (dayKey(at) === dayKey(now)) return `${t.today}${sep}${time}`;
  if (dayKey(at) === dayKey(new Date(now.getTime() + 86_400_000))) return `${t.tomorrow}${sep}${time}`;
  const days = (at.getTime() - now.getTime()) / 86_400_000;
  const day = at.toLocaleDateString(locale, days < 6 ? { weekday: 'long', timeZone: ZONE } : { weekday: 'long', day: 'numeric', month: 'long', timeZone: ZONE });
  return lang === 'sv' ? `${day} ${time}` : `on ${day}${sep}${time}`;
}

/**
 * A message's time of day in Stockholm, e.g. "10:42".
 * @param {string} iso
 * @param {'sv' | 'en'} lang
 */
export const clockTime = (iso, lang) => new Date(iso).toLocaleTimeString(lang === 'sv' ? 'sv-SE' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });

/**
 * A message body cut into plain text and web links (http and https only), so
 * the page can make links clickable without ever reading the text as HTML.
 * @param {string} text
 * @returns {Array<{ text: string } | { url: string }>}
 */
export function splitLinks(text) {
  /** @type {Array<{ text: string } | { url: string }>} */
  const parts = [];
  const re = /\bhttps?:\/\/[^\s<>"]+/gi;
  let at = 0;
  for (const m of text.matchAll(re)) {
    let url = m[0];
    // A sentence's closing punctuation is not part of the address.
    const trail = /[.,;:!?)\]'’]+$/.exec(url);
    if (trail) url = url.slice(0, -trail[0].length);
    const start = m.index ?? 0;
    if (start > at) parts.push({ text: text.slice(at, start) });
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') parts.push({ url });
      else parts.push({ text: url });
    } catch {
      parts.push({ text: url });
    }
    at = start + url.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
