// The team lead's wallboard, end to end: a backend whose clock reads as a
// weekday morning within opening hours, two and a half hours of traffic
// played through the API (so the charts and today's figures have something
// to show), then a team lead's browser-mode workstation. The lead opens the
// wallboard with its shortcut; an adviser goes ready and a contact arrives,
// and the wallboard shows them within a couple of seconds of the server's
// statistics round; the lead sets the adviser not ready and moves them
// between channels from the wallboard (a stale profile gets the conflict
// message); the charts' text alternative holds the server's numbers; axe
// finds nothing serious; wall mode enlarges; the page logs no CSP violation;
// and when the server goes away the wallboard says its figures are old.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { E2E_SEED_CASES, startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { lastOpenDay, OfficeClock } from './support/office-clock.js';
import { apiCaller, playMorning, type Agent } from './support/queue-traffic.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { login, openWorkstation, waitForText, type Workstation } from './support/workstation.js';

const dirs = tempDirs('wallboard');
// 09:00 on the latest weekday whose phone hours cover the simulated morning and the test after it.
const clock = new OfficeClock(lastOpenDay(new Date(), '09:00', '12:30'));
const TRAFFIC_MINUTES = 150;
let backend: E2eBackend;
let browser: Browser;
let lead: Workstation | null = null;

beforeAll(async () => {
  await ensureRendererBuilt();
  backend = await startBackend(dirs.make('backend'), E2E_SEED_CASES, { clock });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await lead?.close();
  await browser?.close();
  await backend?.stop();
  dirs.removeAll();
}, 60_000);

interface Presence {
  userId: string;
  displayName: string;
  intent: string;
  state: string;
  reason: string | null;
  channels: string[];
  languages: string[];
  profileVersion: number;
}
interface HistoryBucket {
  start: string;
  arrived: number;
  answered: number;
  abandoned: number;
  maxWaiting: number;
}

async function account(username: string): Promise<{ id: string; name: string }> {
  const row = await backend.deps().db.kysely.selectFrom('users').select(['id', 'display_name']).where('username', '=', username).executeTakeFirstOrThrow();
  return { id: row.id, name: row.display_name };
}

/** A table's cell by its row and its column header's text, as shown (line breaks as spaces). */
async function cell(table: Locator, row: Locator, column: string): Promise<string> {
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  if (index < 0) throw new Error(`no column "${column}" in ${JSON.stringify(headers)}`);
  return (await row.locator('th, td').nth(index).innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').trim();
}

/** Waits until a cell reads `expected`; returns how long that took. */
async function waitForCell(table: Locator, row: Locator, column: string, expected: string, timeoutMs = 5_000): Promise<number> {
  const started = Date.now();
  await waitFor(`${column} = ${expected}`, async () => {
    const value = await cell(table, row, column);
    if (value !== expected) throw new Error(`${column} was "${value}"`);
    return true;
  }, { timeoutMs, intervalMs: 50 });
  return Date.now() - started;
}

/** The wallboard scrolls inside the window; for a screenshot of all of it, the window grows to its height for a moment. */
async function boardShot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.locator('#wallboard').evaluate((el) => Math.ceil(el.getBoundingClientRect().top + el.scrollHeight));
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.waitForTimeout(200);
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

const rowOf = (page: Page, table: Locator, name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });


