// A real call through the reference SIP platform, end to end: Kamailio
// (deploy/kamailio/kamailio.cfg, started as in development), the backend
// with its phone API and live timers, the browser-mode workstation with its
// softphone registered on Kamailio with the credentials the backend issued,
// and a consumer's phone — a Chromium page running the same SIP stack,
// registered as the consumer's number on the platform's stand-in for the
// telephone network. Fake media: Chromium's microphone is a beep, and each
// side measures what it hears.
//
// The consumer dials the service number; the routing engine offers the call
// to the ready adviser and the platform rings their softphone with the
// interaction's id; the adviser answers from the offer card; audio flows
// both ways; hold silences it and resume brings it back; DTMF goes out; the
// adviser finds a partner for the case and transfers the call from the
// partner's contact card with consultation: the partner's phone (a third
// endpoint, registered as their number) rings, they talk while the consumer
// waits on hold, and the adviser hands the consumer over (the consumer's line
// carries out the REFER, as the network behind a trunk does); consumer and
// partner talk; the referral to the partner is offered for the case, marked
// as a transferred call; the backend holds the interaction with its
// timestamps, tied to a case, and the adviser is in wrap-up. A second caller
// who gives up while waiting is counted as abandoned. A third call, answered,
// is moved back to its queue from the transfer dialog with a note: the
// consumer's side calls the service number again with the backend's one-time
// token, the same contact goes back in line at its original place, and a
// colleague's phone (a second adviser's softphone) rings with it; the
// adviser is free, with no wrap-up for a call they handed on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScreen, formatReports } from './support/axe.js';
import type { E2eBackend } from './support/backend.js';
import { FAKE_MEDIA_ARGS, launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { consumerWithClosedCases, partnerToCall, userId, type PartnerToCall, type ReturningConsumer } from './support/seeded-data.js';
import { LOUD, SILENT, harnessCommand, harnessLevel, harnessState, startHarnessServer, until, type HarnessServer } from './support/softphone-harness.js';
import { deskHears, RECORD_PEER_CONNECTIONS } from './support/desk-audio.js';
import { SERVICE_NUMBER, startPhonePlatform, type PhonePlatform } from './support/phone-platform.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { login, openWorkstation, sidePanel, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('phone-call');
let platform: PhonePlatform;
let backend: E2eBackend;
let harness: HarnessServer;
let browser: Browser;
let wsUrl: string;
let desk: Workstation | null = null;
let consumer: ReturningConsumer;
let partner: PartnerToCall;
const pages: Page[] = [];

beforeAll(async () => {
  await ensureRendererBuilt();
  platform = await startPhonePlatform(dirs.make('backend'), 300);
  ({ backend, wsUrl } = platform);
  harness = await startHarnessServer();
  browser = await launchChromium(FAKE_MEDIA_ARGS);
  consumer = await consumerWithClosedCases(backend.deps());
  partner = await partnerToCall(backend.url, await backend.tokenFor('adviser'), backend.deps());
}, 120_000);

afterAll(async () => {
  for (const p of pages) await p.context().close();
  await desk?.close();
  await browser?.close();
  await harness?.close();
  await platform?.stop();
  dirs.removeAll();
}, 60_000);

const db = () => backend.deps().db.kysely;
const callPanel = (page: Page) => page.getByRole('region', { name: 'Samtal' });
const myStatus = (page: Page) => page.getByRole('status', { name: 'Min status' });

/** A consumer's phone on the platform's stand-in for the telephone network. */
async function phoneOf(number: string): Promise<Page> {
  const page = await harness.open(browser, wsUrl, number, 'localhost');
  pages.push(page);
  await until(`${number} registered`, () => harnessState(page), (s) => s.line === 'registered');
  return page;
}

describe('a call through the SIP platform', () => {
  it('is routed to the ready adviser, answered from the offer, carries audio both ways, is held and keyed, is handed over to a partner with a referral, and ends in wrap-up on the server', async () => {
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'), { HALLA_SIP_ORIGINS: wsUrl });
    const { page } = desk;
    await desk.context.addInitScript(RECORD_PEER_CONNECTIONS);
    await page.reload();
    screenshotOnFailure(() => page, 'phone-call');
    await login(page, 'adviser');
    await waitForText(page.locator('.phone-status'), 'Telefon ansluten', { timeoutMs: 30_000 });
    await waitForText(myStatus(page), 'Offline', { timeoutMs: 30_000 });
    await page.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
    await waitForText(myStatus(page), 'Redo');
    await waitFor('the adviser ready on the server', async () => {
      const row = await db().selectFrom('adviser_presence').select('intent').where('user_id', '=', await userId(backend.deps(), 'adviser')).executeTakeFirstOrThrow();
      return row.intent === 'ready';
    });

    // The consumer calls the service number: queued, routed, and the adviser's softphone rings with the offer.
    const caller = await phoneOf(consumer.phone);
    await harnessCommand(caller, { kind: 'dial', target: SERVICE_NUMBER });
    const card = workList(page).getByRole('article', { name: 'Ny kontakt: Telefon' });
    await waitForText(card, consumer.phone, { timeoutMs: 30_000 });
    const panel = callPanel(page);
    await waitForText(panel, 'Ringer', { timeoutMs: 30_000 });
    const interaction = await waitFor('the call as an interaction', async () =>
      db().selectFrom('interactions').selectAll().where('channel', '=', 'phone').where('from_address', '=', consumer.phone).executeTakeFirst(),
    );
    expect(interaction.state).toBe('offered');
    // The screen pop: the caller's earlier cases on the offer, found by the number the platform passed on.
    await waitForText(card, 'Tidigare ärenden');
    await waitForText(card, consumer.references[0]!);
    await screenshot(page, 'phone-call-ringing');

    // Answered from the offer card: the SIP call is answered, and the platform tells the backend.
    await card.getByRole('button', { name: 'Svara' }).click();
    await waitForText(panel, 'Pågår');
    await until('the consumer connected', () => harnessState(caller), (s) => s.calls[0]?.status === 'active');
    const active = await waitFor('the interaction active on the server', async () => {
      const row = await db().selectFrom('interactions').selectAll().where('id', '=', interaction.id).executeTakeFirstOrThrow();
      return row.state === 'active' ? row : undefined;
    });
    expect(active.adviser_id).toBe(await userId(backend.deps(), 'adviser'));
    expect(active.case_id).not.toBeNull();
    expect(Date.parse(active.accepted_at!)).toBeGreaterThanOrEqual(Date.parse(active.offered_at!));
    await waitForText(myStatus(page), 'I kontakt');

    // Audio both ways.
    await until('the consumer hears the adviser', () => harnessLevel(caller), (l) => l > LOUD);
    await until('the adviser hears the consumer', () => deskHears(page), (yes) => yes);
    await screenshot(page, 'phone-call-active');
    const axe = await axeScreen(page, 'a call in progress');
    expect(axe.blocking, formatReports([axe])).toBe(0);

    // Hold from the keyboard: silence for the consumer; resume brings the adviser back.
    await workList(page).focus();
    await page.keyboard.press('Alt+P');
    await waitForText(panel, 'Parkerat');
    await until('silence for the consumer on hold', () => harnessLevel(caller), (l) => l < SILENT);
    await page.keyboard.press('Alt+P');
    await waitForText(panel, 'Pågår');
    await until('the consumer hears the adviser again', () => harnessLevel(caller), (l) => l > LOUD);

    // DTMF from the keypad.
    await page.keyboard.press('Alt+K');
    const keypad = page.getByRole('dialog', { name: 'Knappsats' });
    await keypad.waitFor();
    await page.keyboard.type('12#');
    await waitForText(keypad, 'Skickat: 12#');
    await page.keyboard.press('Escape');
    await keypad.waitFor({ state: 'detached' });

    // A partner for the case, and a warm transfer from their contact card.
    const side = sidePanel(page);
    await side.getByRole('tab', { name: 'Samverkande aktörer' }).click();
    await side.getByRole('combobox', { name: 'Ämne' }).selectOption(partner.topicId);
    await side.getByRole('combobox', { name: 'Kommun' }).selectOption(partner.municipalityCode);
    const partnerNumber = partner.phone.replace(/\D/g, '');
    const partnerPhone = await phoneOf(partnerNumber);
    await side.getByRole('button', { name: `Koppla samtalet hit: ${partner.name}` }).click();
    const transfer = page.getByRole('dialog', { name: 'Koppla vidare samtalet' });
    await transfer.waitFor();
    expect(await transfer.getByRole('textbox', { name: 'Telefonnummer' }).inputValue()).toBe(partnerNumber);
    expect(await transfer.getByRole('radio', { name: /Med konsultation/ }).isChecked()).toBe(true);
    await transfer.getByRole('button', { name: 'Ring mottagaren' }).click();
    await transfer.waitFor({ state: 'detached' });
    const partnerRinging = await until('the partner’s phone to ring', () => harnessState(partnerPhone), (s) => s.calls[0]?.status === 'ringing');
    await until('silence for the consumer on hold', () => harnessLevel(caller), (l) => l < SILENT);
    await harnessCommand(partnerPhone, { kind: 'answer', callId: partnerRinging.calls[0]?.id });
    await until('the partner hears the adviser', () => harnessLevel(partnerPhone), (l) => l > LOUD);
    const complete = panel.getByRole('button', { name: 'Slutför överkopplingen' });
    await expect.poll(() => complete.isDisabled()).toBe(false);
    await complete.click();

    // Handed over: consumer and partner talk, and the adviser's calls end.
    const consumerSide = await until('the consumer on the line with the partner', () => harnessState(caller), (s) => s.calls.length === 1 && s.calls[0]?.remote === partnerNumber && s.calls[0]?.status === 'active');
    await until('the partner on the line with the consumer', () => harnessState(partnerPhone), (s) => s.calls.length === 1 && s.calls[0]?.remote === consumer.phone && s.calls[0]?.status === 'active');
    await until('the consumer hears the partner', () => harnessLevel(caller), (l) => l > LOUD);
    await until('the partner hears the consumer', () => harnessLevel(partnerPhone), (l) => l > LOUD);
    await waitForText(panel, 'Senaste samtalet: vidarekopplat');

    // The handover is a referral: offered for the case with the partner and "transferred"; the adviser says why.
    const referral = page.getByRole('dialog', { name: 'Hänvisa till samverkande aktör' });
    await referral.waitFor();
    expect(await referral.getByRole('radio', { name: partner.name }).isChecked()).toBe(true);
    expect(await referral.getByRole('radio', { name: 'Kopplad – samtalet förs över' }).isChecked()).toBe(true);
    await referral.getByRole('textbox', { name: 'Anledning till hänvisningen' }).fill('Konsumenten behöver hjälp som aktören ger.');
    await referral.getByRole('button', { name: 'Spara hänvisning' }).click();
    await referral.waitFor({ state: 'detached' });

    const ended = await waitFor('the interaction in wrap-up on the server', async () => {
      const row = await db().selectFrom('interactions').selectAll().where('id', '=', interaction.id).executeTakeFirstOrThrow();
      return row.state === 'wrap_up' ? row : undefined;
    });
    expect(Date.parse(ended.wrap_up_at!)).toBeGreaterThanOrEqual(Date.parse(ended.accepted_at!));
    expect(Date.parse(ended.arrived_at)).toBeLessThanOrEqual(Date.parse(active.offered_at!));
    await waitForText(myStatus(page), 'Efterarbete');
    const events = await db().selectFrom('interaction_events').select('type').where('interaction_id', '=', interaction.id).orderBy('id').execute();
    expect(events.map((e) => e.type)).toEqual(['queued', 'offered', 'phone_ringing', 'accepted', 'wrap_up']);
    const referrals = await waitFor('the referral on the server', async () => {
      const rows = await db().selectFrom('referrals').select(['partner_id', 'method']).where('case_id', '=', ended.case_id!).execute();
      return rows.length > 0 ? rows : undefined;
    });
    expect(referrals).toEqual([{ partner_id: partner.partnerId, method: 'transferred' }]);

    // The consumer ends the call with the partner.
    await harnessCommand(caller, { kind: 'hangup', callId: consumerSide.calls[0]?.id });
    await until('the partner’s call ended', () => harnessState(partnerPhone), (s) => s.calls.length === 0);

    expect(desk.pageErrors).toEqual([]);
    expect(desk.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }, 180_000);

  it('counts a caller who hangs up while waiting in the queue as abandoned', async () => {
    // Nobody is free (the adviser is in wrap-up), so the call waits.
    const caller = await phoneOf('+46701112233');
    await harnessCommand(caller, { kind: 'dial', target: SERVICE_NUMBER });
    const waiting = await waitFor('the call waiting in the queue', async () =>
      db().selectFrom('interactions').selectAll().where('channel', '=', 'phone').where('from_address', '=', '+46701112233').where('state', '=', 'queued').executeTakeFirst(),
    );
    const call = await until('the call out', () => harnessState(caller), (s) => s.calls.length === 1);
    await harnessCommand(caller, { kind: 'hangup', callId: call.calls[0]?.id });
    const gone = await waitFor('the call abandoned on the server', async () => {
      const row = await db().selectFrom('interactions').selectAll().where('id', '=', waiting.id).executeTakeFirstOrThrow();
      return row.state === 'abandoned' ? row : undefined;
    });
    expect(gone.adviser_id).toBeNull();
    expect(gone.ended_at).not.toBeNull();
  }, 60_000);

  it('moves a routed call back to the queue from the transfer dialog: the same contact keeps its place in line, and a colleague’s phone rings with it and the note', async () => {
    if (!desk) throw new Error('the first test opens the workstation');
    const { page } = desk;
    const post = async (token: string, path: string, body: object) => {
      const res = await fetch(`${backend.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return res;
    };
    // The adviser finishes the wrap-up of the first call and is ready again.
    const mine = await backend.tokenFor('adviser');
    const inWrapUp = await db().selectFrom('interactions').select('id').where('state', '=', 'wrap_up').where('adviser_id', '=', await userId(backend.deps(), 'adviser')).execute();
    for (const { id } of inWrapUp) await post(mine, `/v1/interactions/${id}/complete`, {});
    await waitForText(myStatus(page), 'Redo');

    // A consumer calls and the adviser answers from the offer.
    const caller = await phoneOf('+46701112244');
    await harnessCommand(caller, { kind: 'dial', target: SERVICE_NUMBER });
    const card = workList(page).getByRole('article', { name: 'Ny kontakt: Telefon' });
    await waitForText(card, '+46701112244', { timeoutMs: 30_000 });
    await card.getByRole('button', { name: 'Svara' }).click();
    const panel = callPanel(page);
    await waitForText(panel, 'Pågår');
    const active = await waitFor('the call active on the server', async () =>
      db().selectFrom('interactions').selectAll().where('from_address', '=', '+46701112244').where('state', '=', 'active').executeTakeFirst(),
    );

    // A colleague who takes Swedish calls gets ready, with their phone registered; the adviser takes a break after this call.
    const profiles = await db().selectFrom('adviser_profiles as p').innerJoin('users as u', 'u.id', 'p.user_id').select(['u.username', 'u.id', 'p.channels', 'p.languages']).where('u.username', '!=', 'adviser').execute();
    const colleague = profiles.find((p) => p.username.startsWith('adviser') && JSON.parse(p.channels).includes('phone') && JSON.parse(p.languages).includes('sv'))!;
    const theirs = await backend.tokenFor(colleague.username);
    const credentials = (await (await fetch(`${backend.url}/v1/phone/credentials`, { headers: { authorization: `Bearer ${theirs}` } })).json()) as { uri: string; authorizationUsername: string; password: string };
    const sipUser = credentials.uri.slice(4, credentials.uri.indexOf('@'));
    const colleaguePhone = await harness.open(browser, wsUrl, sipUser, 'localhost', { credentials: { auth: credentials.authorizationUsername, password: credentials.password } });
    pages.push(colleaguePhone);
    await until('the colleague’s phone registered', () => harnessState(colleaguePhone), (st) => st.line === 'registered');
    await post(theirs, '/v1/presence', { intent: 'ready' });
    await post(mine, '/v1/presence', { intent: 'not_ready', reason: 'break' });

    // Alt+V: back to the Swedish queue (the call's own, preselected), with a note.
    await workList(page).focus();
    await page.keyboard.press('Alt+V');
    const dialog = page.getByRole('dialog', { name: 'Koppla vidare samtalet' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'En kö' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox', { name: 'Kö' }).inputValue()).toBe('phone-sv');
    await waitForText(dialog, 'får tillbaka sin plats i kön');
    const axe = await axeScreen(page, 'the transfer dialog for a routed call');
    expect(axe.blocking, formatReports([axe])).toBe(0);
    await dialog.getByRole('textbox', { name: 'Intern anteckning' }).fill('Vill prata med någon om sin reklamation.');
    await dialog.getByRole('button', { name: 'Koppla vidare' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The colleague's phone rings with the same contact; they answer and talk to the consumer.
    const ringing = await until('the colleague’s phone to ring', () => harnessState(colleaguePhone), (st) => st.calls[0]?.status === 'ringing', 30_000);
    expect(ringing.calls[0]).toMatchObject({ interactionId: active.id, remote: '+46701112244' });
    await waitForText(panel, 'Senaste samtalet: vidarekopplat');
    await harnessCommand(colleaguePhone, { kind: 'answer', callId: ringing.calls[0]?.id });
    await until('the consumer on the line with the colleague', () => harnessState(caller), (st) => st.calls.length === 1 && st.calls[0]?.status === 'active');
    await until('the consumer hears the colleague', () => harnessLevel(caller), (l) => l > LOUD);
    await until('the colleague hears the consumer', () => harnessLevel(colleaguePhone), (l) => l > LOUD);

    const moved = await waitFor('the contact active with the colleague', async () => {
      const row = await db().selectFrom('interactions').selectAll().where('id', '=', active.id).executeTakeFirstOrThrow();
      return row.state === 'active' && row.adviser_id === colleague.id ? row : undefined;
    });
    // Its place in line is where it first arrived; the same case; the note for the colleague.
    expect(moved).toMatchObject({ enqueued_at: active.arrived_at, case_id: active.case_id, queue_id: 'phone-sv', note: 'Vill prata med någon om sin reklamation.' });
    const steps = await db().selectFrom('interaction_events').select('type').where('interaction_id', '=', active.id).orderBy('id').execute();
    expect(steps.map((e) => e.type)).toEqual(['queued', 'offered', 'phone_ringing', 'accepted', 'transferred', 'offered', 'phone_ringing', 'accepted']);
    const calls = await db().selectFrom('phone_calls').select(['state', 'ended_by']).where('interaction_id', '=', active.id).orderBy('created_at').execute();
    expect(calls).toEqual([
      { state: 'ended', ended_by: 'adviser' },
      { state: 'answered', ended_by: null },
    ]);
    // The adviser is free: no wrap-up for a call they handed on.
    await waitForText(myStatus(page), 'Inte redo – Rast');

    await harnessCommand(caller, { kind: 'hangup', callId: (await harnessState(caller)).calls[0]?.id });
    await waitFor('the colleague’s wrap-up', async () => {
      const row = await db().selectFrom('interactions').select('state').where('id', '=', active.id).executeTakeFirstOrThrow();
      return row.state === 'wrap_up' ? row : undefined;
    });
  }, 120_000);
});
