import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPathSegments, contentTypeOf, resolveAppRequest } from './protocol-path.js';

// A real renderer build on disk, with a secret beside it and symlinks
// pointing in and out of it.
let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'desk-protocol-')));
  root = join(base, 'dist');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'index-AbC123.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index-AbC123.css'), 'body{}');
  await writeFile(join(root, 'assets', 'inter.woff2'), 'font');
  await writeFile(join(root, 'assets', 'data.bin'), 'bytes');
  await writeFile(join(root, 'assets', 'with space.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), 'token');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  await symlink(base, join(root, 'up'));
  await symlink(join(root, 'assets', 'index-AbC123.css'), join(root, 'alias.css'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppRequest', () => {
  it('serves files of the build with their content type', async () => {
    expect(await resolveAppRequest('app://desk/assets/index-AbC123.js', root)).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-AbC123.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(await resolveAppRequest('app://desk/assets/index-AbC123.css?v=1#x', root)).toMatchObject({
      kind: 'file',
      contentType: 'text/css; charset=utf-8',
    });
    expect(await resolveAppRequest('app://desk/assets/with%20space.svg', root)).toMatchObject({
      kind: 'file',
      path: join(root, 'assets', 'with space.svg'),
      contentType: 'image/svg+xml',
    });
  });

  it('serves index.html for the root and for client-side routes', async () => {
    const index = { kind: 'file', path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' };
    expect(await resolveAppRequest('app://desk/', root)).toEqual(index);
    expect(await resolveAppRequest('app://desk', root)).toEqual(index);
    expect(await resolveAppRequest('app://desk/index.html', root)).toEqual(index);
    expect(await resolveAppRequest('app://desk/cases/0f3a/notes', root)).toEqual(index);
    expect(await resolveAppRequest('app://desk/knowledge/', root)).toEqual(index);
    // A directory is not a file: it is a route too.
    expect(await resolveAppRequest('app://desk/assets', root)).toEqual(index);
  });

  it('answers not-found for a missing file with an extension', async () => {
    expect(await resolveAppRequest('app://desk/assets/missing.js', root)).toEqual({ kind: 'not-found' });
    expect(await resolveAppRequest('app://desk/favicon.ico', root)).toEqual({ kind: 'not-found' });
  });

  it('follows a symlink that stays inside the build', async () => {
    expect(await resolveAppRequest('app://desk/alias.css', root)).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-AbC123.css'),
      contentType: 'text/css; charset=utf-8',
    });
  });

  it.each([
    ['a symlinked file pointing outside', 'app://desk/assets/escape.txt'],
    ['a symlinked directory pointing outside', 'app://desk/up/secret.txt'],
  ])('refuses %s', async (_label, url) => {
    expect(await resolveAppRequest(url, root)).toEqual({ kind: 'forbidden', reason: 'symlink leaves the renderer root' });
  });

  it.each([
    ['an encoded slash with dots', 'app://desk/..%2fsecret.txt', 'encoded slash'],
    ['an encoded slash inside a name', 'app://desk/assets%2f..%2f..%2fsecret.txt', 'encoded slash'],
    ['encoded dots and slash', 'app://desk/%2e%2e%2fsecret.txt', 'encoded slash'],
    ['a backslash', 'app://desk/assets\\..\\..\\secret.txt', 'forbidden character'],
    ['an encoded backslash', 'app://desk/..%5csecret.txt', 'forbidden character'],
    ['a NUL byte', 'app://desk/index.html%00.js', 'forbidden character'],
    ['a newline', 'app://desk/index%0a.html', 'forbidden character'],
    ['a drive letter', 'app://desk/C:/Windows/win.ini', 'forbidden character'],
    ['an NTFS stream', 'app://desk/index.html::$DATA', 'forbidden character'],
    ['an absolute path', 'app://desk//etc/passwd', 'empty path segment'],
    ['malformed percent-encoding', 'app://desk/%E0%A4%A', 'malformed percent-encoding'],
  ])('refuses %s', async (_label, url, reason) => {
    expect(await resolveAppRequest(url, root)).toEqual({ kind: 'forbidden', reason });
  });

  it('decodes only once: double-encoded dots are a literal (missing) name', async () => {
    // `%252e%252e` becomes the directory name "%2e%2e", looked up inside the root.
    expect(await resolveAppRequest('app://desk/%252e%252e/secret.txt', root)).toEqual({ kind: 'not-found' });
  });

  it('never lets the URL parser resolve dots out of the root', async () => {
    // The parser folds these to /secret.txt, which is then looked up INSIDE the root.
    expect(await resolveAppRequest('app://desk/../secret.txt', root)).toEqual({ kind: 'not-found' });
    expect(await resolveAppRequest('app://desk/assets/%2e%2e/%2e%2e/secret.txt', root)).toEqual({ kind: 'not-found' });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://desk:1/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://desk/index.html'],
  ])('refuses %s', async (_label, url) => {
    expect(await resolveAppRequest(url, root)).toEqual({ kind: 'forbidden', reason: 'not an app URL' });
  });

  it('answers not-found when the build is missing', async () => {
    expect(await resolveAppRequest('app://desk/', join(base, 'no-such-dist'))).toEqual({ kind: 'not-found' });
  });

  it('insists on an absolute root', async () => {
    await expect(resolveAppRequest('app://desk/', 'dist')).rejects.toThrow(/absolute/);
  });
});

describe('appPathSegments', () => {
  it('decodes each segment', () => {
    expect(appPathSegments('/assets/with%20space.svg')).toEqual({ ok: true, segments: ['assets', 'with space.svg'] });
    expect(appPathSegments('/')).toEqual({ ok: true, segments: [] });
    expect(appPathSegments('/a/b/')).toEqual({ ok: true, segments: ['a', 'b'] });
    expect(appPathSegments('/%C3%A5%C3%A4%C3%B6.png')).toEqual({ ok: true, segments: ['åäö.png'] });
  });

  it.each(['/./index.html', '/a/../b', '/%2e/x', '/a/%2E%2E/b'])('refuses dot segments after decoding: %s', (pathname) => {
    expect(appPathSegments(pathname)).toEqual({ ok: false, reason: 'dot segment' });
  });
});

describe('contentTypeOf', () => {
  it('knows the renderer build types and is case-blind', () => {
    expect(contentTypeOf('a.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('inter.woff2')).toBe('font/woff2');
    expect(contentTypeOf('ring.ogg')).toBe('audio/ogg');
  });

  it('serves anything else as opaque bytes', () => {
    expect(contentTypeOf('data.bin')).toBe('application/octet-stream');
    expect(contentTypeOf('Makefile')).toBe('application/octet-stream');
  });
});
