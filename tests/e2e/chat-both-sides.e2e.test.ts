// One chat seen from both ends at once, in two Chromium contexts: the
// consumer on the public chat page and the adviser in the workstation
// (browser mode), against a real backend whose clock runs inside the chat
// queue's opening hours and which runs its live timers, as a server does.
// Each side reaches the backend through its own relay that the test can cut
// (every open connection dropped, new ones refused), so either side's
// network can fail while the other goes on.
//
// A consumer starts a chat on the page; a colleague takes it (through the
// API, as their desk would) and transfers it with a note to the adviser,
// whose workstation is offered it and shows the note; the consumer's page
// says so and then who they chat with now. The two write back and forth with
// typing shown on each side. The consumer's network drops while both write;
// then the adviser's. After each drop every message is exactly once and in
// the same order on the server, on the consumer's page and at the desk. The
// adviser ends the chat; the consumer's page says so, and the transcript —
// every line once — is on the consumer's case, on the server and in the
// workstation.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { networkSwitch, type NetworkSwitch } from './support/network-switch.js';
import { apiCaller } from './support/queue-traffic.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { RunningClock, withinPhoneHours } from './support/running-clock.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { userId } from './support/seeded-data.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { caseMain, login, openWorkstation, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('chat-both-sides');
let backend: E2eBackend;
let deskLine: NetworkSwitch;
let consumerLine: NetworkSwitch;
let browser: Browser;
let desk: Workstation | null = null;
let consumerContext: BrowserContext | null = null;

beforeAll(async () => {
  await ensureRendererBuilt();
  backend = await startBackend(dirs.make('backend'), 0, { clock: new RunningClock(withinPhoneHours()), liveTimers: true });
  deskLine = await networkSwitch(backend.port);
  consumerLine = await networkSwitch(backend.port);
  browser = await launchChromium();
  // A slow test machine must not see an offer ring out or a wrap-up end under it.
  const call = apiCaller(backend.url);
  const lead = await backend.tokenFor('teamlead');
  const queue = (await call<Array<{ id: string; version: number }>>(lead, 'GET', '/v1/queues')).find((q) => q.id === 'chat-sv');
  await call(lead, 'PATCH', '/v1/queues/chat-sv', { version: queue?.version, offerTimeoutSeconds: 120, wrapUpSeconds: 900 });
}, 120_000);

afterAll(async () => {
  await consumerContext?.close();
  await desk?.close();
  await browser?.close();
  await deskLine?.close();
  await consumerLine?.close();
  await backend?.stop();
  dirs.removeAll();
}, 60_000);

const db = () => backend.deps().db.kysely;
const interactionRow = (id: string) => db().selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const serverMessages = (id: string) => db().selectFrom('chat_messages').select(['seq', 'sender', 'body']).where('interaction_id', '=', id).orderBy('seq').execute();

// The consumer's page.
const pageLog = (page: Page): Locator => page.getByRole('list', { name: 'Meddelanden' });
const pageEntries = (page: Page, text: string): Locator => pageLog(page).getByRole('listitem').filter({ hasText: text });
const pageComposer = (page: Page): Locator => page.getByRole('textbox', { name: 'Skriv ett meddelande' });
// The adviser's chat area.
const chatArea = (page: Page): Locator => page.getByRole('region', { name: 'Chattar' });
const conversation = (page: Page): Locator => chatArea(page).getByRole('list', { name: 'Konversation' });
const deskComposer = (page: Page): Locator => chatArea(page).getByRole('textbox', { name: 'Svar till konsumenten' });
const myStatus = (page: Page): Locator => page.getByRole('status', { name: 'Min status' });

async function consumerSays(page: Page, text: string): Promise<void> {
  await pageComposer(page).fill(text);
  await pageComposer(page).press('Enter');
}

/** The consumer's message has reached the server: its mark says sent, delivered or read (the adviser may read it at once). */
async function reachedServer(page: Page, text: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(`"${text}" stored`, async () => {
    const mark = (await pageEntries(page, text).textContent()) ?? '';
    return !mark.includes('Inte skickat') && /Skickat|Levererat|Läst/.test(mark) ? true : undefined;
  }, { timeoutMs });
}

