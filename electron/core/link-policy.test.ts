import { describe, expect, it } from 'vitest';
import { openCache } from './cache/open-cache.js';
import { vetExternalLink } from './link-policy.js';

describe('links the workstation opens in the system browser', () => {
  const db = openCache(null);
  db.prepare('INSERT INTO partners (id, name, national, active, data) VALUES (?, ?, 0, ?, ?)').run(
    'p1', 'Konsumentvägledningen Uppsala', 1, JSON.stringify({ web: 'https://www.uppsala.se/konsument' }),
  );
  db.prepare('INSERT INTO partners (id, name, national, active, data) VALUES (?, ?, 0, ?, ?)').run(
    'p2', 'Nedlagd byrå', 0, JSON.stringify({ web: 'https://gammal-byra.se' }),
  );

  it('opens the service, authorities and the websites on active contact cards', () => {
    expect(vetExternalLink(db, 'https://www.hallakonsument.se/artikel')).toBe('https://www.hallakonsument.se/artikel');
    expect(vetExternalLink(db, 'https://www.uppsala.se/konsument')).toBe('https://www.uppsala.se/konsument');
    expect(vetExternalLink(db, 'https://www.arn.se/')).toBe('https://www.arn.se/');
  });

  it('refuses everything else', () => {
    for (const url of [
      'https://evil.example/',
      'http://www.uppsala.se/',
      'https://hallakonsument.se@evil.example/',
      'javascript:alert(1)',
      'https://gammal-byra.se/',
      'not a url',
    ]) {
      expect(vetExternalLink(db, url), url).toBeNull();
    }
  });
});
