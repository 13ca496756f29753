// The consumer's side of chat, end to end in Chromium against a real backend
// whose clock runs inside (or, for the last test, outside) the chat queue's
// opening hours; the adviser is driven through the API as their workstation
// would drive it. A consumer opens /chat, starts a chat with a question and
// sees their place in line; an adviser accepts and answers, and the answer
// shows once; the network drops while the consumer sends two messages, the
// answer to one of the resends is lost too, and back online both reach the
// server exactly once and in order while the adviser's message from during
// the drop shows once; a reload resumes the same chat with nothing doubled;
// the transcript is asked for (a bad address refused first); the adviser ends
// the chat and the page says so. The website's chat button opens the same
// page in a panel at phone width, keeps the chat when closed, counts new
// messages, survives a reload of the website's page, and ends with a
// confirmation. Outside opening hours the page shows the other channels. Axe
// finds nothing serious on any view; the page breaks no CSP rule.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR } from '../../backend/src/shared/clock.js';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { apiCaller } from './support/queue-traffic.js';
import { RunningClock, withinPhoneHours } from './support/running-clock.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { waitForText } from './support/workstation.js';

interface ChatMessage {
  seq: number;
  sender: 'consumer' | 'adviser' | 'system';
  clientId: string;
  body: string;
  delivered: boolean;
  read: boolean;
}

const dirs = tempDirs('consumer-chat');
const backends: E2eBackend[] = [];
const contexts: BrowserContext[] = [];
const servers: http.Server[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  for (const c of contexts.splice(0)) await c.close();
  await browser?.close();
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
  for (const b of backends.splice(0)) await b.stop();
  dirs.removeAll();
}, 60_000);

/** A backend of its own (its own data directory), no historical cases, its clock at `at` and running. */
async function backendAt(label: string, at: Date): Promise<E2eBackend> {
  const backend = await startBackend(dirs.make(label), 0, { clock: new RunningClock(at) });
  backends.push(backend);
  return backend;
}

interface Consumer {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
}

async function consumerBrowser(viewport = { width: 900, height: 860 }): Promise<Consumer> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  contexts.push(context);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  return { context, page, pageErrors, consoleErrors };
}

/** Chromium reports a blocked script, style or connection as a console error naming the Content Security Policy. */
const cspViolations = (c: Consumer) => c.consoleErrors.filter((m) => /Content.Security.Policy/i.test(m));

/** The adviser's side, through the API as their workstation would use it. */
async function adviser(backend: E2eBackend, username: string) {
  const call = apiCaller(backend.url);
  const token = await backend.tokenFor(username);
  return {
    call: <T>(method: 'GET' | 'POST', path: string, body?: object) => call<T>(token, method, path, body),
    async ready() {
      await call(token, 'POST', '/v1/presence', { intent: 'ready' });
    },
    async accept(chatId: string) {
      await waitFor('the chat offered to the adviser', async () => {
        const work = await call<{ interactions: Array<{ id: string; state: string }> }>(token, 'GET', '/v1/work');
        return work.interactions.some((i) => i.id === chatId && i.state === 'offered');
      });
      await call(token, 'POST', `/v1/interactions/${chatId}/accept`);
    },
    say: (chatId: string, clientId: string, text: string) => call<ChatMessage>(token, 'POST', `/v1/interactions/${chatId}/messages`, { clientId, text }),
    messages: (chatId: string) => call<ChatMessage[]>(token, 'GET', `/v1/interactions/${chatId}/messages`),
  };
}

const savedChat = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('halla-chat') ?? 'null') as { chatId: string; outbox: Array<{ text: string }> } | null);

const log = (page: Page) => page.getByRole('list', { name: 'Meddelanden' });
const entries = (page: Page, text: string) => log(page).getByRole('listitem').filter({ hasText: text });
const composer = (page: Page) => page.getByRole('textbox', { name: 'Skriv ett meddelande' });

