// A callback end to end in Chromium against a real backend whose clock runs
// inside the callback queue's opening hours. The consumer books on the public
// page at phone width (a bad number refused first) and gets a reference; the
// adviser's workstation (browser mode) is not offered the callback before its
// window, is offered it when the window opens (the test moves the server's
// clock, keeps the desk "seen" and runs the routing tick, as the server's
// timers would), records "no answer", gets it back after the retry delay with
// the first attempt shown, records "reached", ends the call and completes the
// wrap-up — done on the server with both attempts. Each attempt is a real call
// from the workstation's softphone through the reference SIP platform
// (Kamailio) to the consumer's phone — a Chromium page registered as the
// booked number: the first rings and is declined (busy), the second is
// answered and carries audio. The English page books
// from the keyboard alone at 360 px. The team lead's wallboard lists a
// callback waiting past the service level, and drops it when its window has
// passed. Axe finds nothing serious on any of these screens; no CSP breach.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type Kamailio } from '../support/kamailio.js';
import { freePort } from '../support/free-port.js';
import { FAKE_MEDIA_ARGS } from './support/browser.js';
import { LOUD, harnessCommand, harnessLevel, harnessState, startHarnessServer, until, type HarnessServer } from './support/softphone-harness.js';
import { bookCallback } from '../../backend/src/callbacks/booking.js';
import { tick } from '../../backend/src/routing/engine.js';
import { MINUTE, SECOND } from '../../backend/src/shared/clock.js';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { RunningClock, withinPhoneHours } from './support/running-clock.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { userId } from './support/seeded-data.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { login, openWorkstation, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('callbacks');
// 10:00 on a recent working day: the callback queue (09:00–16:00) is open.
const clock = new RunningClock(withinPhoneHours());
let backend: E2eBackend;
let kamailio: Kamailio;
let harness: HarnessServer;
let sipWs: string;
let browser: Browser;
let lead: string;
const desks: Workstation[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  await ensureRendererBuilt();
  // The platform is told where the backend will be, the backend where the platform is.
  const port = await freePort();
  const sipSecret = 'e2e-callback-secret-0123456789abcdef';
  kamailio = await startKamailio({ backendUrl: `http://127.0.0.1:${port}`, sipSecret });
  sipWs = `ws://127.0.0.1:${kamailio.wsPort}`;
  backend = await startBackend(dirs.make('backend'), 0, { clock, port, env: { SIP_SECRET: sipSecret, SIP_WS_URL: sipWs } });
  harness = await startHarnessServer();
  browser = await launchChromium(FAKE_MEDIA_ARGS);
  lead = await backend.tokenFor('teamlead');
}, 120_000);

afterAll(async () => {
  for (const c of contexts.splice(0)) await c.close();
  for (const desk of desks) await desk.close();
  await browser?.close();
  await harness?.close();
  await backend?.stop();
  await kamailio?.stop();
  dirs.removeAll();
}, 60_000);

