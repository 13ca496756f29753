// Where the app's windows may go, and which links may leave the app.
//
// The renderer is served from ONE origin, app://desk. Nothing else is ever
// loaded in a window: a navigation elsewhere (a link without a handler, a
// redirect, a compromised script) would give a foreign page the preload
// bridge. Links to the outside world open in the system browser, and only
// when they are https to a host the service trusts.
//
// All parsing goes through the WHATWG URL parser (the same rules Chromium
// uses), never through string matching on the raw URL: that is what defeats
// `https://hallakonsument.se@evil.com`, backslash and whitespace tricks.

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads first. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longer URLs are refused outright: no real link is this long, and it bounds the work. */
const MAX_URL_LENGTH = 4096;

function parse(raw: string): URL | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The parsed URL when `raw` is exactly on app://desk — no other host, no
 * port, no credentials — otherwise null. The host must already be in its
 * canonical (lower-case) form, which is how Chromium hands it to us.
 */
export function parseAppUrl(raw: string): URL | null {
  const url = parse(raw);
  if (!url) return null;
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  if (url.hostname !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

export function isAppUrl(raw: string): boolean {
  return parseAppUrl(raw) !== null;
}

/** A window (or frame) may only ever show the app itself. */
export function mayNavigate(raw: string): boolean {
  return isAppUrl(raw);
}

/**
 * Hosts whose https pages may open in the system browser. An entry allows
 * the host itself and its subdomains (`arn.se` allows `www.arn.se`): whoever
 * holds a domain holds its subdomains, and the service's partners publish
 * links both with and without `www.`.
 */
export interface LinkAllowlist {
  readonly domains: readonly string[];
}

/**
 * The agency, the disputes board, ECC Sweden, the consumer bureaus and the
 * authorities that contribute to the service (see shared/DOMAIN.md).
 * Municipal partners are added at run time from their contact cards; see
 * `createLinkAllowlist`.
 */
export const DEFAULT_LINK_DOMAINS: readonly string[] = [
  'hallakonsument.se',
  'konsumentverket.se',
  'arn.se',
  'konsumenteuropa.se',
  'konsumenternas.se',
  'energimarknadsbyran.se',
  'telekomradgivarna.se',
  'fi.se',
  'pensionsmyndigheten.se',
  'polisen.se',
  'naturvardsverket.se',
  'kemi.se',
  'kronofogden.se',
  'spelinspektionen.se',
  'ei.se',
  'pts.se',
  'transportstyrelsen.se',
  'livsmedelsverket.se',
  'boverket.se',
  'elsakerhetsverket.se',
  'energimyndigheten.se',
  'europa.eu',
];

/**
 * Normalises allowlist entries (lower case, punycode, no trailing dot) and
 * refuses entries that would allow far too much: a bare top-level domain
 * (`se`), an IP address, or anything with a scheme, port, path or wildcard.
 */
export function createLinkAllowlist(domains: Iterable<string>): LinkAllowlist {
  const normalised = new Set<string>();
  for (const entry of domains) {
    const domain = normaliseDomainEntry(entry);
    if (domain === null) throw new Error(`Not a domain that can be allowlisted: ${JSON.stringify(entry)}`);
    normalised.add(domain);
  }
  return { domains: [...normalised] };
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function normaliseDomainEntry(entry: string): string | null {
  const trimmed = entry.trim();
  if (trimmed === '' || /[/:@*?#\\\s]/.test(trimmed)) return null;
  const url = parse(`https://${trimmed}/`);
  if (!url) return null;
  const host = stripOneTrailingDot(url.hostname);
  if (isIpAddress(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  return host;
}

function stripOneTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

function isIpAddress(host: string): boolean {
  // The URL parser has already turned every IPv4 spelling (hex, octal,
  // shortened) into dotted decimal, and IPv6 literals keep their brackets.
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

export type ExternalLinkDecision =
  | { action: 'open-external'; url: string }
  | { action: 'deny'; reason: 'unparsable' | 'not-https' | 'credentials' | 'port' | 'host' | 'not-allowlisted' };

/**
 * Whether a link the renderer wants to open may go to the system browser.
 * On `open-external` the URL to hand over is the parser's canonical form,
 * never the raw string that was checked.
 */
export function externalLinkDecision(raw: string, allowlist: LinkAllowlist): ExternalLinkDecision {
  const shape = externalUrlShape(raw);
  if (shape.action === 'deny') return shape;
  const host = stripOneTrailingDot(new URL(shape.url).hostname);
  if (!allowlist.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    return { action: 'deny', reason: 'not-allowlisted' };
  }
  return shape;
}

/**
 * Everything `externalLinkDecision` checks except the allowlist: https, no
 * credentials, the default port, a public domain name (not an IP address,
 * not a single label like `localhost`). For a caller that has vetted the host
 * itself against data this process does not have (the desk core knows the
 * partners' websites); never a replacement for the allowlist.
 */
export function externalUrlShape(raw: string): ExternalLinkDecision {
  const url = parse(raw);
  if (!url) return { action: 'deny', reason: 'unparsable' };
  if (url.protocol !== 'https:') return { action: 'deny', reason: 'not-https' };
  // Credentials in a link are a phishing device and never needed for a public page.
  if (url.username !== '' || url.password !== '') return { action: 'deny', reason: 'credentials' };
  // The parser drops :443; any other port is not the public website.
  if (url.port !== '') return { action: 'deny', reason: 'port' };
  const host = stripOneTrailingDot(url.hostname);
  if (host === '' || isIpAddress(host) || !host.includes('.')) return { action: 'deny', reason: 'host' };
  return { action: 'open-external', url: url.href };
}