async function expectOnce(page: Page, text: string): Promise<void> {
  await entries(page, text).first().waitFor();
  expect(await entries(page, text).count(), `"${text}" in the log`).toBe(1);
}

function assertAxe(reports: ScreenReport[]): void {
  const report = formatReports(reports);
  if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
  for (const r of reports) expect(r.passes, `axe checked nothing on ${r.screen}`).toBeGreaterThan(10);
  expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
}

describe('consumer chat', () => {
  it('starts, waits in line, is answered once, loses and regains the network without losing or doubling a message, survives a reload, asks for the transcript and is ended by the adviser', async () => {
    const backend = await backendAt('journey', withinPhoneHours());
    const lead = apiCaller(backend.url);
    const leadToken = await backend.tokenFor('teamlead');
    const queues = await lead<Array<{ id: string; openNow: boolean }>>(leadToken, 'GET', '/v1/queues');
    expect(queues.find((q) => q.id === 'chat-sv')?.openNow, 'the RunningClock must be within the chat queue\'s hours').toBe(true);
    const db = backend.deps().db.kysely;
    const reports: ScreenReport[] = [];

    const consumer = await consumerBrowser();
    const { page, context } = consumer;
    screenshotOnFailure(() => page, 'consumer-chat');
    await page.goto(`${backend.url}/chat`);

    // The start form: language, area, name and question, all labelled.
    await page.getByRole('heading', { name: 'Starta en chatt' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Svenska' }).isChecked()).toBe(true);
    reports.push(await axeScreen(page, 'consumer-chat-start'));
    await page.getByRole('combobox', { name: 'Vad gäller din fråga? (valfritt)' }).selectOption({ label: 'Köp av varor' });
    await page.getByRole('textbox', { name: 'Vad vill du kallas? (valfritt)' }).fill('Kim');
    const question = 'Min tvättmaskin läcker efter tio månader. Vad gäller?';
    await page.getByRole('textbox', { name: 'Din fråga (valfritt)' }).fill(question);
    await page.getByRole('button', { name: 'Starta chatten' }).click();

    // Waiting: the place in line and an estimate; the question is in the log, once.
    await page.getByText('Du är först i kön.').waitFor();
    await page.getByText(/^Beräknad väntetid: /).waitFor();
    await expectOnce(page, question);
    expect(await composer(page).evaluate((el) => el === document.activeElement), 'focus in the message box').toBe(true);
    const chatId = (await savedChat(page))!.chatId;
    const row = await db.selectFrom('interactions').select(['channel', 'state', 'topic_id', 'language']).where('id', '=', chatId).executeTakeFirstOrThrow();
    expect(row).toEqual({ channel: 'chat', state: 'queued', topic_id: 'goods', language: 'sv' });
    expect((await db.selectFrom('chat_sessions').select('consumer_name').where('interaction_id', '=', chatId).executeTakeFirstOrThrow()).consumer_name).toBe('Kim');
    await screenshot(page, 'consumer-chat-waiting');
    reports.push(await axeScreen(page, 'consumer-chat-waiting'));

    // An adviser (written channels, Swedish and English) goes ready, is offered the chat and accepts.
    const hanna = await adviser(backend, 'adviser9');
    await hanna.ready();
    await hanna.accept(chatId);
    await page.getByText('Du chattar med Hanna').waitFor();
    await expectOnce(page, 'Hanna har anslutit till chatten.');
    expect(await page.getByText('Du är först i kön.').isVisible()).toBe(false);

    // Typing both ways.
    await hanna.call('POST', `/v1/interactions/${chatId}/typing`);
    await page.getByText('Hanna skriver …').waitFor();
    await composer(page).pressSequentially('Hej');
    await waitFor('the consumer typing on the server', async () => {
      const s = await db.selectFrom('chat_sessions').select('consumer_typing_at').where('interaction_id', '=', chatId).executeTakeFirstOrThrow();
      return s.consumer_typing_at !== null;
    });
    await composer(page).fill('');

    // The answer shows once, and the page tells the server it was read.
    const answer = 'Hej Kim! Du kan reklamera hos säljaren inom tre år från köpet.';
    const said = await hanna.say(chatId, 'adv-answer-000001', answer);
    await expectOnce(page, answer);
    await waitFor('the typing line gone', async () => !(await page.getByText('Hanna skriver …').isVisible()));
    await waitFor('the answer read on the server', async () => (await hanna.messages(chatId)).find((m) => m.seq === said.seq)?.read === true);

    // Enter sends, Shift+Enter breaks the line; read marks follow the adviser's receipts.
    await composer(page).click();
    await page.keyboard.type('Jag köpte den i januari.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Kvittot har jag kvar.');
    await page.keyboard.press('Enter');
    const twoLines = 'Jag köpte den i januari.\nKvittot har jag kvar.';
    const mine = entries(page, 'Kvittot har jag kvar.');
    await waitForText(mine, 'Skickat');
    const stored = await waitFor('the two-line message on the server', async () => (await hanna.messages(chatId)).find((m) => m.body === twoLines));
    await hanna.call('POST', `/v1/interactions/${chatId}/receipts`, { deliveredUpTo: stored.seq, readUpTo: stored.seq });
    await waitForText(mine, 'Läst');
    await screenshot(page, 'consumer-chat-active');
    reports.push(await axeScreen(page, 'consumer-chat-active'));
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'consumer-chat-phone');
    reports.push(await axeScreen(page, 'consumer-chat-phone'));
    await page.setViewportSize({ width: 900, height: 860 });

    // The network goes. Two messages are typed; they wait in the outbox, marked as not sent yet.
    let networkUp = false;
    let answersLost = 0;
    await page.route('**/v1/public/chats/*/messages', async (route) => {
      if (!networkUp) return route.abort('internetdisconnected');
      // Back online, the first resend reaches the server but its answer is lost on the way back.
      if (route.request().method() === 'POST' && answersLost === 0) {
        answersLost++;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await context.setOffline(true);
    await page.getByText('Du är inte uppkopplad.', { exact: false }).waitFor();
    const first = 'Säljaren säger att det är mitt fel.';
    const second = 'Kan jag vända mig till ARN?';
    await composer(page).fill(first);
    await page.keyboard.press('Enter');
    await composer(page).fill(second);
    await page.keyboard.press('Enter');
    await waitForText(entries(page, first), 'Inte skickat än – försöker igen');
    await waitForText(entries(page, second), 'Inte skickat än – försöker igen');
    expect((await savedChat(page))!.outbox.map((i) => i.text)).toEqual([first, second]);
    // The adviser writes meanwhile.
    const during = 'Jag tittar på det – ett ögonblick.';
    await hanna.say(chatId, 'adv-during-000001', during);
    expect((await hanna.messages(chatId)).filter((m) => m.body === first || m.body === second)).toEqual([]);
    await screenshot(page, 'consumer-chat-offline');

    // Back online: both arrive exactly once and in order; the adviser's message shows once.
    networkUp = true;
    await context.setOffline(false);
    const onServer = await waitFor('both messages on the server', async () => {
      const list = await hanna.messages(chatId);
      return list.some((m) => m.body === second) ? list : undefined;
    }, { timeoutMs: 30_000 });
    const consumerSaid = onServer.filter((m) => m.sender === 'consumer').map((m) => m.body);
    expect(consumerSaid).toEqual([question, twoLines, first, second]);
    expect(answersLost).toBe(1);
    await expectOnce(page, during);
    await waitFor('no message waiting', async () => (await savedChat(page))!.outbox.length === 0);
    await waitForText(entries(page, second), 'Skickat');
    await expectOnce(page, first);
    await expectOnce(page, second);
    expect(await page.getByText('Inte skickat än', { exact: false }).count()).toBe(0);
    await page.unroute('**/v1/public/chats/*/messages');
    // In the log as on the server: by sequence.
    const order = await log(page).getByRole('listitem').allInnerTexts();
    const at = (text: string) => order.findIndex((t) => t.includes(text));
    expect(at(during)).toBeGreaterThan(at('Kvittot har jag kvar.'));
    expect(at(first)).toBeLessThan(at(second));

    // A reload resumes the same chat, every message once.
    await page.reload();
    await page.getByText('Du chattar med Hanna').waitFor();
    await expectOnce(page, second);
    expect((await savedChat(page))!.chatId).toBe(chatId);
    for (const text of [question, answer, 'Kvittot har jag kvar.', first, during]) await expectOnce(page, text);
    expect(await log(page).getByRole('listitem').count()).toBe((await hanna.messages(chatId)).length);
    await composer(page).fill('Tack, det hjälper.');
    await page.keyboard.press('Enter');
    await waitFor('the message after the reload on the server', async () => (await hanna.messages(chatId)).filter((m) => m.body === 'Tack, det hjälper.').length === 1);

    // The transcript: a bad address is refused on the page, a good one is taken.
    await page.getByText('Skicka utskriften till min e-post').click();
    const email = page.getByRole('textbox', { name: 'Din e-postadress' });
    await email.fill('kim@');
    await page.getByRole('button', { name: 'Skicka utskriften' }).click();
    await page.getByText('Skriv en giltig e-postadress', { exact: false }).waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect((await db.selectFrom('chat_sessions').select('transcript_email').where('interaction_id', '=', chatId).executeTakeFirstOrThrow()).transcript_email).toBeNull();
    await email.fill('kim@example.se');
    await page.getByRole('button', { name: 'Skicka utskriften' }).click();
    await page.getByText('Klart! Utskriften skickas till kim@example.se när chatten är avslutad.').waitFor();
    expect((await db.selectFrom('chat_sessions').select('transcript_email').where('interaction_id', '=', chatId).executeTakeFirstOrThrow()).transcript_email).toBe('kim@example.se');

    // The adviser ends the chat: the page says so, and the transcript is on its way.
    await hanna.call('POST', `/v1/interactions/${chatId}/end`);
    await page.getByRole('heading', { name: 'Chatten är avslutad' }).waitFor();
    await page.getByText('Vägledaren avslutade chatten.').waitFor();
    await expectOnce(page, 'Vägledaren har avslutat chatten. Tack för att du hörde av dig!');
    expect(await composer(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Avsluta chatten' }).isVisible()).toBe(false);
    const mail = await db.selectFrom('mail_outbox').select(['to_address', 'body']).where('purpose', '=', `chat-transcript:${chatId}`).execute();
    expect(mail.map((m) => m.to_address)).toEqual(['kim@example.se']);
    expect(mail[0]!.body.split(second)).toHaveLength(2);
    await screenshot(page, 'consumer-chat-ended');
    reports.push(await axeScreen(page, 'consumer-chat-ended'));

    assertAxe(reports);
    expect(cspViolations(consumer), consumer.consoleErrors.join('\n')).toEqual([]);
    expect(consumer.pageErrors).toEqual([]);
  }, 180_000);

  it('opens from the website\'s chat button at phone width, keeps the chat when the panel is closed, and ends with a confirmation', async () => {
    const backend = await backendAt('widget', withinPhoneHours());
    // The public website, on another site than the backend.
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reklamation – Hallå konsument</title></head>
<body><main><h1>Reklamera en vara</h1><p>Du har rätt att reklamera en vara som är felaktig.</p></main>
<script src="${backend.url}/widget/chat.js" data-lang="sv" async></script></body></html>`);
    });
    servers.push(site);
    await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
    const siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/reklamation`;

    const consumer = await consumerBrowser({ width: 360, height: 740 });
    const { page } = consumer;
    screenshotOnFailure(() => page, 'consumer-chat-widget');
    await page.goto(siteUrl);
    const launcher = page.getByRole('button', { name: 'Chatta med oss' });
    await launcher.click();
    const panel = page.getByRole('dialog', { name: 'Chatt med Hallå konsument' });
    await panel.waitFor();
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    const chat = page.frameLocator('iframe[title="Chatt med Hallå konsument"]');
    await chat.getByRole('heading', { name: 'Starta en chatt' }).waitFor();
    await screenshot(page, 'consumer-chat-widget-phone-start');
    await chat.getByRole('textbox', { name: 'Din fråga (valfritt)' }).fill('Får jag häva köpet av en soffa som inte levererats?');
    await chat.getByRole('button', { name: 'Starta chatten' }).click();
    await chat.getByText('Du är först i kön.').waitFor();
    await screenshot(page, 'consumer-chat-widget-phone-waiting');
    const reports = [await axeScreen(page, 'consumer-chat-widget-waiting')];
    const chatId = await waitFor('the chat in the database', async () => {
      const r = await backend.deps().db.kysely.selectFrom('interactions').select('id').where('channel', '=', 'chat').executeTakeFirst();
      return r?.id;
    });

    // Closing the panel keeps the chat; focus goes back to the button, which counts what comes meanwhile.
    await page.getByRole('button', { name: 'Stäng chattfönstret (chatten fortsätter)' }).click();
    await panel.waitFor({ state: 'hidden' });
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    const hanna = await adviser(backend, 'adviser9');
    await hanna.ready();
    await hanna.accept(chatId);
    const said = await hanna.say(chatId, 'adv-widget-000001', 'Hej! Har du fått ett leveransdatum?');
    await page.getByRole('button', { name: /Chatta med oss\s*2 nya meddelanden/ }).waitFor();
    // Delivered to the page, but not read while the panel is closed.
    await waitFor('the answer delivered', async () => (await hanna.messages(chatId)).find((m) => m.seq === said.seq)?.delivered === true);
    expect((await hanna.messages(chatId)).find((m) => m.seq === said.seq)?.read).toBe(false);

    // The website's page is reloaded: the chat comes back with it, still closed; opened, it is all there and read.
    await page.reload();
    await launcher.waitFor();
    await launcher.click();
    await panel.waitFor();
    await chat.getByText('Hej! Har du fått ett leveransdatum?').waitFor();
    expect(await chat.getByText('Hej! Har du fått ett leveransdatum?').count()).toBe(1);
    await waitFor('the answer read once the panel is open', async () => (await hanna.messages(chatId)).find((m) => m.seq === said.seq)?.read === true);
    // Esc in the chat closes the panel too (focus back on the button); the button opens it again with focus in the message box.
    await chat.getByRole('textbox', { name: 'Skriv ett meddelande' }).focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await waitFor('focus in the message box', () => chat.getByRole('textbox', { name: 'Skriv ett meddelande' }).evaluate((el) => el === document.activeElement));

    // The consumer ends the chat; a confirmation comes first, and "no" changes nothing.
    await chat.getByRole('button', { name: 'Avsluta chatten' }).click();
    const confirm = chat.getByRole('dialog', { name: 'Vill du avsluta chatten?' });
    await confirm.waitFor();
    await screenshot(page, 'consumer-chat-widget-phone-confirm');
    await confirm.getByRole('button', { name: 'Nej, fortsätt chatta' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect((await backend.deps().db.kysely.selectFrom('chat_sessions').select('ended_at').where('interaction_id', '=', chatId).executeTakeFirstOrThrow()).ended_at).toBeNull();
    await chat.getByRole('button', { name: 'Avsluta chatten' }).click();
    await confirm.getByRole('button', { name: 'Ja, avsluta chatten' }).click();
    await chat.getByRole('heading', { name: 'Chatten är avslutad' }).waitFor();
    await chat.getByText('Du avslutade chatten.').waitFor();
    const session = await backend.deps().db.kysely.selectFrom('chat_sessions').select('ended_by').where('interaction_id', '=', chatId).executeTakeFirstOrThrow();
    expect(session.ended_by).toBe('consumer_ended');
    await screenshot(page, 'consumer-chat-widget-phone-ended');
    reports.push(await axeScreen(page, 'consumer-chat-widget-ended'));

    assertAxe(reports);
    expect(cspViolations(consumer), consumer.consoleErrors.join('\n')).toEqual([]);
    expect(consumer.pageErrors).toEqual([]);
  }, 180_000);

  it('outside opening hours says when the chat opens and shows the phone, e-mail and forum instead — also when the queue closes as the consumer starts', async () => {
    // 18:00 on a working day: the chat and phone queues closed since 16:00.
    const backend = await backendAt('closed', new Date(withinPhoneHours().getTime() + 8 * HOUR));
    const leadToken = await backend.tokenFor('teamlead');
    const queues = await apiCaller(backend.url)<Array<{ id: string; openNow: boolean }>>(leadToken, 'GET', '/v1/queues');
    expect(queues.find((q) => q.id === 'chat-sv')?.openNow).toBe(false);

    const consumer = await consumerBrowser({ width: 360, height: 740 });
    const { page } = consumer;
    screenshotOnFailure(() => page, 'consumer-chat-closed');
    await page.goto(`${backend.url}/chat`);
    await page.getByRole('heading', { name: 'Chatten är stängd just nu' }).waitFor();
    await page.getByText(/^Chatten öppnar igen (i morgon|måndag|tisdag|onsdag|torsdag|fredag) .*09:00\.$/).waitFor();
    const ways = page.getByRole('list').filter({ hasText: 'Ring oss' });
    await waitForText(ways, 'Telefontid vardagar 9–16');
    await waitForText(ways, 'Stängt – öppnar');
    expect(await ways.getByRole('link', { name: '0771-525 525' }).getAttribute('href')).toBe('tel:+46771525525');
    expect(await ways.getByRole('link', { name: 'info@hallakonsument.se' }).getAttribute('href')).toBe('mailto:info@hallakonsument.se');
    expect(await ways.getByRole('link', { name: 'Till frågeforumet' }).getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.getByRole('button', { name: 'Starta chatten' }).isVisible()).toBe(false);
    await screenshot(page, 'consumer-chat-closed');
    const reports = [await axeScreen(page, 'consumer-chat-closed')];

    await page.goto(`${backend.url}/chat?lang=en`);
    await page.getByRole('heading', { name: 'The chat is closed right now' }).waitFor();
    await page.getByText('Call us').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The wait times say open (the queue closes a moment later): the start is refused with 409 and the page says so.
    await page.route('**/v1/public/wait-times', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { queues: Array<{ channel: string; open: boolean; nextOpening: string | null }> };
      for (const q of body.queues) if (q.channel === 'chat') Object.assign(q, { open: true, nextOpening: null });
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(`${backend.url}/chat`);
    await page.getByRole('button', { name: 'Starta chatten' }).click();
    await page.getByRole('heading', { name: 'Chatten är stängd just nu' }).waitFor();
    await page.getByText(/^Chatten öppnar igen .*09:00\.$/).waitFor();
    expect(await page.getByRole('heading', { name: 'Chatten är stängd just nu' }).evaluate((el) => el === document.activeElement)).toBe(true);
    const chats = await backend.deps().db.kysely.selectFrom('interactions').select('id').where('channel', '=', 'chat').execute();
    expect(chats).toEqual([]);

    assertAxe(reports);
    expect(cspViolations(consumer), consumer.consoleErrors.join('\n')).toEqual([]);
    expect(consumer.pageErrors).toEqual([]);
  }, 120_000);
});
