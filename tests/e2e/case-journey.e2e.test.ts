// The adviser's main journey in browser mode against a real backend: sign in,
// find a consumer's earlier case by the phone number they give (the consumer
// calls back), open it, add a note, refer to a partner from the partner
// lookup, close it as "Hänvisad" — and the server holds each change exactly once.
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type E2eBackend } from './support/backend.js';
import { launchChromium } from './support/browser.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { earlierCaseWithPartners, localPhone, partnerCounter, type EarlierCase } from './support/seeded-data.js';
import { screenshotOnFailure } from './support/screenshots.js';
import { tempDirs } from './support/temp-dirs.js';
import { addNote, caseMain, isSettled, login, openWorkstation, sidePanel, waitForStatus, waitForText, workList, type Workstation } from './support/workstation.js';

const dirs = tempDirs('journey');
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

describe('case journey', () => {
  it('finds an earlier case by phone, adds a note, refers, closes as referred — once each on the server', async () => {
    desk = await openWorkstation(browser, backend.url, dirs.make('desk'));
    const { page } = desk;
    screenshotOnFailure(() => page, 'case-journey');
    await login(page, 'adviser');

    // Find the consumer's earlier case by the number as they say it.
    await workList(page).getByRole('searchbox', { name: 'Sök ärende' }).fill(localPhone(earlier.phone));
    const results = workList(page).getByRole('list', { name: 'Sökresultat' });
    await results.getByRole('button').filter({ hasText: earlier.reference }).click();
    const main = caseMain(page);
    await waitForText(main.getByRole('heading', { level: 1 }), earlier.reference);
    if (earlier.consumerName) await waitForText(main, earlier.consumerName);

    // A note.
    const noteBody = `Konsumenten ringde igen, kvitto finns. e2e-${randomUUID()}`;
    await addNote(page, noteBody);

    // Refer from the partner lookup: it follows the open case's topic and the consumer's municipality.
    const side = sidePanel(page);
    await side.getByRole('tab', { name: 'Samverkande aktörer' }).click();
    if (!earlier.consumerHasMunicipality) await side.getByRole('combobox', { name: 'Kommun' }).selectOption(earlier.municipalityCode);
    const referButton = side.getByRole('button', { name: /^Hänvisa till / }).first();
    const partnerName = ((await referButton.getAttribute('aria-label')) ?? '').replace(/^Hänvisa till /, '');
    expect(partnerName).not.toBe('');
    await referButton.click();
    const referral = page.getByRole('dialog', { name: 'Hänvisa till samverkande aktör' });
    expect(await referral.getByRole('radio', { name: partnerName }).isChecked()).toBe(true);
    const reason = `Ärendet gäller ${earlier.topicId}; aktören kan hjälpa vidare. e2e-${randomUUID()}`;
    await referral.getByRole('textbox', { name: 'Anledning till hänvisningen' }).fill(reason);
    await referral.getByRole('button', { name: 'Spara hänvisning' }).click();
    await referral.waitFor({ state: 'detached' });
    await waitForText(main.getByRole('region', { name: 'Hänvisningar' }), partnerName);

    // Close with the outcome "Hänvisad" (possible now that the case has a referral).
    await main.getByRole('button', { name: 'Avsluta ärende' }).click();
    const closing = page.getByRole('dialog', { name: `Avsluta ärende ${earlier.reference}` });
    await closing.getByRole('radio', { name: 'Hänvisad' }).check();
    await closing.getByRole('button', { name: 'Bekräfta avslut' }).click();
    await closing.waitFor({ state: 'detached' });
    await waitForText(main.locator('.case-header'), 'Avslutad');
    await waitForText(main.locator('.case-header'), 'Hänvisad');

    // Everything pushed: nothing waits in the outbox.
    await waitForStatus(page, 'all changes pushed', isSettled, { timeoutMs: 30_000 });

    // The server, read from its own database: each change exactly once.
    const db = backend.deps().db.kysely;
    const notes = await db.selectFrom('case_notes').selectAll().where('case_id', '=', earlier.caseId).where('body', '=', noteBody).execute();
    expect(notes).toHaveLength(1);
    const referrals = await db
      .selectFrom('referrals as r')
      .innerJoin('partners as p', 'p.id', 'r.partner_id')
      .select(['p.name', 'r.reason'])
      .where('r.case_id', '=', earlier.caseId)
      .where('r.reason', '=', reason)
      .execute();
    expect(referrals).toEqual([{ name: partnerName, reason }]);
    const closed = await db.selectFrom('cases').select(['status', 'outcome', 'closed_at']).where('id', '=', earlier.caseId).executeTakeFirstOrThrow();
    expect(closed.status).toBe('closed');
    expect(closed.outcome).toBe('referred');
    expect(closed.closed_at).not.toBeNull();

    // And through the API, as any other client would see it.
    const token = await backend.tokenFor('adviser2');
    const res = await fetch(`${backend.url}/v1/cases/${earlier.caseId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; outcome: string; notes: { body: string }[]; referrals: { reason: string }[] };
    expect(body.status).toBe('closed');
    expect(body.outcome).toBe('referred');
    expect(body.notes.filter((n) => n.body === noteBody)).toHaveLength(1);
    expect(body.referrals.filter((r) => r.reason === reason)).toHaveLength(1);

    expect(desk.pageErrors).toEqual([]);
  }, 120_000);
});
