// Keyboard first: the main journey's steps without the mouse — sign in, find
// a case (Ctrl+F, Tab, Enter), jump to the knowledge search (Ctrl+K and "/"),
// open and dismiss dialogs (Alt+N, F1, Escape), save a note with Ctrl+Enter
// and close the case (Alt+Shift+C).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshotOnFailure } from './support/screenshots.js';
import { earlierCaseWithPartners, partnerCounter, type EarlierCase } from './support/seeded-data.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { caseMain, isSettled, openWorkstation, sidePanel, waitForStatus, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('keyboard');
let backend: E2eBackend;
let browser: Browser;
let desk: Workstation | null = null;
let earlier: EarlierCase;

beforeAll(async () => {
  await ensureRendererBuilt();
  backend = await startBackend(dirs.make('backend'));
  browser = await launchChromium();
  earlier = await earlierCaseWithPartners(backend.deps(), partnerCounter(backend.url, await backend.tokenFor('adviser')));
}, 120_000);

afterAll(async () => {
  await desk?.close();
  await browser?.close();
  await backend?.stop();
  dirs.removeAll();
}, 60_000);

const isFocused = (locator: Locator) => locator.evaluate((el) => el === el.ownerDocument.activeElement, undefined, { timeout: 2_000 });

function waitForFocus(locator: Locator, what: string): Promise<true> {
  return waitFor(`focus on ${what}`, () => isFocused(locator), { timeoutMs: 5_000 });
}

/** Presses Tab until `target` has focus (at most `max` times): reachable by keyboard, in tab order. */
async function tabTo(page: Page, target: Locator, what: string, max = 8): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  await waitForFocus(target, what);
}

describe('keyboard', () => {
  it('runs the main steps from the keyboard', async () => {
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'));
    const { page } = desk;
    screenshotOnFailure(() => page, 'keyboard');

    // Sign in: the user name field has focus; Tab to the password, Enter submits.
    await waitForFocus(page.getByRole('textbox', { name: 'Användarnamn' }), 'the user name');
    await page.keyboard.type('adviser');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-adviser');
    await page.keyboard.press('Enter');
    await waitForStatus(page, 'first sync done', isSettled, { timeoutMs: 60_000 });

    // Ctrl+F: case search; Tab to the hit, Enter opens it.
    const caseSearch = workList(page).getByRole('searchbox', { name: 'Sök ärende' });
    await page.keyboard.press('Control+f');
    await waitForFocus(caseSearch, 'the case search');
    await page.keyboard.type(earlier.reference);
    const hit = workList(page).getByRole('list', { name: 'Sökresultat' }).getByRole('button').filter({ hasText: earlier.reference });
    await hit.waitFor();
    await tabTo(page, hit, 'the search hit');
    await page.keyboard.press('Enter');
    const main = caseMain(page);
    await waitForText(main.getByRole('heading', { level: 1 }), earlier.reference);

    // "/" (outside text fields) and Ctrl+K (anywhere) go to the knowledge search.
    const knowledgeSearch = sidePanel(page).getByRole('searchbox', { name: 'Sök i kunskapsbanken' });
    await page.keyboard.press('/');
    await waitForFocus(knowledgeSearch, 'the knowledge search after "/"');
    expect(await knowledgeSearch.inputValue()).toBe('');
    await page.keyboard.press('Control+f');
    await waitForFocus(caseSearch, 'the case search again');
    await page.keyboard.press('Control+k');
    await waitForFocus(knowledgeSearch, 'the knowledge search after Ctrl+K');

    // Alt+N opens "Nytt ärende" with focus inside; Escape closes it and focus returns.
    await page.keyboard.press('Alt+n');
    const newCase = page.getByRole('dialog', { name: 'Nytt ärende' });
    await waitForFocus(newCase.getByRole('combobox', { name: 'Kanal' }), 'the first field of the new-case dialog');
    await page.keyboard.press('Escape');
    await newCase.waitFor({ state: 'detached' });
    await waitForFocus(knowledgeSearch, 'the knowledge search after the dialog closed');

    // F1 lists the shortcuts (also from a text field, where "?" is typing); Escape closes.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Kortkommandon' });
    await waitForText(help, 'Ctrl+K');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // A note saved with Ctrl+Enter in the note box.
    const noteBox = main.getByRole('textbox', { name: 'Ny anteckning' });
    await tabTo(page, noteBox, 'the note box', 20);
    const body = `Sparad med tangentbordet ${Date.now()}`;
    await page.keyboard.type(body);
    await page.keyboard.press('Control+Enter');
    await main.getByRole('listitem').filter({ hasText: body }).waitFor();
    expect(await noteBox.inputValue()).toBe('');

    // Alt+Shift+C: close the case; Space picks the focused outcome, Tab reaches the confirm button.
    await page.keyboard.press('Alt+Shift+C');
    const closing = page.getByRole('dialog', { name: `Avsluta ärende ${earlier.reference}` });
    const answered = closing.getByRole('radio', { name: 'Besvarad' });
    await waitForFocus(answered, 'the first outcome');
    await page.keyboard.press('Space');
    expect(await answered.isChecked()).toBe(true);
    await tabTo(page, closing.getByRole('button', { name: 'Bekräfta avslut' }), 'the confirm button');
    await page.keyboard.press('Enter');
    await closing.waitFor({ state: 'detached' });
    await waitForText(main.locator('.case-header'), 'Avslutad');

    await waitForStatus(page, 'all changes pushed', isSettled, { timeoutMs: 30_000 });
    const row = await backend.deps().db.kysely.selectFrom('cases').select(['status', 'outcome']).where('id', '=', earlier.caseId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'closed', outcome: 'answered' });
    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
