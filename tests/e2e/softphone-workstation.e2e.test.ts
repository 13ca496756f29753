// The softphone in the browser-mode workstation, driven as an adviser would:
// the page registers on the reference SIP platform (Kamailio) with the
// credentials the backend issues; a returning consumer calls from a harness
// page (registered as their number on the platform's stand-in for the
// telephone network);
// the call panel rings with the caller's earlier cases beside it; the adviser
// answers with the mouse and does the rest from the keyboard — hold and
// resume (Alt+P), mute (Alt+M, the caller hears nothing), the keypad (Alt+K,
// digits), hang up (Alt+L) — with each change said to screen readers, axe
// clean with a call in the panel, and no CSP violation (the platform's origin
// comes from HALLA_SIP_ORIGINS); a reload in browser mode ends a call (with a
// BYE), as the README says, and the line comes back; and a warm transfer to a
// partner's number: the caller on hold, the partner rings and answers, back to
// the caller, then consulted again and handed over (the caller's line carries
// out the REFER, as the network behind a trunk does, and the partner's
// consultation call is replaced by the caller's); and a
// caller who claims an interaction (a forged X-Interaction-Id) is not
// answered by the offer's Answer: the platform drops the header. (A routed
// call answered from its offer is tests/e2e/phone-call.e2e.test.ts.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKamailio, type Kamailio } from '../support/kamailio.js';
import { freePort } from '../support/free-port.js';
import { axeScreen, formatReports } from './support/axe.js';
import { E2E_SEED_CASES, startBackend, type E2eBackend } from './support/backend.js';
import { FAKE_MEDIA_ARGS, launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { RunningClock, withinPhoneHours } from './support/running-clock.js';
import { consumerWithClosedCases, type ReturningConsumer } from './support/seeded-data.js';
import { LOUD, SILENT, harnessCommand, harnessLevel, harnessState, startHarnessServer, until, type HarnessServer } from './support/softphone-harness.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { login, openWorkstation, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('softphone');
let backend: E2eBackend;
let kamailio: Kamailio;
let sipWs: string;
/** The adviser's SIP user, as the backend issued it (callers dial it directly). */
let adviserSip: string;
let harness: HarnessServer;
let browser: Browser;
let desk: Workstation | null = null;
let consumer: ReturningConsumer;

beforeAll(async () => {
  await ensureRendererBuilt();
  // Within the phone queue's hours, so a routed call can be offered.
  // The platform is told where the backend will be, the backend where the platform is.
  const port = await freePort();
  const sipSecret = 'e2e-softphone-secret-0123456789abcdef';
  kamailio = await startKamailio({ backendUrl: `http://127.0.0.1:${port}`, sipSecret });
  sipWs = `ws://127.0.0.1:${kamailio.wsPort}`;
  backend = await startBackend(dirs.make('backend'), E2E_SEED_CASES, { clock: new RunningClock(withinPhoneHours()), port, env: { SIP_SECRET: sipSecret, SIP_WS_URL: sipWs } });
  const credentials = await fetch(`${backend.url}/v1/phone/credentials`, { headers: { authorization: `Bearer ${await backend.tokenFor('adviser')}` } });
  adviserSip = /^sip:([^@]+)@/.exec(((await credentials.json()) as { uri: string }).uri)![1]!;
  harness = await startHarnessServer();
  browser = await launchChromium(FAKE_MEDIA_ARGS);
  consumer = await consumerWithClosedCases(backend.deps());
}, 120_000);

afterAll(async () => {
  await desk?.close();
  await browser?.close();
  await harness?.close();
  await backend?.stop();
  await kamailio?.stop();
  dirs.removeAll();
}, 60_000);

const callPanel = (page: Page) => page.getByRole('region', { name: 'Samtal' });
const toast = (page: Page) => page.locator('.toast');

describe('the softphone in the workstation', () => {
  it('rings with the caller’s history, is answered, held, muted, keyed and hung up from the keyboard', async () => {
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'), { HALLA_SIP_ORIGINS: sipWs });
    const { page } = desk;
    screenshotOnFailure(() => page, 'softphone');
    await login(page, 'adviser');
    await waitForText(page.locator('.phone-status'), 'Telefon ansluten', { timeoutMs: 20_000 });

    // A returning consumer calls (a direct call: the routed path needs the platform).
    const caller = await harness.open(browser, sipWs, consumer.phone, 'localhost');
    await until('the caller registered', () => harnessState(caller), (s) => s.line === 'registered');
    await harnessCommand(caller, { kind: 'dial', target: adviserSip });

    const panel = callPanel(page);
    await waitForText(panel, 'Ringer');
    await waitForText(panel, consumer.phone);
    await waitForText(toast(page), `Inkommande samtal från ${consumer.phone}`);
    // The screen pop: their earlier cases, from the local cache.
    await waitFor('earlier cases beside the call', async () => {
      const count = await panel.locator('.earlier-list li').count();
      if (count === 0) throw new Error('no earlier cases yet');
      return count;
    });

    await panel.getByRole('button', { name: 'Svara' }).click();
    await waitForText(panel, 'Pågår');
    await until('the caller hears the adviser', () => harnessLevel(caller), (l) => l > LOUD);

    await screenshot(page, 'softphone-call');
    const axe = await axeScreen(page, 'workspace with a call');
    expect(axe.passes).toBeGreaterThan(0);
    expect(axe.blocking, formatReports([axe])).toBe(0);

    await workList(page).focus();
    await page.keyboard.press('Alt+P');
    await waitForText(panel, 'Parkerat');
    await waitForText(toast(page), 'Samtalet är parkerat.');
    await until('silence at the caller while held', () => harnessLevel(caller), (l) => l < SILENT);
    await page.keyboard.press('Alt+P');
    await waitForText(panel, 'Pågår');
    await until('the caller hears the adviser again', () => harnessLevel(caller), (l) => l > LOUD);

    await page.keyboard.press('Alt+M');
    await expect.poll(() => panel.getByRole('button', { name: 'Slå på mikrofonen' }).getAttribute('aria-pressed')).toBe('true');
    await until('the caller hears nothing from a muted adviser', () => harnessLevel(caller), (l) => l < SILENT);
    await page.keyboard.press('Alt+M');
    await until('the caller hears the adviser after unmute', () => harnessLevel(caller), (l) => l > LOUD);

    await page.keyboard.press('Alt+K');
    const keypad = page.getByRole('dialog', { name: 'Knappsats' });
    await keypad.waitFor();
    await page.keyboard.type('1#');
    await waitForText(keypad, 'Skickat: 1#');
    await screenshot(page, 'softphone-keypad');
    const keypadAxe = await axeScreen(page, 'the keypad');
    expect(keypadAxe.blocking, formatReports([keypadAxe])).toBe(0);
    await page.keyboard.press('Escape');
    await keypad.waitFor({ state: 'detached' });

    await page.keyboard.press('Alt+L');
    await waitForText(panel, 'Senaste samtalet: du lade på');
    expect((await until('the caller hears the end', () => harnessState(caller), (s) => s.lastEnded !== null)).lastEnded?.endCause).toBe('remote_hangup');

    expect(desk.pageErrors).toEqual([]);
    expect(desk.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await caller.context().close();
  }, 120_000);

  it('ends a call when the browser-mode page is reloaded, and registers again', async () => {
    if (!desk) throw new Error('the first test opens the workstation');
    const { page } = desk;
    const caller = await harness.open(browser, sipWs, '+46700000101', 'localhost');
    await until('registered', () => harnessState(caller), (s) => s.line === 'registered');
    await harnessCommand(caller, { kind: 'dial', target: adviserSip });
    await waitForText(callPanel(page), 'Ringer');
    await callPanel(page).getByRole('button', { name: 'Svara' }).click();
    await until('answered', () => harnessState(caller), (s) => s.calls[0]?.status === 'active');

    await page.reload();
    expect((await until('the call ended by the reload', () => harnessState(caller), (s) => s.calls.length === 0)).lastEnded).not.toBeNull();
    await waitForText(page.locator('.phone-status'), 'Telefon ansluten', { timeoutMs: 20_000 });
    await caller.context().close();
  }, 60_000);

  it('warm-transfers to a partner’s number from the keyboard: the caller waits on hold, the partner answers, and the adviser goes back to the caller', async () => {
    if (!desk) throw new Error('the first test opens the workstation');
    const { page } = desk;
    const caller = await harness.open(browser, sipWs, '+46700000102', 'localhost');
    const partner = await harness.open(browser, sipWs, '081234567', 'localhost');
    await until('both registered', async () => [(await harnessState(caller)).line, (await harnessState(partner)).line], (l) => l.every((x) => x === 'registered'));
    await harnessCommand(caller, { kind: 'dial', target: adviserSip });
    const panel = callPanel(page);
    await waitForText(panel, 'Ringer');
    await panel.getByRole('button', { name: 'Svara' }).click();
    await waitForText(panel, 'Pågår');

    // Alt+V: the transfer dialog; a number from a contact card, with consultation.
    await workList(page).focus();
    await page.keyboard.press('Alt+V');
    const dialog = page.getByRole('dialog', { name: 'Koppla vidare samtalet' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Ett nummer/ }).check();
    await dialog.getByRole('textbox', { name: 'Telefonnummer' }).fill('08-123 45 67');
    await dialog.getByRole('radio', { name: /Med konsultation/ }).check();
    const axe = await axeScreen(page, 'the transfer dialog');
    expect(axe.blocking, formatReports([axe])).toBe(0);
    await dialog.getByRole('button', { name: 'Ring mottagaren' }).click();
    await dialog.waitFor({ state: 'detached' });

    const ringing = await until('the partner’s phone to ring', () => harnessState(partner), (s) => s.calls[0]?.status === 'ringing');
    await waitForText(panel, 'Konsultation med 081234567');
    await waitForText(panel, 'Parkerat');
    await until('silence for the caller on hold', () => harnessLevel(caller), (l) => l < SILENT);
    await expect.poll(() => panel.getByRole('button', { name: 'Slutför överkopplingen' }).isDisabled()).toBe(true);
    await harnessCommand(partner, { kind: 'answer', callId: ringing.calls[0]?.id });
    await waitForText(toast(page), 'Mottagaren har svarat');
    await until('the partner hears the adviser', () => harnessLevel(partner), (l) => l > LOUD);
    await expect.poll(() => panel.getByRole('button', { name: 'Slutför överkopplingen' }).isDisabled()).toBe(false);

    // Back to the caller: the consultation ends and the caller hears the adviser again.
    await page.keyboard.press('Alt+L');
    expect((await until('the consultation to end', () => harnessState(partner), (s) => s.calls.length === 0)).lastEnded?.endCause).toBe('remote_hangup');
    await waitForText(panel, 'Pågår');
    await until('the caller hears the adviser again', () => harnessLevel(caller), (l) => l > LOUD);
    expect(await panel.getByRole('button', { name: 'Slutför överkopplingen' }).count()).toBe(0);

    // Consult again, and this time hand the caller over: the caller's line calls the
    // partner (carrying out the REFER), the partner's consultation call is replaced
    // by the caller's, and the adviser's calls end as transferred.
    await page.keyboard.press('Alt+V');
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Ett nummer/ }).check();
    await dialog.getByRole('textbox', { name: 'Telefonnummer' }).fill('081234567');
    await dialog.getByRole('radio', { name: /Med konsultation/ }).check();
    await dialog.getByRole('button', { name: 'Ring mottagaren' }).click();
    const again = await until('the partner’s phone to ring again', () => harnessState(partner), (s) => s.calls[0]?.status === 'ringing');
    await harnessCommand(partner, { kind: 'answer', callId: again.calls[0]?.id });
    await expect.poll(() => panel.getByRole('button', { name: 'Slutför överkopplingen' }).isDisabled()).toBe(false);
    await panel.getByRole('button', { name: 'Slutför överkopplingen' }).click();

    const handedOver = await until('the caller talking to the partner', () => harnessState(partner), (s) => s.calls.length === 1 && s.calls[0]?.status === 'active' && s.calls[0]?.remote === '+46700000102');
    expect(handedOver.lastEnded?.endCause).toBe('transferred');
    const callerSide = await until('the caller’s line on the partner', () => harnessState(caller), (s) => s.calls.length === 1 && s.calls[0]?.remote === '081234567' && s.calls[0]?.status === 'active');
    expect(callerSide.lastEnded?.remote).toBe(adviserSip);
    await until('the caller hears the partner', () => harnessLevel(caller), (l) => l > LOUD);
    await until('the partner hears the caller', () => harnessLevel(partner), (l) => l > LOUD);
    await waitForText(panel, 'Senaste samtalet', { timeoutMs: 10_000 });
    await waitForText(panel, 'vidarekopplat');

    await harnessCommand(caller, { kind: 'hangup', callId: callerSide.calls[0]?.id });
    expect((await until('the partner’s call to end', () => harnessState(partner), (s) => s.calls.length === 0)).lastEnded?.endCause).toBe('remote_hangup');
    await caller.context().close();
    await partner.context().close();
  }, 120_000);

  it('does not let a caller claim an interaction: a forged X-Interaction-Id is dropped by the platform, so the offer is not answered by that call', async () => {
    if (!desk) throw new Error('the first test opens the workstation');
    const { page } = desk;
    const lead = await backend.tokenFor('teamlead');
    await waitForText(page.getByRole('status', { name: 'Min status' }), 'Offline', { timeoutMs: 30_000 });
    await page.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
    await waitForText(page.getByRole('status', { name: 'Min status' }), 'Redo');

    // A contact registered by a channel (not the SIP platform) is offered to this adviser.
    const registered = await fetch(`${backend.url}/v1/interactions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'phone', language: 'sv', from: consumer.phone, subject: 'Registered call' }),
    });
    expect(registered.status).toBe(201);
    const interactionId = ((await registered.json()) as { id: string }).id;
    const card = workList(page).getByRole('article', { name: 'Ny kontakt: Telefon' });
    await waitForText(card, consumer.phone);
    // A caller dials the adviser directly, claiming that interaction.
    const caller = await harness.open(browser, sipWs, '+46700000103', 'localhost');
    await until('registered', () => harnessState(caller), (s) => s.line === 'registered');
    await harnessCommand(caller, { kind: 'dial', target: adviserSip, interactionId });
    await waitForText(callPanel(page), 'Ringer');

    // Alt+A answers the offer — over REST, as a contact with no routed call — and not the caller's call.
    await workList(page).focus();
    await page.keyboard.press('Alt+A');
    await waitFor('the offer accepted over REST', async () => {
      const row = await backend.deps().db.kysely.selectFrom('interactions').select('state').where('id', '=', interactionId).executeTakeFirstOrThrow();
      return row.state === 'active' ? true : undefined;
    });
    expect((await harnessState(caller)).calls[0]?.status).not.toBe('active');
    await waitForText(callPanel(page), 'Ringer');

    const ringing = (await harnessState(caller)).calls[0];
    await harnessCommand(caller, { kind: 'hangup', callId: ringing?.id });
    await until('the call to end', () => harnessState(caller), (s) => s.calls.length === 0);
    await caller.context().close();
  }, 90_000);
});
