// The embeddable wait-time widget: its page, script and style are served
// without a login under a strict Content-Security-Policy, and the page holds
// no inline script or style for that policy to have to allow.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../tests/support/test-db.js';
import { createFixture, type Fixture } from '../../../tests/support/app-fixture.js';

const FILES = {
  '/widget/wait-times': 'text/html',
  '/widget/wait-times.js': 'text/javascript',
  '/widget/wait-times-page.js': 'text/javascript',
  '/widget/wait-times.css': 'text/css',
} as const;

describeEachDialect('wait-time widget', (dialect) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(dialect);
  });
  afterAll(() => f.close());
  const get = (url: string) => f.app.inject({ method: 'GET', url });

  it('serves each file without a login, with its type, nosniff and a CSP that allows only its own origin', async () => {
    for (const [url, type] of Object.entries(FILES)) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain(type);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("style-src 'self'");
      expect(csp, url).toContain("connect-src 'self'");
      expect(csp, url).not.toMatch(/unsafe-inline|unsafe-eval|data:/);
      // Only framing is open to any site (that is the widget's purpose); nothing it loads or runs is.
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
      for (const [name, values] of directives) if (name !== 'frame-ancestors') expect(values, `${url} ${name}`).not.toContain('*');
      expect(directives.get('frame-ancestors'), url).toEqual(['*']);
    }
  });

  it('has no inline script, event handler or style in the page, and serves everything it refers to', async () => {
    const html = (await get('/widget/wait-times')).body;
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="[^"]+"/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.sort()).toEqual(['wait-times-page.js', 'wait-times.css']);
    for (const ref of refs) expect((await get(`/widget/${ref}`)).statusCode, ref).toBe(200);
  });

  it('has the page read the wait times from this backend only', async () => {
    const script = (await get('/widget/wait-times-page.js')).body;
    const fetched = [...script.matchAll(/fetch\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(fetched).toEqual(['../v1/public/wait-times']);
    expect(script).not.toMatch(/innerHTML|eval\(|new Function/);
  });

  it('answers unknown widget files with 404', async () => {
    expect((await get('/widget/other.js')).statusCode).toBe(404);
  });
});
