// Screenshots are test artifacts under test-results/screenshots/ (gitignored):
// the main screens on every run, and the page as it was when a test failed.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { REPO_ROOT } from './renderer-build.js';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Call inside a test: if it fails, the page is saved as failed-<name>.png to show what the test saw. */
export function screenshotOnFailure(page: () => Page | null, name: string): void {
  onTestFailed(async () => {
    const p = page();
    if (!p || p.isClosed()) return;
    try {
      const file = await screenshot(p, `failed-${name}`);
      console.error(`screenshot of the failed test: ${file}`);
    } catch (err) {
      console.error('could not take the failure screenshot', err);
    }
  });
}
