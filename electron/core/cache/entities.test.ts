import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case, Consumer, Note } from '../../bridge.js';
import { createCaseSearch } from '../reads/case-search.js';
import { createEntityStore } from './entities.js';
import { CACHE_FILE, checkpointWal, openCache } from './open-cache.js';

const at = '2026-11-25T09:00:00.000Z';
const aCase = (id: string, over: Partial<Case> = {}): Case => ({
  id, reference: `HK-2026-${id}`, consumerId: null, topicId: null, channel: 'phone', language: 'sv', status: 'open', outcome: null,
  assignedAdviserId: 'u1', subject: 'Trasig tvättmaskin', tags: [], version: 1, createdBy: 'u1', createdAt: at, updatedAt: at, closedAt: null,
  ...over,
});
const aNote = (id: string, caseId: string, body: string): Note => ({ id, caseId, authorId: 'u1', authorName: 'Anna', body, createdAt: at });

// The entity store writes a new row's full-text entry itself (no insert trigger); updates and deletes go through triggers.
describe('entity store and the full-text indexes', () => {
  const db = openCache(null);
  const store = createEntityStore(db);
  const search = createCaseSearch(db);
  const found = (text: string) => search({ text }, 'u1').map((c) => c.id).sort();

  it('indexes new cases, notes and consumers once, also when they arrive again unchanged', () => {
    const consumer: Consumer = {
      id: 'k1', name: 'Örjan Ek', phone: null, email: null, municipalityCode: null, language: null, version: 1, createdAt: at, updatedAt: at,
    };
    store.putConsumer(consumer);
    store.putCase(aCase('1', { consumerId: 'k1' }));
    store.putNote(aNote('n1', '1', 'Konsumenten vill häva köpet'));
    store.putCase(aCase('1', { consumerId: 'k1', status: 'waiting' }));
    store.putNote(aNote('n1', '1', 'Konsumenten vill häva köpet'));
    expect(found('tvättmaskin')).toEqual(['1']);
    expect(found('hava')).toEqual(['1']);
    expect(found('orjan')).toEqual(['1']);
    const entries = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}_fts WHERE ${t}_fts MATCH 'tvattmaskin OR hava OR orjan'`).get() as { n: number }).n;
    expect([entries('cases'), entries('notes'), entries('consumers')]).toEqual([1, 1, 1]);
  });

  it('re-indexes changed text and forgets the old words', () => {
    store.putCase(aCase('2', { subject: 'Elavtal sagts upp' }));
    store.putCase(aCase('2', { subject: 'Mobilabonnemang' }));
    store.putNote(aNote('n2', '2', 'Första versionen'));
    store.putNote(aNote('n2', '2', 'Rättad anteckning'));
    expect(found('elavtal')).toEqual([]);
    expect(found('mobilabonnemang')).toEqual(['2']);
    expect(found('forsta')).toEqual([]);
    expect(found('rattad')).toEqual(['2']);
  });

  it('drops the entries of removed rows', () => {
    store.putCase(aCase('3', { subject: 'Solceller' }));
    store.putNote(aNote('n3', '3', 'Värmepump installerad fel'));
    store.remove('case', '3');
    expect(found('solceller')).toEqual([]);
    expect(found('varmepump')).toEqual([]);
    // FTS5 compares each index with its content table and throws on any difference.
    for (const t of ['cases', 'notes', 'consumers']) {
      expect(() => db.exec(`INSERT INTO ${t}_fts(${t}_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    }
  });
});

describe('the cache WAL', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is never checkpointed by a write, only by checkpointWal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-wal-'));
    dirs.push(dir);
    const db = openCache(dir);
    const store = createEntityStore(db);
    const wal = () => db.pragma('wal_checkpoint(PASSIVE)', { simple: false }) as Array<{ log: number; checkpointed: number }>;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    for (let i = 0; i < 300; i++) store.putNote(aNote(`w${i}`, 'c', 'x'.repeat(4000)));
    // 300 one-page-plus commits exceed SQLite's default 1,000-frame auto-checkpoint; nothing was copied back yet.
    expect(statSync(join(dir, `${CACHE_FILE}-wal`)).size).toBeGreaterThan(1000 * 4096);
    checkpointWal(db);
    const [after] = wal();
    expect(after?.log).toBe(after?.checkpointed);
    // Inside a transaction it does nothing rather than fail.
    expect(() => db.transaction(() => checkpointWal(db))()).not.toThrow();
    db.close();
  });
});
