// axe-core on the page as it is now. The bar: no violation with
// impact "serious" or "critical" on the main screens. Lesser ones are kept
// for the failure message, so a fix can take the whole list.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface ScreenReport {
  screen: string;
  /** rule id, impact, help and the first few offending nodes, one violation per line. */
  lines: string[];
  blocking: number;
  /** Rules that passed: zero would mean axe never ran against the page. */
  passes: number;
}

const BLOCKING = new Set(['serious', 'critical']);

export async function axeScreen(page: Page, screen: string): Promise<ScreenReport> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const lines = results.violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`);
    return [`  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} node(s)) ${v.helpUrl}`, ...nodes].join('\n');
  });
  return { screen, lines, blocking: results.violations.filter((v) => BLOCKING.has(v.impact ?? '')).length, passes: results.passes.length };
}

export function formatReports(reports: readonly ScreenReport[]): string {
  return reports.map((r) => `${r.screen}: ${r.blocking} serious/critical\n${r.lines.join('\n') || '  (no violations)'}`).join('\n');
}
