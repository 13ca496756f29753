// A consumer's phone that is not a browser: baresip, a SIP phone speaking SIP
// over UDP with ICE, DTLS-SRTP and Opus (tests/support/baresip.ts), calls the
// service number through Kamailio; the routing engine offers the call to the
// ready adviser and the browser-mode workstation's softphone (WebRTC over
// SIP-over-WebSocket) rings. The adviser answers from the offer card; audio
// flows both ways — the desk's WebRTC counters show the phone's 440 Hz tone
// arriving, and the phone's recording of what it heard holds the desk's
// microphone (Chromium's fake beep); the phone hangs up, and the backend has
// the call in wrap-up, ended by the caller. This is the interoperability the
// platform promises a SIP trunk or desk phone: no browser on the far side.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBaresip, type Baresip } from '../support/baresip.js';
import { FAKE_MEDIA_ARGS, launchChromium } from './support/browser.js';
import { deskHears, RECORD_PEER_CONNECTIONS } from './support/desk-audio.js';
import { SERVICE_NUMBER, startPhonePlatform, type PhonePlatform } from './support/phone-platform.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshotOnFailure } from './support/screenshots.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { login, openWorkstation, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('baresip-call');
const CALLER = '+46701119988';
let platform: PhonePlatform;
let browser: Browser;
let desk: Workstation | null = null;
let phone: Baresip | null = null;

beforeAll(async () => {
  await ensureRendererBuilt();
  platform = await startPhonePlatform(dirs.make('backend'), 0);
  browser = await launchChromium(FAKE_MEDIA_ARGS);
}, 120_000);

afterAll(async () => {
  await phone?.stop();
  await desk?.close();
  await browser?.close();
  await platform?.stop();
  dirs.removeAll();
}, 60_000);

describe('a call from a SIP phone that is not a browser', () => {
  it('reaches the workstation through the routing engine, carries audio both ways, and ends into wrap-up when the phone hangs up', async () => {
    const { backend, kamailio, wsUrl } = platform;
    const db = () => backend.deps().db.kysely;
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'), { HALLA_SIP_ORIGINS: wsUrl });
    const { page } = desk;
    await desk.context.addInitScript(RECORD_PEER_CONNECTIONS);
    await page.reload();
    screenshotOnFailure(() => page, 'baresip-call');
    await login(page, 'adviser');
    await waitForText(page.locator('.phone-status'), 'Telefon ansluten', { timeoutMs: 30_000 });
    const myStatus = page.getByRole('status', { name: 'Min status' });
    await waitForText(myStatus, 'Offline', { timeoutMs: 30_000 });
    await page.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
    await waitForText(myStatus, 'Redo');

    phone = await startBaresip({ user: CALLER, domain: `localhost:${kamailio.sipPort}`, proxyPort: kamailio.sipPort });
    await phone.dial(`sip:${SERVICE_NUMBER}@localhost:${kamailio.sipPort}`);
    const card = workList(page).getByRole('article', { name: 'Ny kontakt: Telefon' });
    await waitForText(card, CALLER, { timeoutMs: 30_000 });
    await card.getByRole('button', { name: 'Svara' }).click();
    await waitForText(page.getByRole('region', { name: 'Samtal' }), 'Pågår');
    await waitFor('the phone’s call established', async () => (phone!.events.some((e) => e.type === 'CALL_ESTABLISHED') ? true : undefined), { timeoutMs: 15_000 });

    // Audio both ways: the phone's tone at the desk, the desk's beep in the phone's recording.
    await waitFor('the desk hearing the phone', async () => ((await deskHears(page)) ? true : undefined), { timeoutMs: 15_000 });
    await waitFor('the phone hearing the desk', async () => ((await phone!.heardRms(1)) > 0.005 ? true : undefined), { timeoutMs: 15_000 });

    const interaction = await waitFor('the call active on the server', async () =>
      db().selectFrom('interactions').selectAll().where('from_address', '=', CALLER).where('state', '=', 'active').executeTakeFirst(),
    );
    await phone.hangup();
    const ended = await waitFor('the call in wrap-up on the server', async () => {
      const row = await db().selectFrom('interactions').selectAll().where('id', '=', interaction.id).executeTakeFirstOrThrow();
      return row.state === 'wrap_up' ? row : undefined;
    });
    expect(ended.end_reason).toBe('caller_hung_up');
    await waitForText(myStatus, 'Efterarbete');
    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
