// Maps an app://desk/<path> request to a file of the built renderer.
//
// This is the only door from the renderer to the disk, so every request is
// checked twice: the decoded path must be a plain relative path (no `..`,
// no backslash, no drive letter, no control character), and the real path of
// the file, symlinks resolved, must still lie inside the real renderer root.
// Paths without an extension that match no file are client-side routes of
// the single-page app and get index.html.
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { parseAppUrl } from './navigation.js';

export type AppRequestResolution =
  | { kind: 'file'; path: string; contentType: string }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; reason: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // Ring and notification tones for the softphone.
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Unknown types are served as opaque bytes; with nosniff the renderer will not execute them. */
export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Control characters (NUL included), backslash (a separator on Windows and
// for Chromium's standard schemes) and colon (drive letters, NTFS streams).
function hasForbiddenCharacter(segment: string): boolean {
  for (const char of segment) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\' || char === ':') return true;
  }
  return false;
}

/**
 * The path segments of an app URL's pathname, decoded and vetted, or a
 * reason to refuse. Segments are checked AFTER percent-decoding, because the
 * URL parser resolves a literal or `%2e%2e` dot-segment but not `..%2f`.
 */
export function appPathSegments(pathname: string): { ok: true; segments: string[] } | { ok: false; reason: string } {
  const raw = pathname.startsWith('/') ? pathname.slice(1) : pathname;
  if (raw === '') return { ok: true, segments: [] };
  const encodedSegments = raw.split('/');
  const segments: string[] = [];
  for (const [index, encoded] of encodedSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    const last = index === encodedSegments.length - 1;
    // A trailing slash (an empty last segment) is harmless; an empty segment
    // inside the path (`a//b`) never comes from the app's own links.
    if (segment === '' && last) continue;
    if (segment === '') return { ok: false, reason: 'empty path segment' };
    if (segment === '.' || segment === '..') return { ok: false, reason: 'dot segment' };
    if (segment.includes('/')) return { ok: false, reason: 'encoded slash' };
    if (hasForbiddenCharacter(segment)) return { ok: false, reason: 'forbidden character' };
    segments.push(segment);
  }
  return { ok: true, segments };
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function realFile(path: string): Promise<{ real: string; isFile: boolean } | null> {
  try {
    const real = await realpath(path);
    const info = await stat(real);
    return { real, isFile: info.isFile() };
  } catch {
    return null;
  }
}

/**
 * Resolves a request URL against the renderer's build directory.
 * `rootDir` must be absolute.
 */
export async function resolveAppRequest(requestUrl: string, rootDir: string): Promise<AppRequestResolution> {
  if (!isAbsolute(rootDir)) throw new Error(`The renderer root must be an absolute path: ${rootDir}`);
  const url = parseAppUrl(requestUrl);
  if (!url) return { kind: 'forbidden', reason: 'not an app URL' };
  const vetted = appPathSegments(url.pathname);
  if (!vetted.ok) return { kind: 'forbidden', reason: vetted.reason };

  let realRoot: string;
  try {
    realRoot = await realpath(rootDir);
  } catch {
    return { kind: 'not-found' };
  }

  const candidate = join(realRoot, ...vetted.segments);
  // Cannot fail after the segment checks; kept so that a future change to
  // them cannot silently open the rest of the disk.
  if (!isInside(realRoot, candidate)) return { kind: 'forbidden', reason: 'outside the renderer root' };

  const found = await realFile(candidate);
  if (found) {
    if (!isInside(realRoot, found.real)) return { kind: 'forbidden', reason: 'symlink leaves the renderer root' };
    if (found.isFile) return { kind: 'file', path: found.real, contentType: contentTypeOf(found.real) };
  }

  const last = vetted.segments.at(-1);
  const isRoute = last === undefined || extname(last) === '';
  if (!isRoute) return { kind: 'not-found' };

  const index = await realFile(join(realRoot, 'index.html'));
  if (!index || !index.isFile || !isInside(realRoot, index.real)) return { kind: 'not-found' };
  return { kind: 'file', path: index.real, contentType: contentTypeOf(index.real) };
}
