import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender.js';

describe('isTrustedSender', () => {
  it('trusts the app page in a top frame, on any route', () => {
    expect(isTrustedSender('app://desk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://desk/cases/42?tab=notes', true)).toBe(true);
  });

  it('never trusts a subframe, even one showing the app', () => {
    expect(isTrustedSender('app://desk/index.html', false)).toBe(false);
  });

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['the allowlisted public site', 'https://www.hallakonsument.se/'],
    ['a dev server', 'http://localhost:5173/'],
    ['a local file', 'file:///tmp/index.html'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,hi'],
    ['another app host', 'app://other/index.html'],
    ['an empty URL (frame still loading)', ''],
    ['a destroyed frame', null],
    ['no frame at all', undefined],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });
});
