// Offline work: the backend goes away (its HTTP server and database are
// closed, the data directory stays), the adviser creates a case and writes
// two notes, the workstation shows "Offline" and three pending changes; the
// backend comes back on the same data and port, everything is pushed, the
// server holds each change exactly once, and a second workstation (its own
// cache, another adviser) finds the case with both notes.
import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE } from '../../electron/core/cache/open-cache.js';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { screenshot, screenshotOnFailure } from './support/screenshots.js';
import { tempDirs } from './support/temp-dirs.js';
import {
  addNote, caseMain, isSettled, login, openWorkstation, pendingCount, waitForStatus, waitForText, workList, type Workstation,
} from './support/workstation.js';

const dirs = tempDirs('offline');
let backend: E2eBackend;
let browser: Browser;
const desks: Workstation[] = [];

beforeAll(async () => {
  await ensureRendererBuilt();
  backend = await startBackend(dirs.make('backend'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const d of desks.splice(0)) await d.close();
  await browser?.close();
  await backend?.stop();
  dirs.removeAll();
}, 60_000);

/** What the workstation's outbox holds, by mutation type, read from its cache file. */
function outboxByType(cacheDir: string): Record<string, number> {
  const db = new Database(path.join(cacheDir, CACHE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT type, count(*) AS n FROM outbox GROUP BY type ORDER BY type').all() as { type: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.type, r.n]));
  } finally {
    db.close();
  }
}

describe('offline', () => {
  it('keeps a new case and two notes while the backend is down and delivers them exactly once', async () => {
    const cacheDir = dirs.make('desk1');
    const first = await openWorkstation(browser, backend.url, cacheDir);
    desks.push(first);
    const { page } = first;
    screenshotOnFailure(() => page, 'offline');
    await login(page, 'adviser');

    // The backend goes away. "Synka nu" makes the desk notice at once instead of at its next periodic sync.
    await backend.stop();
    await page.getByRole('button', { name: 'Synka nu' }).click();
    await waitForStatus(page, 'offline', (t) => t.startsWith('Offline '));

    // A new case for a consumer on the phone, and two notes, all while offline.
    const tag = randomUUID().slice(0, 8);
    const subject = `Trasig diskmaskin ${tag}`;
    const consumerName = `Offline Testsson ${tag}`;
    const phone = `070-${randomInt(1_000_000, 9_999_999)}`;
    const notes = [`Första samtalet: maskinen läcker. ${tag}`, `Konsumenten har kvitto och vill reklamera. ${tag}`];

    await workList(page).getByRole('button', { name: 'Nytt ärende' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nytt ärende' });
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(consumerName);
    await dialog.getByRole('textbox', { name: 'Telefon' }).fill(phone);
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill(subject);
    await dialog.getByRole('button', { name: 'Skapa ärende' }).click();
    await dialog.waitFor({ state: 'detached' });
    const main = caseMain(page);
    await waitForText(main.getByRole('heading', { level: 1 }), 'Ny – ej synkad');
    for (const body of notes) await addNote(page, body);

    // One case.create and two note.add: the UI's count is the outbox's.
    const offlineText = await waitForStatus(page, 'offline with 3 pending', (t) => t.startsWith('Offline ') && pendingCount(t) === 3);
    expect(offlineText).toMatch(/^Offline 3 ändringar väntar /);
    expect(outboxByType(cacheDir)).toEqual({ 'case.create': 1, 'note.add': 2 });
    await waitForText(main, 'Väntar på synk');
    await screenshot(page, 'offline-pending');

    // The backend returns on the same data directory and port (the desk's configured URL).
    // No "Synka nu": the desk's own retry (backoff, capped at 30 s) must find the server again.
    await backend.start();
    const backAt = Date.now();
    await waitForStatus(page, 'online with nothing pending', isSettled, { timeoutMs: 45_000 });
    console.log(`offline desk reconnected and pushed ${Date.now() - backAt} ms after the backend came back`);
    expect(outboxByType(cacheDir)).toEqual({});
    // The server gave the case its reference.
    const db = backend.deps().db.kysely;
    const cases = await db.selectFrom('cases').select(['id', 'reference', 'status', 'consumer_id']).where('subject', '=', subject).execute();
    expect(cases).toHaveLength(1);
    const created = cases[0]!;
    await waitForText(main.getByRole('heading', { level: 1 }), created.reference);

    // Exactly once on the server: the case, its consumer and each note.
    expect(created.status).toBe('open');
    const consumers = await db.selectFrom('consumers').select(['id', 'name']).where('phone', '=', `+46${phone.replace(/\D/g, '').slice(1)}`).execute();
    expect(consumers).toEqual([{ id: created.consumer_id, name: consumerName }]);
    const serverNotes = await db.selectFrom('case_notes').select('body').where('case_id', '=', created.id).orderBy('created_at').execute();
    expect(serverNotes.map((n) => n.body)).toEqual(notes);

    // A second workstation, its own cache, another adviser: finds the case by its subject and sees both notes.
    const second = await openWorkstation(browser, backend.url, dirs.make('desk2'));
    desks.push(second);
    screenshotOnFailure(() => second.page, 'offline-second-desk');
    await login(second.page, 'adviser2');
    await workList(second.page).getByRole('searchbox', { name: 'Sök ärende' }).fill(`diskmaskin ${tag}`);
    await workList(second.page).getByRole('list', { name: 'Sökresultat' }).getByRole('button').filter({ hasText: created.reference }).click();
    const secondMain = caseMain(second.page);
    await waitForText(secondMain.getByRole('heading', { level: 1 }), created.reference);
    await waitForText(secondMain, consumerName);
    for (const body of notes) await secondMain.getByRole('listitem').filter({ hasText: body }).waitFor();
    expect(await secondMain.getByRole('listitem').filter({ hasText: tag }).count()).toBe(2);

    expect(first.pageErrors).toEqual([]);
    expect(second.pageErrors).toEqual([]);
  }, 150_000);
});
