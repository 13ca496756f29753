import { describe, expect, it } from 'vitest';
import { en } from './en';
import { sv } from './sv';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  const svKeys = flatten(sv);
  const enKeys = flatten(en);

  it('has the same keys in Swedish and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...svKeys.keys()].sort());
  });

  it('has no empty text', () => {
    for (const [key, text] of [...svKeys, ...enKeys]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of svKeys) expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('pairs every plural _one key with an _other key', () => {
    for (const key of svKeys.keys()) {
      if (key.endsWith('_one')) expect(svKeys.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });

  it('keeps the names end-to-end tests rely on', () => {
    expect(sv.login.submit).toBe('Logga in');
    expect(sv.worklist.newCase).toBe('Nytt ärende');
    expect(sv.worklist.search).toBe('Sök ärende');
    expect(sv.caseView.addNote).toBe('Lägg till anteckning');
    expect(sv.caseView.refer).toBe('Hänvisa');
    expect(sv.caseView.close).toBe('Avsluta ärende');
    expect(sv.knowledge.search).toBe('Sök i kunskapsbanken');
    expect(sv.sync.offline).toBe('Offline');
    expect(sv.sync.pending_other).toBe('{{count}} ändringar väntar');
  });
});
