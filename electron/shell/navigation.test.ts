import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  DEFAULT_LINK_DOMAINS,
  createLinkAllowlist,
  externalLinkDecision,
  externalUrlShape,
  isAppUrl,
  mayNavigate,
} from './navigation.js';

describe('isAppUrl / mayNavigate', () => {
  it.each([
    APP_ENTRY_URL,
    'app://desk/',
    'app://desk',
    'app://desk/cases/123?tab=notes#n5',
    'APP://desk/index.html',
  ])('accepts the app itself: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(mayNavigate(url)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a host that is not canonical', 'app://DESK/index.html'],
    ['a trailing dot on the host', 'app://desk./index.html'],
    ['a port', 'app://desk:8080/index.html'],
    ['credentials', 'app://user@desk/index.html'],
    ['the host as userinfo', 'app://desk@evil/index.html'],
    ['no authority', 'app:desk/index.html'],
    ['an empty host', 'app:///desk/index.html'],
    ['https', 'https://hallakonsument.se/'],
    ['http on loopback', 'http://127.0.0.1:8080/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['not a URL', 'index.html'],
    ['empty', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(mayNavigate(url)).toBe(false);
  });

  it('refuses absurdly long URLs', () => {
    expect(isAppUrl(`app://desk/${'a'.repeat(5000)}`)).toBe(false);
  });
});

describe('externalLinkDecision', () => {
  const allowlist = createLinkAllowlist(DEFAULT_LINK_DOMAINS);

  it.each([
    ['https://www.hallakonsument.se/konsumentratt/', 'https://www.hallakonsument.se/konsumentratt/'],
    ['https://hallakonsument.se/', 'https://hallakonsument.se/'],
    ['https://www.arn.se/om-arn/', 'https://www.arn.se/om-arn/'],
    ['HTTPS://WWW.ARN.SE/Om-ARN', 'https://www.arn.se/Om-ARN'],
    ['https://arn.se:443/', 'https://arn.se/'],
    ['https://arn.se./anmal', 'https://arn.se./anmal'],
    ['  https://www.konsumenteuropa.se/?q=1#x\n', 'https://www.konsumenteuropa.se/?q=1#x'],
    ['https://ec.europa.eu/consumers/odr/', 'https://ec.europa.eu/consumers/odr/'],
  ])('opens https links to allowlisted hosts: %s', (raw, canonical) => {
    expect(externalLinkDecision(raw, allowlist)).toEqual({ action: 'open-external', url: canonical });
  });

  it.each([
    ['userinfo that looks like the host', 'https://hallakonsument.se@evil.com/', 'credentials'],
    ['userinfo with an encoded slash', 'https://arn.se%2f@evil.com/', 'credentials'],
    ['a backslash before @', 'https://evil.com\\@arn.se/', 'not-allowlisted'],
    ['credentials on an allowlisted host', 'https://user:pw@arn.se/', 'credentials'],
    ['a look-alike suffix', 'https://evilarn.se/', 'not-allowlisted'],
    ['the allowlisted name as a subdomain', 'https://arn.se.evil.com/', 'not-allowlisted'],
    ['an IDN homograph (Cyrillic a)', 'https://h\u0430llakonsument.se/', 'not-allowlisted'],
    ['a different IDN', 'https://hallåkonsument.se/', 'not-allowlisted'],
    ['a punycode host', 'https://xn--hallkonsument-sfb.se/', 'not-allowlisted'],
    ['two trailing dots', 'https://arn.se../', 'not-allowlisted'],
    ['a non-default port', 'https://arn.se:8443/', 'port'],
    ['http', 'http://www.hallakonsument.se/', 'not-https'],
    ['javascript', 'javascript:alert(document.domain)', 'not-https'],
    ['javascript disguised', ' JaVaScRiPt:alert(1)//https://arn.se/', 'not-https'],
    ['file', 'file:///C:/Windows/System32/calc.exe', 'not-https'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic', 'not-https'],
    ['the app itself', 'app://desk/index.html', 'not-https'],
    ['data', 'data:text/html;base64,PHNjcmlwdD4=', 'not-https'],
    ['an IP address', 'https://192.0.2.1/', 'host'],
    ['a hex IP address', 'https://0xc0.0.2.1/', 'host'],
    ['an IPv6 address', 'https://[::1]/', 'host'],
    ['a single-label host', 'https://localhost/', 'host'],
    ['garbage', 'https://', 'unparsable'],
    ['a relative URL', '/cases/1', 'unparsable'],
  ])('denies %s', (_label, raw, reason) => {
    expect(externalLinkDecision(raw, allowlist)).toEqual({ action: 'deny', reason });
  });

  it('denies everything with an empty allowlist', () => {
    expect(externalLinkDecision('https://www.arn.se/', createLinkAllowlist([]))).toEqual({
      action: 'deny',
      reason: 'not-allowlisted',
    });
  });

  it('is configurable: a municipality added at run time', () => {
    const extended = createLinkAllowlist([...DEFAULT_LINK_DOMAINS, 'orebro.se']);
    expect(externalLinkDecision('https://www.orebro.se/konsumentvagledning', extended).action).toBe('open-external');
    expect(externalLinkDecision('https://www.orebro.se/konsumentvagledning', allowlist).action).toBe('deny');
  });
});

describe('externalUrlShape', () => {
  it('accepts any public https site, canonicalised', () => {
    expect(externalUrlShape('HTTPS://www.Orebro.se/konsumentvagledning')).toEqual({
      action: 'open-external',
      url: 'https://www.orebro.se/konsumentvagledning',
    });
  });

  it.each([
    ['http', 'http://www.orebro.se/', 'not-https'],
    ['javascript', 'javascript:alert(1)', 'not-https'],
    ['file', 'file:///etc/passwd', 'not-https'],
    ['userinfo', 'https://orebro.se@evil.com/', 'credentials'],
    ['a port', 'https://www.orebro.se:8080/', 'port'],
    ['an IP address', 'https://10.0.0.1/', 'host'],
    ['loopback', 'https://127.0.0.1/', 'host'],
    ['localhost', 'https://localhost/', 'host'],
    ['not a URL', 'www.orebro.se', 'unparsable'],
  ])('still refuses %s', (_label, raw, reason) => {
    expect(externalUrlShape(raw)).toEqual({ action: 'deny', reason });
  });
});

describe('createLinkAllowlist', () => {
  it('normalises case, a trailing dot, duplicates and IDN entries', () => {
    expect(createLinkAllowlist(['ARN.se', 'arn.se.', ' arn.se ', 'elsäkerhetsverket.se']).domains).toEqual([
      'arn.se',
      'xn--elskerhetsverket-xnb.se',
    ]);
  });

  it('matches an IDN entry against the browser-encoded host', () => {
    const list = createLinkAllowlist(['elsäkerhetsverket.se']);
    expect(externalLinkDecision('https://www.elsäkerhetsverket.se/', list)).toEqual({
      action: 'open-external',
      url: 'https://www.xn--elskerhetsverket-xnb.se/',
    });
  });

  it.each([
    ['a top-level domain', 'se'],
    ['a wildcard', '*.se'],
    ['a leading dot', '.se'],
    ['a scheme', 'https://arn.se'],
    ['a path', 'arn.se/x'],
    ['a port', 'arn.se:443'],
    ['userinfo', 'me@arn.se'],
    ['an IPv4 address', '192.0.2.1'],
    ['an IPv6 address', '[::1]'],
    ['empty', ''],
    ['an underscore', 'a_b.se'],
  ])('refuses %s', (_label, entry) => {
    expect(() => createLinkAllowlist([entry])).toThrow(/Not a domain/);
  });
});
