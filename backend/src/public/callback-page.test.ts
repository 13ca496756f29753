// The consumer's callback page: served without a login under the chat page's
// strict Content-Security-Policy, nothing inline for the policy to allow,
// every file it refers to and every module it imports served. Static files:
// one dialect is enough.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { CALLBACK_PAGE_FILES } from './callback-page.js';
import { chatPageCsp } from './chat-page.js';

describe('callback page', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(() => f.close());
  const get = (url: string) => f.app.inject({ method: 'GET', url });

  it('serves each file without a login, nosniff, no referrer, under the chat page\'s CSP', async () => {
    for (const url of Object.keys(CALLBACK_PAGE_FILES)) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['content-security-policy'], url).toBe(chatPageCsp(['*']));
    }
  });

  it('has no inline script, handler or style, and every file and module it refers to is served', async () => {
    const html = (await get('/callback')).body;
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![2]!.trim()).toBe('');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.sort()).toEqual(['callback/callback-page.js', 'callback/callback.css', 'chat/chat.css']);
    for (const ref of refs) expect((await get(`/${ref}`)).statusCode, ref).toBe(200);
    // The modules the page script imports, resolved as a browser would from /callback/callback-page.js.
    for (const file of ['callback-page.js', 'callback-core.js']) {
      const body = (await get(`/callback/${file}`)).body;
      for (const [, spec] of body.matchAll(/^import .* from '([^']+)';$/gm)) {
        const url = new URL(spec!, 'http://x/callback/callback-page.js').pathname;
        expect((await get(url)).statusCode, url).toBe(200);
      }
    }
  });

  it('never reads text as HTML', async () => {
    for (const url of Object.keys(CALLBACK_PAGE_FILES).filter((u) => u.endsWith('.js'))) {
      expect((await get(url)).body, url).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