async function adviserSays(page: Page, text: string): Promise<void> {
  await deskComposer(page).click();
  await deskComposer(page).fill(text);
  await deskComposer(page).press('Enter');
}

/**
 * Every message of the chat exactly once and in the server's order, on all
 * three: the server, the consumer's page and the adviser's conversation.
 * Returns what the server holds.
 */
async function sameEverywhere(consumer: Page, adviser: Page, chatId: string, mustHold: string[]): Promise<string[]> {
  const stored = await waitFor('the messages on the server', async () => {
    const list = (await serverMessages(chatId)).map((m) => m.body);
    return mustHold.every((text) => list.includes(text)) ? list : undefined;
  }, { timeoutMs: 45_000 });
  for (const text of mustHold) expect(stored.filter((b) => b === text), `"${text}" on the server`).toHaveLength(1);
  await waitFor('the consumer’s page as on the server', async () => {
    // The page shows each message's text followed by its sender and status; compare by the text.
    const shown = await pageLog(consumer).getByRole('listitem').allInnerTexts();
    if (shown.length !== stored.length || !stored.every((body, i) => shown[i]!.includes(body))) {
      throw new Error(`page ${JSON.stringify(shown)}\nserver ${JSON.stringify(stored)}`);
    }
    return true;
  }, { timeoutMs: 45_000 });
  await waitFor('the desk’s conversation as on the server', async () => {
    const shown = await conversation(adviser).locator('li .msg-body').allInnerTexts();
    if (JSON.stringify(shown) !== JSON.stringify(stored)) throw new Error(`desk ${JSON.stringify(shown)}\nserver ${JSON.stringify(stored)}`);
    return true;
  }, { timeoutMs: 45_000 });
  return stored;
}

