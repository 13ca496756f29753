// The consumer's chat page (/chat) and the website's chat button
// (/widget/chat.js): static files, no login, served under a strict
// Content-Security-Policy. The page talks only to this backend (its public
// chat API and live feed) and may be framed by the public website.
import type { Domain } from '../domain.js';
import { servePageFiles, type PageFiles } from './page-files.js';

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL → file in ./chat/. The page's own files revalidate on every load, so a page never mixes two versions of its modules. */
export const CHAT_PAGE_FILES: PageFiles = {
  '/chat': { file: 'chat.html', type: HTML },
  '/chat/chat.css': { file: 'chat.css', type: CSS },
  '/chat/chat-page.js': { file: 'chat-page.js', type: JS },
  '/chat/chat-client.js': { file: 'chat-client.js', type: JS },
  '/chat/chat-core.js': { file: 'chat-core.js', type: JS },
  '/chat/chat-texts.js': { file: 'chat-texts.js', type: JS },
  '/widget/chat.js': { file: 'embed.js', type: JS },
};

/**
 * Scripts, styles and connections (HTTP and the WebSocket) from this origin
 * only; framing by the sites in PUBLIC_ORIGINS (any site when it is "*").
 */
export function chatPageCsp(publicOrigins: readonly string[]): string {
  const ancestors = publicOrigins.includes('*') ? '*' : ["'self'", ...publicOrigins].join(' ');
  return `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${ancestors}`;
}

export const chatPageDomain: Domain = {
  name: 'chat-page',
  schemas: [],
  routes(app, deps) {
    // The button's script is on every page of the website: cached like the wait-time widget.
    const caching = (url: string) => (url.startsWith('/widget/') ? 'public, max-age=300' : 'no-cache');
    servePageFiles(app, new URL('./chat/', import.meta.url), CHAT_PAGE_FILES, chatPageCsp(deps.config.publicOrigins), caching);
  },
};
