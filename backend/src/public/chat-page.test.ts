// The consumer's chat page and the website's chat button: served without a
// login under a strict Content-Security-Policy, with nothing inline for that
// policy to have to allow, every module the page imports served, the page
// talking to this backend's public API only, and nothing that reads text as
// HTML. Static files: one dialect is enough.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';
import { CHAT_PAGE_FILES, chatPageCsp } from './chat-page.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };

describe('chat page', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture('sqlite');
  });
  afterAll(() => f.close());
  const get = (url: string, headers: Record<string, string> = {}) => f.app.inject({ method: 'GET', url, headers });

  it('serves each file without a login, with its type, nosniff, no referrer and a CSP that allows only its own origin', async () => {
    for (const [url, { file }] of Object.entries(CHAT_PAGE_FILES)) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain(TYPES[file.slice(file.lastIndexOf('.'))]);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval|data:|blob:/);
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      expect(directives.get('default-src'), url).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src', 'connect-src']) expect(directives.get(name), `${url} ${name}`).toEqual(["'self'"]);
      expect(directives.get('form-action'), url).toEqual(["'none'"]);
      // Only framing is open (PUBLIC_ORIGINS defaults to any site); nothing the page loads or runs is.
      for (const [name, values] of directives) if (name !== 'frame-ancestors') expect(values, `${url} ${name}`).not.toContain('*');
    }
  });

  it('lets only the sites in PUBLIC_ORIGINS frame the page when they are named', () => {
    expect(chatPageCsp(['*'])).toContain('frame-ancestors *');
    expect(chatPageCsp(['https://www.hallakonsument.se', 'https://test.hallakonsument.se'])).toContain("frame-ancestors 'self' https://www.hallakonsument.se https://test.hallakonsument.se");
  });

  it('has no inline script, event handler or style in the page, and serves everything it refers to', async () => {
    const html = (await get('/chat')).body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\btype="module"/);
      expect(attrs).toMatch(/\bsrc="[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.sort()).toEqual(['chat/chat-page.js', 'chat/chat.css']);
    for (const ref of refs) expect((await get(`/${ref}`)).statusCode, ref).toBe(200);
  });

  it('serves every module the page imports, and each file it serves is in the source tree', async () => {
    for (const [url, { file }] of Object.entries(CHAT_PAGE_FILES)) {
      expect(fs.existsSync(new URL(`./chat/${file}`, import.meta.url)), file).toBe(true);
      if (!url.startsWith('/chat/') || !file.endsWith('.js')) continue;
      const source = (await get(url)).body;
      for (const [, spec] of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
        expect(spec, `${url} imports ${spec}`).toMatch(/^\.\/[a-z-]+\.js$/);
        expect((await get(`/chat/${spec!.slice(2)}`)).statusCode, `${url} imports ${spec}`).toBe(200);
      }
    }
  });

  it('has the page talk to this backend\'s public API only, and never read text as HTML', async () => {
    const sources = await Promise.all(
      Object.keys(CHAT_PAGE_FILES).filter((u) => u.endsWith('.js')).map(async (url) => ({ url, body: (await get(url)).body })),
    );
    for (const { url, body } of sources) {
      expect(body, url).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function|setAttribute\(\s*'style'/);
      for (const [, path] of body.matchAll(/'(v1\/[^'`]*)/g)) expect(path, url).toMatch(/^v1\/public\//);
      // No other host in any string (comments aside): the service's own website (links for the consumer) at most.
      expect(body.replace(/^\s*\/\/.*$/gm, ''), url).not.toMatch(/['"`](?:https?|wss?):\/\/(?!www\.hallakonsument\.se\/)/);
    }
  });

  it('answers a request for an unchanged file with 304', async () => {
    const first = await get('/chat/chat-client.js');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await get('/chat/chat-client.js', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/widget/chat.js')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('answers unknown chat files with 404', async () => {
    for (const url of ['/chat/other.js', '/chat/chat-core.test.ts', '/chat/embed.js', '/widget/chat-page.js']) expect((await get(url)).statusCode, url).toBe(404);
  });
});