describe('a chat seen from both sides', () => {
  it('carries a whole conversation between the consumer’s page and the adviser’s desk through a transfer and a network drop on each side, every message exactly once, and leaves the transcript on the case', async () => {
    const reports: ScreenReport[] = [];
    desk = await openWorkstation(browser, deskLine.url, dirs.make('desk'));
    const adviser = desk.page;
    screenshotOnFailure(() => adviser, 'chat-both-sides-desk');
    await login(adviser, 'adviser');
    await waitForText(myStatus(adviser), 'Offline', { timeoutMs: 30_000 });

    consumerContext = await browser.newContext({ viewport: { width: 420, height: 860 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    consumerContext.setDefaultTimeout(15_000);
    const consumer = await consumerContext.newPage();
    const consumerErrors: string[] = [];
    consumer.on('pageerror', (err) => consumerErrors.push(err.message));
    screenshotOnFailure(() => consumer, 'chat-both-sides-consumer');

    // The consumer starts a chat; nobody is ready, so the page shows the place in line.
    await consumer.goto(`${consumerLine.url}/chat?lang=sv`);
    await consumer.getByRole('heading', { name: 'Starta en chatt' }).waitFor();
    await consumer.getByRole('textbox', { name: 'Vad vill du kallas? (valfritt)' }).fill('Eva');
    const question = 'Hej! Jag beställde en jacka på nätet men den kom aldrig. Säljaren svarar inte.';
    await consumer.getByRole('textbox', { name: 'Din fråga (valfritt)' }).fill(question);
    await consumer.getByRole('button', { name: 'Starta chatten' }).click();
    await consumer.getByText('Du är först i kön.').waitFor();
    const chatId = await waitFor('the chat on the server', async () =>
      (await db().selectFrom('interactions').select('id').where('channel', '=', 'chat').executeTakeFirst())?.id,
    );

    // A colleague takes it, greets the consumer, then hands it with a note to the adviser, who is ready.
    const call = apiCaller(backend.url);
    const ahmed = await backend.tokenFor('adviser2');
    await call(ahmed, 'POST', '/v1/presence', { intent: 'ready' });
    await waitFor('the chat offered to the colleague', async () => (await interactionRow(chatId)).offered_to === (await userId(backend.deps(), 'adviser2')));
    await call(ahmed, 'POST', `/v1/interactions/${chatId}/accept`);
    await consumer.getByText('Du chattar med Ahmed').waitFor();
    const ahmedSaid = 'Hej Eva! Jag kopplar dig till en kollega som kan distansköp bäst.';
    await call(ahmed, 'POST', `/v1/interactions/${chatId}/messages`, { clientId: 'ahmed-msg-0001', text: ahmedSaid });
    await pageEntries(consumer, ahmedSaid).waitFor();

    await adviser.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
    await waitForText(myStatus(adviser), 'Redo');
    const note = 'Jacka aldrig levererad, säljaren svarar inte. Har betalat med kort.';
    await waitFor('the transfer accepted', async () => {
      try {
        await call(ahmed, 'POST', `/v1/interactions/${chatId}/transfer`, { adviserId: await userId(backend.deps(), 'adviser'), note });
        return true;
      } catch {
        // The desk's presence reaches the server a moment after the badge changes.
        return undefined;
      }
    });
    const card = workList(adviser).getByRole('list', { name: 'Erbjudna kontakter' }).getByRole('article', { name: 'Ny kontakt: Chatt' });
    await card.getByRole('button', { name: 'Svara' }).click();
    await waitFor('the chat active with the adviser', async () => {
      const row = await interactionRow(chatId);
      return row.state === 'active' && row.adviser_id === (await userId(backend.deps(), 'adviser'));
    });
    // The desk shows the note and everything said before the transfer; the page says who the consumer chats with now.
    await waitForText(chatArea(adviser), note);
    await waitForText(chatArea(adviser), 'Överlämnad med anteckning');
    await waitForText(conversation(adviser), ahmedSaid);
    await consumer.getByText('Du chattar med Sara').waitFor();
    for (const line of ['Du kopplas vidare till en annan vägledare. Stanna kvar i chatten.', 'Sara har anslutit till chatten.']) {
      await pageEntries(consumer, line).waitFor();
      expect(await pageEntries(consumer, line).count()).toBe(1);
    }
    await screenshot(adviser, 'chat-both-sides-desk-transferred');
    reports.push(await axeScreen(adviser, 'chat-both-sides-desk-transferred'));

    // Back and forth, with typing shown on each side.
    const hello = 'Hej Eva, Sara här. När beställde du jackan?';
    await adviserSays(adviser, hello);
    await pageEntries(consumer, hello).waitFor();
    await pageComposer(consumer).pressSequentially('Den 2');
    await waitForText(chatArea(adviser), 'Konsumenten skriver…');
    await pageComposer(consumer).fill('');
    await consumerSays(consumer, 'Den 2 oktober, och jag betalade 1 200 kronor.');
    await waitForText(conversation(adviser), '1 200 kronor');
    await deskComposer(adviser).pressSequentially('Då');
    await consumer.getByText('Sara skriver …').waitFor();
    await deskComposer(adviser).fill('');
    await sameEverywhere(consumer, adviser, chatId, [question, ahmedSaid, hello, 'Den 2 oktober, och jag betalade 1 200 kronor.']);
    await screenshot(consumer, 'chat-both-sides-consumer-active');
    reports.push(await axeScreen(consumer, 'chat-both-sides-consumer-active'));

    // The consumer's network drops. They write twice; the adviser writes meanwhile.
    consumerLine.cut();
    const consumerOffline = ['Finns det något jag kan göra själv?', 'Jag har kvar orderbekräftelsen.'];
    for (const line of consumerOffline) await consumerSays(consumer, line);
    await waitForText(pageEntries(consumer, consumerOffline[1]!), 'Inte skickat än – försöker igen', { timeoutMs: 30_000 });
    const duringConsumerDrop = 'Säljaren har ansvar för varan tills du har fått den.';
    await adviserSays(adviser, duringConsumerDrop);
    await waitFor('the adviser’s message stored', async () => (await serverMessages(chatId)).some((m) => m.body === duringConsumerDrop));
    expect((await serverMessages(chatId)).filter((m) => consumerOffline.includes(m.body))).toEqual([]);
    await screenshot(consumer, 'chat-both-sides-consumer-offline');
    consumerLine.restore();
    await reachedServer(consumer, consumerOffline[1]!, 45_000);
    let stored = await sameEverywhere(consumer, adviser, chatId, [...consumerOffline, duringConsumerDrop]);
    expect(stored.indexOf(consumerOffline[0]!)).toBeLessThan(stored.indexOf(consumerOffline[1]!));

    // Now the adviser's network drops. The consumer writes twice; the adviser answers before it is back.
    deskLine.cut();
    await waitForText(myStatus(adviser), 'Ej ansluten', { timeoutMs: 45_000 });
    const consumerDuringDeskDrop = ['Hallå, är du kvar?', 'Jag väntar.'];
    for (const line of consumerDuringDeskDrop) {
      await consumerSays(consumer, line);
      await reachedServer(consumer, line);
    }
    const deskOffline = 'Skicka ett skriftligt krav till säljaren och ge dem en sista frist att leverera.';
    await adviserSays(adviser, deskOffline);
    const pending = conversation(adviser).getByRole('listitem').filter({ hasText: deskOffline });
    await waitForText(pending, 'Skickas…');
    expect((await serverMessages(chatId)).some((m) => m.body === deskOffline)).toBe(false);
    await screenshot(adviser, 'chat-both-sides-desk-offline');
    deskLine.restore();
    await waitForText(myStatus(adviser), 'I kontakt', { timeoutMs: 60_000 });
    await waitFor('the desk’s answer sent', async () => !((await pending.textContent()) ?? '').includes('Skickas'), { timeoutMs: 45_000 });
    stored = await sameEverywhere(consumer, adviser, chatId, [...consumerDuringDeskDrop, deskOffline]);
    expect(stored.indexOf(consumerDuringDeskDrop[0]!)).toBeLessThan(stored.indexOf(consumerDuringDeskDrop[1]!));
    await pageEntries(consumer, deskOffline).waitFor();

    // The adviser ends the chat: the consumer's page says so, and the transcript lands on the case.
    await chatArea(adviser).getByRole('button', { name: 'Avsluta chatten' }).click();
    const confirm = adviser.getByRole('dialog', { name: 'Avsluta chatten?' });
    await confirm.getByRole('button', { name: 'Avsluta chatten' }).click();
    await confirm.waitFor({ state: 'detached' });
    await consumer.getByRole('heading', { name: 'Chatten är avslutad' }).waitFor();
    await consumer.getByText('Vägledaren avslutade chatten.').waitFor();
    expect(await pageComposer(consumer).isVisible()).toBe(false);
    await screenshot(consumer, 'chat-both-sides-consumer-ended');
    reports.push(await axeScreen(consumer, 'chat-both-sides-consumer-ended'));

    const caseId = (await interactionRow(chatId)).case_id!;
    const kase = await db().selectFrom('cases').select(['reference']).where('id', '=', caseId).executeTakeFirstOrThrow();
    const transcript = await waitFor('the transcript on the case on the server', async () =>
      db().selectFrom('case_notes').select(['body']).where('case_id', '=', caseId).where('body', 'like', 'Chattutskrift%').executeTakeFirst(),
    );
    for (const line of [question, ahmedSaid, hello, ...consumerOffline, duringConsumerDrop, ...consumerDuringDeskDrop, deskOffline]) {
      expect(transcript.body.split(line), `"${line}" once in the transcript`).toHaveLength(2);
    }
    await waitForText(chatArea(adviser), 'Utskriften av chatten finns i ärendet.', { timeoutMs: 30_000 });
    await chatArea(adviser).getByRole('button', { name: `Öppna ärendet ${kase.reference}` }).click();
    await waitForText(caseMain(adviser).getByRole('heading', { level: 1 }), kase.reference);
    await caseMain(adviser).getByRole('listitem').filter({ hasText: 'Chattutskrift' }).filter({ hasText: deskOffline }).waitFor();
    await screenshot(adviser, 'chat-both-sides-desk-transcript');
    reports.push(await axeScreen(adviser, 'chat-both-sides-desk-transcript'));

    const report = formatReports(reports);
    if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
    expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
    expect(consumerErrors).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
  }, 300_000);
});
