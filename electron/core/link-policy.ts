// Which links the workstation may open in the system browser: https links to
// the service, the authorities and bureaus (DEFAULT_LINK_DOMAINS), and to the
// websites on the partners' contact cards in the cache (the 290 municipalities
// cannot be listed in advance). Anything else is refused, whatever the renderer asks.
import type Database from 'better-sqlite3';
import { createLinkAllowlist, DEFAULT_LINK_DOMAINS, externalLinkDecision } from '../shell/navigation.js';

function partnerHosts(db: Database.Database): string[] {
  const hosts: string[] = [];
  const rows = db.prepare(`SELECT json_extract(data, '$.web') AS web FROM partners WHERE active = 1`).all() as Array<{ web: unknown }>;
  for (const { web } of rows) {
    if (typeof web !== 'string') continue;
    try {
      const u = new URL(web);
      if (u.protocol === 'https:') hosts.push(u.hostname);
    } catch {
      // a malformed card link is simply not allowlisted
    }
  }
  return hosts;
}

/** The URL to hand to the system browser, or null when the link is not allowed. */
export function vetExternalLink(db: Database.Database, url: string): string | null {
  const domains = new Set<string>(DEFAULT_LINK_DOMAINS);
  for (const h of partnerHosts(db)) {
    try {
      createLinkAllowlist([h]);
      domains.add(h);
    } catch {
      // hosts that cannot be allowlisted (IP addresses, single labels) are skipped
    }
  }
  const decision = externalLinkDecision(url, createLinkAllowlist(domains));
  return decision.action === 'open-external' ? decision.url : null;
}
