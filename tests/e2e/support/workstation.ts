// One adviser workstation in browser mode: the real host (electron/host.ts,
// the same desk core and handler table as Electron) with its own cache
// directory, and a browser page on it. Helpers find controls by their
// accessible names, as an adviser with a screen reader would.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { runHost } from '../../../electron/host.js';
import { waitFor, type WaitOptions } from './wait-for.js';

export interface Workstation {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a test ends by asserting there were none. */
  pageErrors: string[];
  /** Errors the page logged to its console (Chromium reports CSP violations there), from the first load on. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** `env`: more of the host's environment, e.g. HALLA_SIP_ORIGINS for a softphone test. */
export async function openWorkstation(browser: Browser, serverUrl: string, cacheDir: string, env: Record<string, string> = {}): Promise<Workstation> {
  const host = await runHost({ ...env, HALLA_SERVER_URL: serverUrl, DESK_DATA_DIR: cacheDir, DESK_PORT: '0' });
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    // Locator actions (click, fill) auto-wait up to this long.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(host.url);
    const ctx = context;
    return {
      url: host.url,
      context: ctx,
      page,
      pageErrors,
      consoleErrors,
      async close() {
        await ctx.close();
        await host.close();
      },
    };
  } catch (err) {
    await context?.close();
    await host.close();
    throw err;
  }
}

export const syncStatus = (page: Page): Locator => page.getByRole('status', { name: 'Synkstatus' });

/** The status line as shown (innerText keeps the parts apart: "Online 0 ändringar väntar Senast synkad 11:32"). */
export async function statusText(page: Page): Promise<string> {
  return (await syncStatus(page).innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').trim();
}

/** "N ändringar väntar" / "1 ändring väntar" as a number, or null when the line has no count. */
export function pendingCount(text: string): number | null {
  const m = /(?:^| )(\d+) ändring(?:ar)? väntar/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Waits until the sync status line satisfies `test`; returns the text it saw. */
export function waitForStatus(page: Page, what: string, test: (text: string) => boolean, opts?: WaitOptions): Promise<string> {
  return waitFor(
    `sync status: ${what}`,
    async () => {
      const text = await statusText(page);
      if (!test(text)) throw new Error(`status was "${text}"`);
      return text;
    },
    opts,
  );
}

/** Online, nothing pending, and a finished sync (not "Synkar…", not "Inte synkad ännu"). */
export const isSettled = (text: string): boolean => text.startsWith('Online ') && pendingCount(text) === 0 && text.includes('Senast synkad');

export async function login(page: Page, username: string, password = `demo-${username}`): Promise<void> {
  await page.getByRole('textbox', { name: 'Användarnamn' }).fill(username);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('navigation', { name: 'Arbetslista' }).waitFor();
  // The first sync pulls the reference data and the cases in scope.
  await waitForStatus(page, 'first sync done', isSettled, { timeoutMs: 60_000 });
}

/** Waits until an element's text (whitespace collapsed) contains `expected`. */
export function waitForText(locator: Locator, expected: string, opts?: WaitOptions): Promise<string> {
  return waitFor(
    `text "${expected}"`,
    async () => {
      const text = ((await locator.textContent({ timeout: 2_000 })) ?? '').replace(/\s+/g, ' ');
      if (!text.includes(expected)) throw new Error(`text was "${text.slice(0, 300)}"`);
      return text;
    },
    opts,
  );
}

export const caseMain = (page: Page): Locator => page.getByRole('main', { name: 'Ärende' });
export const workList = (page: Page): Locator => page.getByRole('navigation', { name: 'Arbetslista' });
export const sidePanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Stöd' });

/** Types into the note box and saves with the button; waits until the note shows in the timeline. */
export async function addNote(page: Page, body: string): Promise<void> {
  const main = caseMain(page);
  await main.getByRole('textbox', { name: 'Ny anteckning' }).fill(body);
  await main.getByRole('button', { name: 'Lägg till anteckning' }).click();
  await main.getByRole('listitem').filter({ hasText: body }).waitFor();
}
