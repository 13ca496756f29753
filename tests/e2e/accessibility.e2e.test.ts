// axe-core on the main screens of the workstation — login, the workspace with
// a case open, knowledge search with results and an opened article, the
// partner lookup and the new-case dialog — with no serious or critical
// violation allowed. Each screen is also saved as a screenshot artifact in
// test-results/screenshots/.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { earlierCaseWithPartners, partnerCounter, type EarlierCase } from './support/seeded-data.js';
import { tempDirs } from './support/temp-dirs.js';
import { caseMain, login, openWorkstation, sidePanel, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('a11y');
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

describe('accessibility', () => {
  it('has no serious or critical axe violations on the main screens', async () => {
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'));
    const { page } = desk;
    screenshotOnFailure(() => page, 'accessibility');
    const reports: ScreenReport[] = [];
    const check = async (screen: string) => {
      await screenshot(page, screen);
      reports.push(await axeScreen(page, screen));
    };

    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    await check('login');

    await login(page, 'adviser');
    await workList(page).getByRole('searchbox', { name: 'Sök ärende' }).fill(earlier.reference);
    await workList(page).getByRole('list', { name: 'Sökresultat' }).getByRole('button').filter({ hasText: earlier.reference }).click();
    await waitForText(caseMain(page).getByRole('heading', { level: 1 }), earlier.reference);
    await check('workspace-case');

    const side = sidePanel(page);
    await side.getByRole('searchbox', { name: 'Sök i kunskapsbanken' }).fill('reklamation');
    await side.getByRole('status').filter({ hasText: /träff/ }).waitFor();
    expect(await side.getByRole('list', { name: 'Kunskapsbanken' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await check('knowledge');

    await side.getByRole('list', { name: 'Kunskapsbanken' }).getByRole('button').first().click();
    await side.getByRole('button', { name: 'Tillbaka till sökresultaten' }).waitFor();
    await check('knowledge-article');

    await side.getByRole('tab', { name: 'Samverkande aktörer' }).click();
    if (!earlier.consumerHasMunicipality) await side.getByRole('combobox', { name: 'Kommun' }).selectOption(earlier.municipalityCode);
    await side.getByRole('button', { name: /^Hänvisa till / }).first().waitFor();
    await check('partners');

    await workList(page).getByRole('button', { name: 'Nytt ärende' }).click();
    await page.getByRole('dialog', { name: 'Nytt ärende' }).getByRole('button', { name: 'Skapa ärende' }).waitFor();
    await check('new-case');

    const report = formatReports(reports);
    // Lesser findings do not fail the test but are worth seeing.
    if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
    expect(reports.map((r) => r.screen)).toEqual(['login', 'workspace-case', 'knowledge', 'knowledge-article', 'partners', 'new-case']);
    for (const r of reports) expect(r.passes, `axe checked nothing on ${r.screen}`).toBeGreaterThan(10);
    expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
