// The consumer's callback page (/callback): static files, no login, served
// under the same strict Content-Security-Policy as the chat page (whose
// stylesheet and topic list it shares). It talks only to this backend's
// public callback API and may be framed by the public website.
import type { Domain } from '../domain.js';
import { chatPageCsp } from './chat-page.js';
import { servePageFiles, type PageFiles } from './page-files.js';

const JS = 'text/javascript; charset=utf-8';

/** URL → file in ./callback/. Revalidated on every load, so a page never mixes two versions of its modules. */
export const CALLBACK_PAGE_FILES: PageFiles = {
  '/callback': { file: 'callback.html', type: 'text/html; charset=utf-8' },
  '/callback/callback.css': { file: 'callback.css', type: 'text/css; charset=utf-8' },
  '/callback/callback-page.js': { file: 'callback-page.js', type: JS },
  '/callback/callback-core.js': { file: 'callback-core.js', type: JS },
  '/callback/callback-texts.js': { file: 'callback-texts.js', type: JS },
};

export const callbackPageDomain: Domain = {
  name: 'callback-page',
  schemas: [],
  routes(app, deps) {
    servePageFiles(app, new URL('./callback/', import.meta.url), CALLBACK_PAGE_FILES, chatPageCsp(deps.config.publicOrigins));
  },
};
