// Removing the personal data of the cache (a shared desk must not show the
// previous adviser's cases). Reference data (topics, municipalities, partners,
// articles) stays. secure_delete overwrites the freed pages and the WAL is
// truncated, so the text does not linger in the file either.
import type { CacheDb } from './open-cache.js';

const PERSONAL_TABLES = ['cases', 'notes', 'referrals', 'case_links', 'consumers'] as const;

export function wipePersonalData(db: CacheDb): void {
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      for (const t of PERSONAL_TABLES) db.prepare(`DELETE FROM ${t}`).run();
    })();
  } finally {
    db.pragma('secure_delete = OFF');
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
}
