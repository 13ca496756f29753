// The article list pages by (title, id): an opaque base64url cursor holding
// the last item's key. A tampered cursor is a 400, not a 500.
import { Problem } from '../http/problem.js';

export interface TitleCursor {
  title: string;
  id: string;
}

export const encodeTitleCursor = (c: TitleCursor): string =>
  Buffer.from(JSON.stringify([c.title, c.id])).toString('base64url');

export function decodeTitleCursor(raw: string): TitleCursor {
  try {
    const v: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') {
      return { title: v[0], id: v[1] };
    }
  } catch {
    // fall through to the problem below
  }
  throw new Problem(400, 'validation_failed', 'The cursor is not valid; start again without one', {
    errors: [{ in: 'querystring', path: '/cursor', message: 'is not a cursor from this API' }],
  });
}
