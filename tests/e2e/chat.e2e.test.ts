// Chat at the adviser's desk, in browser mode against a real backend whose
// clock runs inside the chat queue's opening hours (and which runs its live
// timers, as a server does). Consumers are driven through the public chat
// API, as the public chat page drives it. The workstation reaches the
// backend through a relay that the test can cut, so the desk goes offline
// while consumers keep writing.
//
// Two consumers open chats; the adviser goes ready and takes both, sees both
// with unread markers, answers each with Enter, uses a canned response
// (variables filled), inserts a knowledge-article link; a consumer writes
// while the desk is offline and the adviser writes too — after reconnecting
// every message is there exactly once and in order, on the server and on the
// screen. One chat is transferred to the queue with a note; a third consumer
// ends their chat themselves; the adviser ends the first chat and completes
// the wrap-up; the transcript is on the case on the server and on the screen.
// And a team lead keeps the canned responses, with a version conflict.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScreen, formatReports, type ScreenReport } from './support/axe.js';
import { E2E_SEED_CASES, startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { openConsumerChat, type ChatConsumer } from './support/chat-consumer.js';
import { networkSwitch, type NetworkSwitch } from './support/network-switch.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { RunningClock, withinPhoneHours } from './support/running-clock.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { userId } from './support/seeded-data.js';
import { tempDirs } from './support/temp-dirs.js';
import { waitFor } from './support/wait-for.js';
import { caseMain, login, openWorkstation, sidePanel, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('chat');
let backend: E2eBackend;
let relay: NetworkSwitch;
let browser: Browser;
let lead: string;
const clock = new RunningClock(withinPhoneHours());
const desks: Workstation[] = [];
const consumers: ChatConsumer[] = [];

const GREETING = { title: 'Välkomsthälsning', body: 'Hej {{name}}! Jag heter {{adviser}} och hjälper dig gärna. Ditt ärende har nummer {{reference}}.' };

beforeAll(async () => {
  await ensureRendererBuilt();
  backend = await startBackend(dirs.make('backend'), E2E_SEED_CASES, { clock, liveTimers: true });
  relay = await networkSwitch(backend.port);
  browser = await launchChromium();
  lead = await backend.tokenFor('teamlead');
  // Two minutes to answer and a long wrap-up, as a team lead may set them: a
  // slow test machine must not see an offer ring out or a wrap-up end under it.
  const queue = (await api<Array<{ id: string; version: number }>>(lead, 'GET', '/v1/queues')).body.find((q) => q.id === 'chat-sv');
  const patched = await api(lead, 'PATCH', '/v1/queues/chat-sv', { version: queue?.version, offerTimeoutSeconds: 120, wrapUpSeconds: 900 });
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  for (const canned of [
    { language: 'sv', ...GREETING, tags: ['hälsning'] },
    { language: 'sv', title: 'Avslutning kväll', body: 'Tack för att du hörde av dig, {{name}}. Ha en fin kväll!', tags: ['avslut'] },
    { language: 'en', title: 'Greeting', body: 'Hi {{name}}! My name is {{adviser}}. Your case number is {{reference}}.', tags: ['greeting'] },
  ]) {
    expect((await api(lead, 'POST', '/v1/canned-responses', canned)).status).toBe(201);
  }
}, 120_000);

afterAll(async () => {
  for (const c of consumers) c.close();
  for (const desk of desks) await desk.close();
  await browser?.close();
  await relay?.close();
  await backend?.stop();
  dirs.removeAll();
}, 60_000);

async function api<T = unknown>(token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${backend.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

const db = () => backend.deps().db.kysely;
const interactionRow = (id: string) => db().selectFrom('interactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const sessionRow = (id: string) => db().selectFrom('chat_sessions').selectAll().where('interaction_id', '=', id).executeTakeFirstOrThrow();
const serverMessages = (id: string) => db().selectFrom('chat_messages').select(['seq', 'sender', 'body']).where('interaction_id', '=', id).orderBy('seq').execute();
const presenceRow = async (username: string) => db().selectFrom('adviser_presence').selectAll().where('user_id', '=', await userId(backend.deps(), username)).executeTakeFirstOrThrow();

const myStatus = (page: Page): Locator => page.getByRole('status', { name: 'Min status' });
const chatArea = (page: Page): Locator => page.getByRole('region', { name: 'Chattar' });
const chatTab = (page: Page, text: string): Locator => chatArea(page).getByRole('tab').filter({ hasText: text });
const conversation = (page: Page): Locator => chatArea(page).getByRole('list', { name: 'Konversation' });
const composer = (page: Page): Locator => chatArea(page).getByRole('textbox', { name: 'Svar till konsumenten' });

async function goReady(page: Page, username: string): Promise<void> {
  await waitForText(myStatus(page), 'Offline', { timeoutMs: 30_000 });
  await page.getByRole('banner').getByRole('button', { name: 'Bli redo' }).click();
  // A waiting chat is offered at once, so the badge may go straight on to "I kontakt".
  await waitFor(`${username} ready on the server`, async () => (await presenceRow(username)).intent === 'ready');
}

/** Accepts the chat offered now (the offer card's Answer button) and waits until the server has it active. */
async function acceptOffer(page: Page, chatId: string): Promise<void> {
  const card = workList(page).getByRole('list', { name: 'Erbjudna kontakter' }).getByRole('article', { name: 'Ny kontakt: Chatt' });
  await waitFor(`the chat ${chatId} offered to the adviser`, async () => (await interactionRow(chatId)).state === 'offered');
  await card.getByRole('button', { name: 'Svara' }).click();
  await waitFor(`the chat ${chatId} active`, async () => (await interactionRow(chatId)).state === 'active');
}

/** The texts of the conversation on screen, in order. */
async function shownBodies(page: Page): Promise<string[]> {
  return conversation(page).locator('li .msg-body').allInnerTexts();
}

/** Types in the composer and sends with Enter. */
async function sendWithEnter(page: Page, text: string): Promise<void> {
  await composer(page).click();
  await composer(page).fill(text);
  await composer(page).press('Enter');
  expect(await composer(page).inputValue()).toBe('');
}

describe('chat at the desk', () => {
  it('handles two chats at once, through an offline spell, a transfer, a consumer who leaves and an ended chat with its transcript on the case', async () => {
    const desk = await openWorkstation(browser, relay.url, dirs.make('desk'));
    desks.push(desk);
    const { page } = desk;
    screenshotOnFailure(() => page, 'chat');
    const reports: ScreenReport[] = [];
    await login(page, 'adviser');

    // Two consumers ask while nobody is ready.
    const eva = await openConsumerChat(backend.url, { language: 'sv', name: 'Eva', question: 'Hej! Min tvättmaskin läcker redan efter ett år. Vad gäller?' });
    const olle = await openConsumerChat(backend.url, { language: 'sv', name: 'Olle', question: 'Kan jag ångra köpet av en soffa på nätet?' });
    consumers.push(eva, olle);
    await goReady(page, 'adviser');

    // Offered one at a time (chat capacity is three); each accepted opens in the chat area with the cursor in its composer.
    await acceptOffer(page, eva.chatId);
    await chatTab(page, 'tvättmaskin').waitFor();
    await waitFor('the cursor in the new chat’s composer', () => composer(page).evaluate((el) => el === document.activeElement));
    await acceptOffer(page, olle.chatId);
    await chatTab(page, 'soffa').waitFor();
    expect(await chatArea(page).getByRole('tab').count()).toBe(2);
    await waitForText(myStatus(page), 'I kontakt');

    // The adviser looks something up while both consumers write: both chats show an unread marker.
    await page.keyboard.press('Control+k');
    await sidePanel(page).getByRole('searchbox', { name: 'Sök i kunskapsbanken' }).fill('reklamation');
    await eva.send('Den är bara ett år gammal och jag har kvitto.');
    await olle.send('Jag köpte den för tre dagar sedan.');
    await waitForText(chatTab(page, 'tvättmaskin'), '1 oläst meddelande');
    await waitForText(chatTab(page, 'soffa'), '1 oläst meddelande');
    // Delivered to the desk, not yet read.
    const evaDelivered = await waitFor('Eva’s message delivered, not read', async () => {
      const s = await sessionRow(eva.chatId);
      const top = Math.max(...(await serverMessages(eva.chatId)).filter((m) => m.sender === 'consumer').map((m) => m.seq));
      return s.adviser_delivered_seq >= top && s.adviser_read_seq < top ? s : undefined;
    });
    expect(evaDelivered.adviser_read_seq).toBeGreaterThan(0);
    await waitForText(chatTab(page, 'tvättmaskin'), 'Din tur');
    await screenshot(page, 'chat-two-unread');
    reports.push(await axeScreen(page, 'chat-two-unread'));

    // Alt+J goes to the chat that has waited longest for a reply (Eva wrote first), cursor in its composer; being there reads it.
    await page.keyboard.press('Alt+j');
    await waitFor('Eva’s chat shown, cursor in its composer', async () =>
      (await chatTab(page, 'tvättmaskin').getAttribute('aria-selected')) === 'true' && (await composer(page).evaluate((el) => el === document.activeElement)),
    );
    await waitFor('Eva’s chat without unread marker', async () => !((await chatTab(page, 'tvättmaskin').textContent()) ?? '').includes('oläst'));
    expect(await chatTab(page, 'soffa').textContent()).toContain('1 oläst');
    // Answer each with Enter; Alt+PageDown steps to the next chat, Tab moves from its tab into it.
    await sendWithEnter(page, 'Hej! En tvättmaskin ska hålla längre än så. Du kan reklamera den till säljaren inom tre år.');
    await page.keyboard.press('Alt+PageDown');
    await waitFor('Olle’s tab focused and shown', () => chatTab(page, 'soffa').evaluate((el) => el === document.activeElement && el.getAttribute('aria-selected') === 'true'));
    await sendWithEnter(page, 'Hej! Vid köp på nätet har du normalt 14 dagars ångerrätt.');
    for (const [consumer, text] of [
      [eva, 'reklamera den till säljaren'],
      [olle, '14 dagars ångerrätt'],
    ] as const) {
      await waitFor(`the answer to ${consumer.chatId} on the server`, async () => (await serverMessages(consumer.chatId)).some((m) => m.sender === 'adviser' && m.body.includes(text)));
      // Read receipts: the consumer's messages are read now.
      const s = await sessionRow(consumer.chatId);
      const top = Math.max(...(await serverMessages(consumer.chatId)).filter((m) => m.sender === 'consumer').map((m) => m.seq));
      expect(s.adviser_read_seq).toBe(top);
    }
    await waitForText(conversation(page), '14 dagars ångerrätt');
    await waitForText(chatTab(page, 'soffa'), 'Konsumentens tur');
    await olle.typing();
    await waitForText(chatArea(page), 'Konsumenten skriver…');

    // A canned response: "/" in the empty composer opens the picker; Enter inserts it with the variables filled.
    await chatTab(page, 'tvättmaskin').click();
    await composer(page).click();
    await page.keyboard.press('/');
    const picker = page.getByRole('dialog', { name: 'Standardsvar' });
    await picker.waitFor();
    const search = picker.getByRole('combobox', { name: 'Sök standardsvar' });
    await waitFor('the search box focused', () => search.evaluate((el) => el === document.activeElement));
    await page.keyboard.type('välkomst');
    await picker.getByRole('option', { name: /Välkomsthälsning/ }).waitFor();
    const evaCase = await db().selectFrom('cases').select(['id', 'reference']).where('id', '=', (await interactionRow(eva.chatId)).case_id!).executeTakeFirstOrThrow();
    // The name Eva gave on the chat page reaches the desk: the greeting uses it.
    const greeting = `Hej Eva! Jag heter Sara och hjälper dig gärna. Ditt ärende har nummer ${evaCase.reference}.`;
    await waitForText(picker.locator('.canned-preview-text'), greeting);
    await screenshot(page, 'chat-canned-picker');
    reports.push(await axeScreen(page, 'chat-canned-picker'));
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await waitFor('the greeting in the composer', async () => (await composer(page).inputValue()) === greeting);
    await waitFor('the cursor back in the composer', () => composer(page).evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    await waitFor('the greeting on the server', async () => (await serverMessages(eva.chatId)).some((m) => m.body === greeting));

    // A knowledge article's link, from the article view into the chat.
    await page.keyboard.press('Control+k');
    const side = sidePanel(page);
    await side.getByRole('searchbox', { name: 'Sök i kunskapsbanken' }).fill('reklamation');
    await side.getByRole('list', { name: 'Kunskapsbanken' }).getByRole('button').first().click();
    const articleTitle = (await side.locator('#article-title').textContent())?.trim() ?? '';
    await side.getByRole('button', { name: 'Infoga länk i chatten' }).click();
    await waitFor('the link in the composer', async () => /^.+: https:\/\/www\.hallakonsument\.se\/\S+$/.test(await composer(page).inputValue()));
    const link = await composer(page).inputValue();
    expect(link.startsWith(`${articleTitle}: `)).toBe(true);
    await page.keyboard.press('Enter');
    await waitFor('the link on the server', async () => (await serverMessages(eva.chatId)).some((m) => m.body === link));

    // The desk loses the network. Eva writes three lines meanwhile, and the adviser answers before it is back.
    relay.cut();
    await waitForText(myStatus(page), 'Ej ansluten', { timeoutMs: 45_000 });
    const offlineLines = ['Okej, tack!', 'Säljaren säger att garantin har gått ut.', 'Vad ska jag svara dem?'];
    for (const line of offlineLines) await eva.send(line);
    const offlineAnswer = 'Garantin och reklamationsrätten är två olika saker – rätten att reklamera gäller i tre år.';
    await sendWithEnter(page, offlineAnswer);
    const pendingRow = conversation(page).getByRole('listitem').filter({ hasText: offlineAnswer });
    await waitForText(pendingRow, 'Skickas…');
    await waitForText(chatArea(page), 'Ingen anslutning till servern');
    await screenshot(page, 'chat-offline');

    relay.restore();
    await waitForText(myStatus(page), 'I kontakt', { timeoutMs: 60_000 });
    await waitForText(conversation(page), offlineLines[2]!, { timeoutMs: 30_000 });
    await waitFor('the offline answer sent', async () => !((await pendingRow.textContent()) ?? '').includes('Skickas'), { timeoutMs: 30_000 });

    // Exactly once, in order: on the server…
    const stored = await serverMessages(eva.chatId);
    const bodies = stored.filter((m) => m.sender !== 'system').map((m) => m.body);
    expect(bodies.filter((b) => b === offlineAnswer)).toHaveLength(1);
    const offlineSeqs = offlineLines.map((line) => stored.find((m) => m.body === line)?.seq ?? -1);
    expect(offlineSeqs.every((seq, i) => seq > 0 && (i === 0 || seq > offlineSeqs[i - 1]!))).toBe(true);
    // …and on the screen: the same messages in the same order, none twice.
    const expected = stored.map((m) => m.body);
    await waitFor('the conversation on screen as on the server', async () => {
      const shown = await shownBodies(page);
      if (JSON.stringify(shown) !== JSON.stringify(expected)) throw new Error(`shown ${JSON.stringify(shown)}\nserver ${JSON.stringify(expected)}`);
      return true;
    });
    // What the consumer's page reads agrees.
    expect((await eva.messages()).map((m) => m.body)).toEqual(expected);
    await screenshot(page, 'chat-reconnected');
    reports.push(await axeScreen(page, 'chat-reconnected'));

    // Olle's chat goes back to the queue with a note; a colleague who is ready takes it from there.
    const colleague = await backend.tokenFor('adviser2');
    expect((await api(colleague, 'POST', '/v1/presence', { intent: 'ready' })).status).toBe(200);
    await chatTab(page, 'soffa').click();
    await chatArea(page).getByRole('button', { name: 'Överlämna…' }).click();
    const transfer = page.getByRole('dialog', { name: 'Överlämna kontakten' });
    await transfer.getByRole('combobox', { name: 'Överlämna till' }).selectOption('queue:chat-sv');
    const note = 'Vill ha hjälp att formulera ett ångermeddelande till säljaren.';
    await transfer.getByRole('textbox', { name: 'Intern anteckning' }).fill(note);
    await transfer.getByRole('button', { name: 'Överlämna' }).click();
    await transfer.waitFor({ state: 'detached' });
    await chatTab(page, 'soffa').waitFor({ state: 'detached' });
    const moved = await interactionRow(olle.chatId);
    expect(moved.note).toBe(note);
    expect(moved.adviser_id === (await userId(backend.deps(), 'adviser'))).toBe(false);
    await waitFor('Olle’s chat offered to the colleague', async () => (await interactionRow(olle.chatId)).offered_to === (await userId(backend.deps(), 'adviser2')));
    expect((await olle.messages()).some((m) => m.sender === 'system' && m.body.includes('kopplas vidare'))).toBe(true);

    // A third consumer writes, then ends the chat: it shows so, and moves to wrap-up.
    const stina = await openConsumerChat(backend.url, { language: 'sv', question: 'Hur gör jag en reklamation av en mobiltelefon?' });
    consumers.push(stina);
    await waitFor('Stina’s chat offered to the adviser', async () => (await interactionRow(stina.chatId)).offered_to === (await userId(backend.deps(), 'adviser')));
    await acceptOffer(page, stina.chatId);
    await chatTab(page, 'mobiltelefon').waitFor();
    await stina.send('Jag kom på svaret själv, tack ändå!');
    await stina.end();
    await chatTab(page, 'mobiltelefon').click();
    await waitForText(chatArea(page), 'Konsumenten avslutade chatten.');
    await waitForText(chatTab(page, 'mobiltelefon'), 'Avslutad');
    expect(await composer(page).count()).toBe(0);
    const stinaWrapUp = workList(page).getByRole('list', { name: 'Efterarbete' }).locator(`[data-contact-id="${stina.chatId}"]`);
    await waitForText(stinaWrapUp, 'Efterarbete: Chatt');
    await stinaWrapUp.getByRole('radio', { name: 'Besvarad' }).check();
    await stinaWrapUp.getByRole('button', { name: 'Klar' }).click();
    await waitFor('Stina’s chat done on the server', async () => (await interactionRow(stina.chatId)).state === 'done');
    await chatTab(page, 'mobiltelefon').waitFor({ state: 'detached' });

    // The adviser ends Eva's chat; the transcript lands on the case (server), reaches the desk by sync and shows in the case.
    await chatTab(page, 'tvättmaskin').click();
    await chatArea(page).getByRole('button', { name: 'Avsluta chatten' }).click();
    const confirm = page.getByRole('dialog', { name: 'Avsluta chatten?' });
    await confirm.getByRole('button', { name: 'Avsluta chatten' }).click();
    await confirm.waitFor({ state: 'detached' });
    await waitFor('Eva’s chat in wrap-up on the server', async () => (await interactionRow(eva.chatId)).state === 'wrap_up');
    await waitForText(chatArea(page), 'Du avslutade chatten.');
    // The cursor goes on to the wrap-up.
    const wrapUp = workList(page).getByRole('list', { name: 'Efterarbete' }).locator(`[data-contact-id="${eva.chatId}"]`);
    await waitFor('the focus on the wrap-up', () => wrapUp.getByRole('heading').first().evaluate((el) => el === document.activeElement));
    const transcript = await waitFor('the transcript on the case on the server', async () =>
      db().selectFrom('case_notes').select(['body']).where('case_id', '=', evaCase.id).where('body', 'like', 'Chattutskrift%').executeTakeFirst(),
    );
    for (const line of [...offlineLines, offlineAnswer, greeting]) expect(transcript.body).toContain(line);
    expect(transcript.body.split(offlineAnswer)).toHaveLength(2);
    await waitForText(chatArea(page), 'Utskriften av chatten finns i ärendet.', { timeoutMs: 30_000 });
    await chatArea(page).getByRole('button', { name: `Öppna ärendet ${evaCase.reference}` }).click();
    const main = caseMain(page);
    await waitForText(main.getByRole('heading', { level: 1 }), evaCase.reference);
    await main.getByRole('listitem').filter({ hasText: 'Chattutskrift' }).filter({ hasText: offlineAnswer }).waitFor();
    await screenshot(page, 'chat-ended-transcript');
    reports.push(await axeScreen(page, 'chat-ended-transcript'));

    // The wrap-up, as for any contact.
    const topic = wrapUp.getByRole('combobox', { name: 'Ämne' });
    await waitFor('the topics in the wrap-up form', async () => (await topic.locator('option').count()) > 2);
    const topicId = await topic.locator('option').nth(2).getAttribute('value');
    await topic.selectOption(topicId!);
    await wrapUp.getByRole('radio', { name: 'Besvarad' }).check();
    await wrapUp.getByRole('button', { name: 'Klar' }).click();
    await waitFor('Eva’s chat done on the server', async () => (await interactionRow(eva.chatId)).state === 'done');
    const closed = await waitFor('the case closed with its outcome', async () => {
      const row = await db().selectFrom('cases').select(['status', 'outcome']).where('id', '=', evaCase.id).executeTakeFirstOrThrow();
      return row.status === 'closed' ? row : undefined;
    }, { timeoutMs: 30_000 });
    expect(closed.outcome).toBe('answered');
    await chatArea(page).waitFor({ state: 'detached' });

    const report = formatReports(reports);
    if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
    for (const r of reports) expect(r.passes, `axe checked nothing on ${r.screen}`).toBeGreaterThan(10);
    expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
  }, 300_000);

  it('lets a team lead add, change (through a version conflict) and remove canned responses', async () => {
    const desk = await openWorkstation(browser, backend.url, dirs.make('lead-desk'));
    desks.push(desk);
    const { page } = desk;
    screenshotOnFailure(() => page, 'chat-canned-manage');
    const reports: ScreenReport[] = [];
    await login(page, 'teamlead');

    await page.getByRole('banner').getByRole('button', { name: 'Standardsvar' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hantera standardsvar' });
    const list = dialog.getByRole('list', { name: 'Alla standardsvar' });
    await list.getByRole('listitem').filter({ hasText: 'Avslutning kväll' }).waitFor();

    // Add one.
    await dialog.getByRole('button', { name: 'Nytt standardsvar' }).click();
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill('Öppettider');
    await dialog.getByRole('textbox', { name: 'Text' }).fill('Vi svarar i chatten vardagar 9–16, {{name}}.');
    await dialog.getByRole('textbox', { name: /Taggar/ }).fill('öppettider, chatt');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await list.getByRole('listitem').filter({ hasText: 'Öppettider' }).waitFor();
    const added = await db().selectFrom('canned_responses').selectAll().where('title', '=', 'Öppettider').executeTakeFirstOrThrow();
    expect([added.language, added.body, JSON.parse(added.tags)]).toEqual(['sv', 'Vi svarar i chatten vardagar 9–16, {{name}}.', ['öppettider', 'chatt']]);

    // Change one while a colleague changes it too: the form says so, shows theirs, and keeps ours.
    const closing = await db().selectFrom('canned_responses').selectAll().where('title', '=', 'Avslutning kväll').executeTakeFirstOrThrow();
    await list.getByRole('button', { name: 'Ändra: Avslutning kväll' }).click();
    const supervisor = await backend.tokenFor('supervisor');
    const theirs = 'Tack för att du hörde av dig! Välkommen åter.';
    expect((await api(supervisor, 'PATCH', `/v1/canned-responses/${closing.id}`, { version: closing.version, body: theirs })).status).toBe(200);
    const ours = 'Tack för att du chattade med oss, {{name}}. Ha en fin dag!';
    await dialog.getByRole('textbox', { name: 'Text' }).fill(ours);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await waitForText(dialog.getByRole('alert'), 'Någon annan ändrade svaret');
    await waitForText(dialog.getByRole('region', { name: 'Sparad version' }), theirs);
    expect(await dialog.getByRole('textbox', { name: 'Text' }).inputValue()).toBe(ours);
    await screenshot(page, 'chat-canned-conflict');
    reports.push(await axeScreen(page, 'chat-canned-conflict'));
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await list.getByRole('listitem').filter({ hasText: ours }).waitFor();
    const saved = await db().selectFrom('canned_responses').selectAll().where('id', '=', closing.id).executeTakeFirstOrThrow();
    expect([saved.body, saved.version]).toEqual([ours, closing.version + 2]);

    // Remove one, after confirming.
    await list.getByRole('button', { name: 'Ta bort: Öppettider' }).click();
    await list.getByRole('button', { name: 'Ja, ta bort' }).click();
    await list.getByRole('listitem').filter({ hasText: 'Öppettider' }).waitFor({ state: 'detached' });
    expect((await db().selectFrom('canned_responses').select('active').where('id', '=', added.id).executeTakeFirstOrThrow()).active).toBe(0);
    await screenshot(page, 'chat-canned-manage');
    reports.push(await axeScreen(page, 'chat-canned-manage'));

    const report = formatReports(reports);
    if (reports.some((r) => r.lines.length > 0)) console.log(`axe report\n${report}`);
    expect(reports.filter((r) => r.blocking > 0), report).toEqual([]);
    expect(desk.pageErrors).toEqual([]);
  }, 180_000);
});