describe('wallboard', () => {
  it('follows queues and advisers live, lets the team lead steer advisers, and charts the last hours', async () => {
    const call = apiCaller(backend.url);
    const leadToken = await backend.tokenFor('teamlead');
    const queues = await call<Array<{ id: string; openNow: boolean; nameSv: string }>>(leadToken, 'GET', '/v1/queues');
    expect(queues.find((q) => q.id === 'phone-sv')?.openNow, 'the OfficeClock must be within the phone queues\' hours').toBe(true);
    const phoneEnName = queues.find((q) => q.id === 'phone-en')?.nameSv ?? '';

    // Five advisers work the Swedish queues through a morning (one takes a break); they take no English,
    // so the English call later can only go to the adviser under test.
    const agents: Agent[] = [];
    for (const username of ['adviser2', 'adviser3', 'adviser4', 'adviser5', 'adviser6']) {
      const token = await backend.tokenFor(username);
      const me = await call<Presence>(token, 'POST', '/v1/presence', { intent: 'offline' });
      await call(leadToken, 'PATCH', `/v1/advisers/${me.userId}/profile`, { version: me.profileVersion, languages: ['sv'] });
      agents.push({ name: username, id: me.userId, token });
    }
    const played = await playMorning({ baseUrl: backend.url, clock, leadToken, agents, minutes: TRAFFIC_MINUTES, breakFor: { agent: 3, from: 55, to: 90 } });
    console.log(`simulated morning: ${played.arrived} contacts arrived, ${played.answered} answered, ${played.abandoned} abandoned`);
    expect(played.answered).toBeGreaterThan(50);
    // One adviser is in a meeting as the test starts; the others stay signed in. A few more calls and a chat come in.
    await call(agents[4]!.token, 'POST', '/v1/presence', { intent: 'not_ready', reason: 'meeting' });
    for (const channel of ['phone', 'phone', 'phone', 'chat']) await call(leadToken, 'POST', '/v1/interactions', { channel, language: 'sv' });
    const keepAlive = async () => {
      for (const a of agents) await call(a.token, 'GET', '/v1/work');
    };

    // The team lead signs in and opens the wallboard with its shortcut.
    lead = await openWorkstation(browser, backend.url, dirs.make('lead'));
    const { page } = lead;
    screenshotOnFailure(() => page, 'wallboard');
    await login(page, 'teamlead');
    const toggle = page.getByRole('button', { name: 'Väggtavla' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.keyboard.press('Alt+W');
    const board = page.getByRole('main', { name: 'Väggtavla' });
    await board.waitFor();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    const liveStatus = page.getByRole('status', { name: 'Livedata' });
    await waitFor('the live connection', async () => {
      const text = await liveStatus.innerText({ timeout: 2_000 });
      return text.includes('Live') && !text.includes('Ingen');
    });

    // An adviser goes ready (through the API, as their workstation would).
    const adviser = await account('adviser');
    const adviserToken = await backend.tokenFor('adviser');
    // English phone calls only, so the Swedish contacts still waiting from the morning are not offered to them.
    const fresh = await call<Presence>(adviserToken, 'POST', '/v1/presence', { intent: 'offline' });
    await call(leadToken, 'PATCH', `/v1/advisers/${adviser.id}/profile`, { version: fresh.profileVersion, channels: ['phone'], languages: ['en'] });
    await call(adviserToken, 'POST', '/v1/presence', { intent: 'ready' });
    await keepAlive();
    await backend.live().sendQueueStats();
    const row = rowOf(page, page.getByRole('table', { name: 'Vägledare' }), adviser.name);
    await waitForText(row, 'Redo', { timeoutMs: 5_000 });

    // A call arrives on the English phone queue: offered at once to the only adviser who takes English.
    const contact = await call<{ id: string; state: string; offeredTo: string | null }>(leadToken, 'POST', '/v1/interactions', { channel: 'phone', language: 'en', from: '+46701112233' });
    expect(contact).toMatchObject({ state: 'offered', offeredTo: adviser.id });
    // What a server's one-second timer does: one statistics round.
    await backend.live().sendQueueStats();
    const queueTable = board.getByRole('table', { name: 'Köer' });
    const queueRow = rowOf(page, queueTable, phoneEnName);
    const waitingShownAfter = await waitForCell(queueTable, queueRow, 'Väntar', '1 varav 1 ringer', 2_000);
    await waitForText(row, 'Upptagen', { timeoutMs: 2_000 });
    console.log(`the wallboard showed the new contact ${waitingShownAfter} ms after the statistics round`);

    // The adviser answers: nobody waits, one call in progress, one answered today.
    await call(adviserToken, 'POST', `/v1/interactions/${contact.id}/accept`);
    await backend.live().sendQueueStats();
    await waitForCell(queueTable, queueRow, 'Väntar', '0', 2_000);
    await waitForCell(queueTable, queueRow, 'Pågår nu', '1', 2_000);
    await waitForCell(queueTable, queueRow, 'Besvarade idag', '1', 2_000);
    expect(await cell(queueTable, queueRow, 'Servicenivå idag')).toBe('100 % ✓ Mål nått');
    expect(await cell(queueTable, queueRow, 'Mål')).toBe('80 % inom 1 min');
    await waitForText(row, 'Telefon 1 av 1', { timeoutMs: 2_000 });
    await boardShot(page, 'wallboard');

    // The lead sets the adviser not ready (meeting) from the wallboard, by keyboard.
    await row.getByRole('button', { name: `Ändra status och kanaler för ${adviser.name}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Styr ${adviser.name}` });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Ej redo' }).check();
    await dialog.getByRole('combobox', { name: 'Orsak' }).selectOption({ label: 'Möte' });
    await dialog.getByRole('button', { name: 'Sätt status' }).click();
    await waitForText(dialog.getByRole('status').first(), `${adviser.name}: status satt till Ej redo (Möte). Den gäller när pågående kontakter är klara.`);
    const afterPresence = await call<Presence[]>(leadToken, 'GET', '/v1/advisers');
    expect(afterPresence.find((p) => p.userId === adviser.id)).toMatchObject({ intent: 'not_ready', reason: 'meeting', state: 'busy' });
    // The live event brings it back: still busy with the call, not ready after it.
    await waitForText(row, 'sedan: Ej redo (Möte)', { timeoutMs: 2_000 });

    // A stale profile: someone else changes the adviser's channels while the dialog is open.
    const before = afterPresence.find((p) => p.userId === adviser.id)!;
    await call(leadToken, 'PATCH', `/v1/advisers/${adviser.id}/profile`, { version: before.profileVersion, channels: ['phone', 'chat', 'email'] });
    // The form still holds the profile it opened with: adding chat there is a change based on a stale version.
    await dialog.getByRole('checkbox', { name: 'Chatt' }).check();
    await dialog.getByRole('button', { name: 'Spara kanaler och språk' }).click();
    await waitForText(dialog.getByRole('alert'), `Någon annan ändrade kanaler eller språk för ${adviser.name} samtidigt.`);
    // 409 version_conflict: the lead is told, and the form now shows the current channels.
    await waitFor('the form to show the current channels', async () => dialog.getByRole('checkbox', { name: 'E-post' }).isChecked());
    await dialog.getByRole('checkbox', { name: 'E-post' }).uncheck();
    await dialog.getByRole('button', { name: 'Spara kanaler och språk' }).click();
    await waitForText(dialog.getByRole('status').last(), `${adviser.name}: kanaler och språk är sparade.`);
    const afterProfile = (await call<Presence[]>(leadToken, 'GET', '/v1/advisers')).find((p) => p.userId === adviser.id)!;
    expect(afterProfile.channels.sort()).toEqual(['chat', 'phone']);
    expect(afterProfile.profileVersion).toBeGreaterThanOrEqual(before.profileVersion + 2);
    await screenshot(page, 'wallboard-adviser-dialog');
    const dialogAxe = await axeScreen(page, 'wallboard-adviser-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await waitFor('the channels in the row', async () => !(await row.innerText()).includes('E-post'));

    // The call ends: the adviser's chosen state applies.
    await call(adviserToken, 'POST', `/v1/interactions/${contact.id}/end`);
    await call(adviserToken, 'POST', `/v1/interactions/${contact.id}/complete`, {});
    await waitForText(row, 'Ej redo', { timeoutMs: 2_000 });
    await waitForText(row, 'Möte', { timeoutMs: 2_000 });

    // The charts: switch to the last 2 hours; the summary and the table carry the server's figures.
    // (Read the server's history until it matches what the page fetched: a 5-minute bucket may roll over in between.)
    const charts = board.getByRole('region', { name: 'Senaste timmarna' });
    await charts.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'Senaste 2 timmarna' });
    type History = { bucketMinutes: number; queues: Array<{ queueId: string; buckets: HistoryBucket[] }> };
    const { history, totals } = await waitFor('the chart summary to match the server\'s history', async () => {
      const h = await call<History>(leadToken, 'GET', '/v1/wallboard/history?hours=2&bucketMinutes=5');
      const sum = { arrived: 0, answered: 0, abandoned: 0 };
      for (const q of h.queues) for (const b of q.buckets) for (const k of ['arrived', 'answered', 'abandoned'] as const) sum[k] += b[k];
      const text = await charts.innerText({ timeout: 2_000 });
      const expected = `Totalt ${sum.arrived} inkomna, ${sum.answered} besvarade och ${sum.abandoned} avbrutna.`;
      if (!text.includes(expected)) throw new Error(`expected "${expected}" in "${text.slice(0, 300)}"`);
      return { history: h, totals: sum };
    }, { timeoutMs: 75_000, intervalMs: 500 });
    expect(totals.answered).toBeGreaterThan(10);
    await charts.getByText('Visa diagrammens värden som tabell').click();
    const table = charts.getByRole('table', { name: 'Per intervall: Alla köer' });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(1 + (history.queues[0]?.buckets.length ?? 0));
    // Every interval's arrivals, summed over queues, as the table lists them.
    const arrivedPerBucket = (history.queues[0]?.buckets ?? []).map((_, i) => history.queues.reduce((n, q) => n + (q.buckets[i]?.arrived ?? 0), 0));
    const listed = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[0]?.textContent ?? 'NaN')));
    expect(listed).toEqual(arrivedPerBucket);
    // Three charts drawn on canvases, each with its text alternative as the accessible name.
    expect(await charts.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    for (const name of [/^Kontakter per 5 minuter\. Totalt/, /^Kölängd/, /^Servicenivå per intervall\. Servicenivå för perioden: \d+ %/]) {
      await expect(charts.getByRole('img', { name }).count()).resolves.toBe(1);
    }
    await charts.getByText('Visa diagrammens värden som tabell').click();

    // Accessibility of the wallboard, then wall mode on a wall-sized screen.
    await keepAlive();
    await backend.live().sendQueueStats();
    const reports: ScreenReport[] = [dialogAxe];
    await boardShot(page, 'wallboard-charts');
    reports.push(await axeScreen(page, 'wallboard'));
    // Down to a small laptop: everything fits the width, nothing scrolls sideways.
    await page.setViewportSize({ width: 1280, height: 800 });
    await boardShot(page, 'wallboard-laptop');
    expect(await board.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('Alt+Shift+W');
    await page.getByRole('button', { name: 'Lämna väggläge' }).waitFor();
    expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
    expect(await board.getByRole('button', { name: /^Ändra status/ }).count()).toBe(0);
    // Bigger figures: the wallboard's font grows with the screen.
    const fontPx = await board.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(fontPx).toBeGreaterThan(15);
    await page.waitForTimeout(300);
    await screenshot(page, 'wallboard-wall');
    reports.push(await axeScreen(page, 'wallboard-wall'));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });

    // The server goes away: the wallboard says the figures are old, and from when.
    await backend.stop();
    const down = page.getByRole('status', { name: 'Livedata' });
    await waitForText(down, 'Ingen liveanslutning', { timeoutMs: 15_000 });
    await waitForText(down, 'Siffrorna är från');
    await screenshot(page, 'wallboard-offline');

    // English too.
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('main', { name: 'Wallboard' }).waitFor();
    await waitForText(page.getByRole('status', { name: 'Live data' }), 'No live connection');
    await page.getByRole('table', { name: 'Queues' }).getByRole('columnheader', { name: 'Service level today' }).waitFor();
    await boardShot(page, 'wallboard-en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('sv');

    const report = formatReports(reports);
    if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
    for (const r of reports) expect(r.passes, `axe checked nothing on ${r.screen}`).toBeGreaterThan(10);
    expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
    // Chromium reports a blocked inline style, script or eval as a console error naming the Content Security Policy.
    expect(lead.consoleErrors.filter((m) => /Content.Security.Policy/i.test(m)), lead.consoleErrors.join('\n')).toEqual([]);
    // …and the check can fail: the policy is in force here, and a style attribute set by markup is refused and reported.
    const inlineStyleApplied = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'width: 123px');
      document.body.append(probe);
      const applied = probe.getBoundingClientRect().width === 123;
      probe.remove();
      return applied;
    });
    expect(inlineStyleApplied).toBe(false);
    await waitFor('the CSP report in the console', () => lead!.consoleErrors.some((m) => /Content.Security.Policy/i.test(m)));
    expect(lead.pageErrors).toEqual([]);
  }, 240_000);
});