async function api<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${backend.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${lead}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const db = () => backend.deps().db.kysely;
const interactionRow = (id: string) => db().selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const myStatus = (page: Page): Locator => page.getByRole('status', { name: 'Min status' });
const offers = (page: Page): Locator => workList(page).getByRole('list', { name: 'Erbjudna kontakter' });
const activeCard = (page: Page): Locator => workList(page).getByRole('list', { name: 'Pågående kontakter' }).getByRole('article');

/**
 * Time passes on the server as its timers would see it: the clock moves, the
 * heartbeat marks the connected desks as seen, and the routing tick offers
 * whatever has become due.
 */
async function timePasses(ms: number): Promise<void> {
  clock.advance(ms);
  await backend.live().heartbeat();
  await tick(backend.deps());
}

/** A mobile number no consumer and no contact has used yet (a booking makes no consumer record until an adviser takes it). */
async function freshPhone(): Promise<string> {
  for (let n = 0; n < 10_000; n++) {
    const phone = `+4670777${String(n).padStart(4, '0')}`;
    const consumer = await db().selectFrom('consumers').select('id').where('phone', '=', phone).executeTakeFirst();
    const contact = await db().selectFrom('interactions').select('id').where('from_address', '=', phone).executeTakeFirst();
    if (!consumer && !contact) return phone;
  }
  throw new Error('no free phone number');
}

function assertAxe(reports: ScreenReport[]): void {
  const report = formatReports(reports);
  if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
  for (const r of reports) expect(r.passes, `axe checked nothing on ${r.screen}`).toBeGreaterThan(10);
  expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
}

describe('callbacks', () => {
  it('is booked on the public page, offered when its window opens, retried after no answer, reached and wrapped up', async () => {
    const reports: ScreenReport[] = [];
    const queues = await api<Array<{ id: string; openNow: boolean }>>('GET', '/v1/queues');
    expect(queues.body.find((q) => q.id === 'callback-sv')?.openNow, 'the RunningClock must be within the callback queue\'s hours').toBe(true);

    // ---------------------------------------------------------------- the consumer books, at phone width
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    screenshotOnFailure(() => page, 'callback-booking');
    await page.goto(`${backend.url}/callback?lang=sv`);
    await page.getByRole('heading', { name: 'Boka en återuppringning' }).waitFor();
    reports.push(await axeScreen(page, 'callback-form'));

    // The second slot of today: its window opens in the future (the first starts now).
    const day = page.getByRole('combobox', { name: 'Dag' });
    const slot = page.getByRole('combobox', { name: 'Tid då vi får ringa' });
    expect(await day.locator('option').count()).toBeGreaterThan(1);
    const [windowStart, windowEnd] = (await slot.locator('option').nth(1).getAttribute('value'))!.split('|') as [string, string];
    await slot.selectOption({ index: 1 });
    await page.getByRole('combobox', { name: 'Vad gäller din fråga? (valfritt)' }).selectOption({ label: 'Köp av varor' });
    const question = 'Min tvättmaskin läcker efter tio månader.';
    await page.getByRole('textbox', { name: 'Kort om din fråga (valfritt)' }).fill(question);

    // A number that is not Swedish is refused, the field says why and keeps the focus.
    const phoneBox = page.getByRole('textbox', { name: 'Ditt telefonnummer' });
    await phoneBox.fill('+45 12 34 56 78');
    await page.getByRole('button', { name: 'Boka återuppringning' }).click();
    await page.getByText('Skriv ett svenskt telefonnummer').waitFor();
    expect(await phoneBox.getAttribute('aria-invalid')).toBe('true');
    expect(await phoneBox.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await db().selectFrom('callback_requests').select('reference').execute()).toEqual([]);
    reports.push(await axeScreen(page, 'callback-form-error'));

    // Typed the Swedish way, with the keyboard: booked.
    const phone = await freshPhone();
    await phoneBox.fill(`0${phone.slice(3, 5)}-${phone.slice(5, 8)} ${phone.slice(8, 10)} ${phone.slice(10)}`);
    await phoneBox.press('Enter');
    await page.getByRole('heading', { name: 'Tack! Vi ringer upp dig' }).waitFor();
    const reference = (await page.locator('#done-ref').textContent())!;
    expect(reference).toMatch(/^AU-[2-9A-HJ-NP-Z]{6}$/);
    await page.getByText('högst 3 gånger').waitFor();
    await screenshot(page, 'callback-booked');
    reports.push(await axeScreen(page, 'callback-booked'));

    const booked = await db().selectFrom('callback_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(booked).toMatchObject({ window_start: windowStart, window_end: windowEnd });
    const id = booked.interaction_id;
    expect(await interactionRow(id)).toMatchObject({ channel: 'callback', state: 'queued', from_address: phone, subject: question, topic_id: 'goods', available_at: windowStart });

    // ---------------------------------------------------------------- the adviser's workstation
    const desk = await openWorkstation(browser, backend.url, dirs.make('desk'), { HALLA_SIP_ORIGINS: sipWs });
    desks.push(desk);
    const ws = desk.page;
    screenshotOnFailure(() => ws, 'callback-desk');
    // Callbacks only, as a team lead would put someone on the callback queue.
    const adviserId = await userId(backend.deps(), 'adviser');
    const advisers = await api<Array<{ userId: string; profileVersion: number }>>('GET', '/v1/advisers');
    const version = advisers.body.find((a) => a.userId === adviserId)?.profileVersion ?? 1;
    expect((await api('PATCH', `/v1/advisers/${adviserId}/profile`, { version, channels: ['callback'] })).status).toBe(200);
    await login(ws, 'adviser');
    await waitForText(myStatus(ws), 'Offline', { timeoutMs: 30_000 });
    await ws.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
    await waitForText(myStatus(ws), 'Redo');

    // Before its window: nothing is offered.
    await timePasses(SECOND);
    expect((await interactionRow(id)).state).toBe('queued');
    expect(await offers(ws).count()).toBe(0);

    // The window opens: it is offered, and answered.
    await timePasses(Date.parse(windowStart) - clock.now().getTime() + SECOND);
    const offer = offers(ws).getByRole('article', { name: 'Ny kontakt: Återuppringning' });
    await offer.waitFor({ timeout: 20_000 });
    await offer.getByRole('button', { name: 'Svara' }).click();
    await waitFor('the callback active on the server', async () => (await interactionRow(id)).state === 'active');

    // The card: the number to call, the window, the question, no attempt yet; dial, then "no answer".
    const card = activeCard(ws);
    await waitForText(card, 'Återuppringning pågår');
    await waitForText(card, question);
    await waitForText(card, reference);
    await waitForText(card, 'Försök hittills: 0 av högst 3');
    const grouped = `+46 ${phone.slice(3, 5)} ${phone.slice(5, 8)} ${phone.slice(8, 10)} ${phone.slice(10)}`;
    await waitForText(card, grouped);
    // The consumer's phone, on the platform's stand-in for the telephone network.
    const consumerPhone = await harness.open(browser, sipWs, phone, 'localhost');
    contexts.push(consumerPhone.context());
    await until('the consumer’s phone registered', () => harnessState(consumerPhone), (s) => s.line === 'registered');
    await waitForText(ws.locator('.phone-status'), 'Telefon ansluten', { timeoutMs: 30_000 });
    // First attempt: it rings at the consumer's (without the service's internal id), and is declined (busy).
    await card.getByRole('button', { name: `Ring upp ${grouped}` }).click();
    const ringing = await until('the consumer’s phone ringing', () => harnessState(consumerPhone), (s) => s.calls[0]?.status === 'ringing');
    expect(ringing.calls[0]?.interactionId).toBeNull();
    await harnessCommand(consumerPhone, { kind: 'reject', callId: ringing.calls[0]?.id });
    await until('the call over at the consumer’s', () => harnessState(consumerPhone), (s) => s.calls.length === 0);
    await screenshot(ws, 'callback-card');
    reports.push(await axeScreen(ws, 'callback-card'));
    await card.getByRole('textbox', { name: 'Anteckning till nästa försök (valfri)' }).fill('Röstbrevlåda');
    await card.getByRole('button', { name: 'Inget svar' }).click();
    await card.waitFor({ state: 'detached' });
    const requeued = await interactionRow(id);
    expect(requeued).toMatchObject({ state: 'queued', adviser_id: null });
    expect(Date.parse(requeued.available_at) - clock.now().getTime()).toBeGreaterThan(14 * MINUTE);
    await waitForText(myStatus(ws), 'Redo');

    // Not before the retry delay…
    await timePasses(10 * MINUTE);
    expect((await interactionRow(id)).state).toBe('queued');
    // …then offered again, with the first attempt on the card.
    await timePasses(Date.parse(requeued.available_at) - clock.now().getTime() + SECOND);
    await offer.waitFor({ timeout: 20_000 });
    await offer.getByRole('button', { name: 'Svara' }).click();
    const again = activeCard(ws);
    await waitForText(again, 'Försök hittills: 1 av högst 3');
    await waitForText(again, 'Inget svar – ');
    await waitForText(again, 'Röstbrevlåda');
    // Second attempt: the consumer answers and they talk.
    await again.getByRole('button', { name: `Ring upp ${grouped}` }).click();
    const second = await until('the consumer’s phone ringing again', () => harnessState(consumerPhone), (s) => s.calls[0]?.status === 'ringing');
    await harnessCommand(consumerPhone, { kind: 'answer', callId: second.calls[0]?.id });
    await until('the consumer hears the adviser', () => harnessLevel(consumerPhone), (l) => l > LOUD);
    await waitForText(ws.getByRole('region', { name: 'Samtal' }), 'Pågår');
    await again.getByRole('button', { name: 'Nådde konsumenten' }).click();
    await waitForText(again, 'Konsumenten är nådd');
    expect((await interactionRow(id)).state).toBe('active');

    // The conversation is over: the adviser hangs up, then wrap-up as usual, then done.
    await workList(ws).focus();
    await ws.keyboard.press('Alt+L');
    await until('the call over at the consumer’s', () => harnessState(consumerPhone), (s) => s.calls.length === 0);
    await again.getByRole('button', { name: 'Avsluta kontakt' }).click();
    const wrapUp = workList(ws).getByRole('list', { name: 'Efterarbete' }).getByRole('article');
    await wrapUp.getByRole('radio', { name: 'Besvarad' }).check();
    await wrapUp.getByRole('button', { name: 'Klar' }).click();
    await wrapUp.waitFor({ state: 'detached' });
    await waitFor('the callback done on the server', async () => (await interactionRow(id)).state === 'done');
    const attempts = await db().selectFrom('callback_attempts').select(['outcome', 'adviser_id', 'note']).where('interaction_id', '=', id).orderBy('id').execute();
    expect(attempts).toEqual([
      { outcome: 'no_answer', adviser_id: adviserId, note: 'Röstbrevlåda' },
      { outcome: 'reached', adviser_id: adviserId, note: null },
    ]);

    // Done for now: offline, so the next test's callback waits for nobody.
    expect((await api('POST', `/v1/advisers/${adviserId}/presence`, { intent: 'offline' })).status).toBe(200);

    assertAxe(reports);
    expect(pageErrors).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
    expect(consoleErrors.filter((m) => /Content.Security.Policy/i.test(m))).toEqual([]);
    expect(desk.consoleErrors.filter((m) => /Content.Security.Policy/i.test(m))).toEqual([]);
  }, 240_000);

  it('books in English from the keyboard alone at phone width, the conversation language preselected', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB', timezoneId: 'Europe/Stockholm' });
    contexts.push(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    screenshotOnFailure(() => page, 'callback-booking-en');
    await page.goto(`${backend.url}/callback?lang=en`);
    await page.getByRole('heading', { name: 'Book a callback' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    // The first Tab reaches the number; Enter in it books the first offered time.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('phone');
    const phone = await freshPhone();
    await page.keyboard.type(`0${phone.slice(3)}`);
    await page.keyboard.press('Enter');
    const done = page.getByRole('heading', { name: 'Thank you! We will call you' });
    await done.waitFor();
    expect(await done.evaluate((el) => el === document.activeElement), 'focus on the confirmation').toBe(true);
    const reference = (await page.locator('#done-ref').textContent())!;
    const row = await db().selectFrom('callback_requests as r').innerJoin('interactions as i', 'i.id', 'r.interaction_id').select(['i.queue_id', 'i.from_address']).where('r.reference', '=', reference).executeTakeFirstOrThrow();
    expect(row).toEqual({ queue_id: 'callback-en', from_address: phone });
    await screenshot(page, 'callback-booked-en');
    assertAxe([await axeScreen(page, 'callback-booked-en')]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows the team lead a callback waiting past the service level at the top of the wallboard, gone once its window has passed', async () => {
    // Booked for the window starting now (through the booking service: this client has used up its bookings for the hour).
    const slots = await (await fetch(`${backend.url}/v1/public/callbacks/slots?language=en`)).json() as { days: Array<{ slots: Array<{ start: string; end: string }> }> };
    const first = slots.days[0]!.slots[0]!;
    const { reference } = await bookCallback(backend.deps(), { phone: await freshPhone(), language: 'en', windowStart: first.start, windowEnd: first.end });

    const desk = await openWorkstation(browser, backend.url, dirs.make('lead'));
    desks.push(desk);
    const { page } = desk;
    screenshotOnFailure(() => page, 'callback-wallboard');
    await login(page, 'teamlead');
    await page.keyboard.press('Alt+W');
    const board = page.getByRole('main', { name: 'Väggtavla' });
    await board.waitFor();
    const overdue = board.getByRole('region', { name: /^Försenade återuppringningar/ });
    // Within its service level (15 minutes for callbacks) it is not overdue yet.
    expect(await overdue.count()).toBe(0);

    // The board reads the list every 30 s; opening it again reads it at once.
    const toggle = page.getByRole('button', { name: 'Väggtavla' });
    const reopen = async () => {
      await toggle.click();
      await board.waitFor({ state: 'detached' });
      await toggle.click();
      await board.waitFor();
    };

    // Nobody takes English callbacks; 16 minutes on, it is late.
    await timePasses(Math.max(0, Date.parse(first.start) - clock.now().getTime()) + 16 * MINUTE);
    await reopen();
    await overdue.waitFor();
    const row = overdue.getByRole('row', { name: new RegExp(reference) });
    await waitForText(row, 'Över servicenivån');
    await waitForText(row, 'Återuppringning (engelska)');
    await screenshot(page, 'callback-wallboard');
    assertAxe([await axeScreen(page, 'callback-wallboard')]);

    // Its window passes and it expires: the list empties and the section goes.
    await timePasses(Date.parse(first.end) - clock.now().getTime() + SECOND);
    await reopen();
    await board.getByRole('region', { name: 'Köer' }).waitFor();
    await waitFor('the overdue list gone', async () => (await overdue.count()) === 0);
    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
