// Local write benchmark: addNote as the bridge runs it (cache update + outbox
// entry in ONE transaction, then the case view it returns), the same write
// without the view, and the floor: a bare better-sqlite3 INSERT of one row,
// all on files in the same temp dir with the cache's pragmas (WAL,
// synchronous=NORMAL). No network; the sync engine is not involved.
//
//   npx tsx bench/desk-write.ts        (WRITES=5000 CASES=2000 to change)
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Case, Note, User } from '../electron/bridge.js';
import { createEntityStore } from '../electron/core/cache/entities.js';
import { openCache } from '../electron/core/cache/open-cache.js';
import { createOutbox } from '../electron/core/cache/outbox.js';
import { createLocalApplier } from '../electron/core/local/apply-local.js';
import { createLocalWrites } from '../electron/core/local/local-writes.js';
import { createCaseViews } from '../electron/core/reads/case-views.js';
import { ms, percentiles, prng, table, timeEach } from './desk-stats.js';

const WRITES = Number(process.env.WRITES ?? 5000);
const CASES = Number(process.env.CASES ?? 2000);
const NOTES_PER_CASE = 5;
const WARMUP = 200;

const user: User = { id: 'bench-adviser', username: 'adviser', displayName: 'Anna Adviser', role: 'adviser' };
const at = '2026-11-25T09:00:00.000Z';

function seedCache(store: ReturnType<typeof createEntityStore>, db: Database.Database): string[] {
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < CASES; i++) {
      const id = randomUUID();
      ids.push(id);
      const c: Case = {
        id, reference: `HK-2026-${String(i).padStart(6, '0')}`, consumerId: null, topicId: null, channel: 'phone', language: 'sv',
        status: 'open', outcome: null, assignedAdviserId: user.id, subject: 'Trasig tvättmaskin efter två månader', tags: [],
        version: 1, createdBy: user.id, createdAt: at, updatedAt: at, closedAt: null,
      };
      store.putCase(c);
      for (let n = 0; n < NOTES_PER_CASE; n++) {
        const note: Note = { id: randomUUID(), caseId: id, authorId: user.id, authorName: user.displayName, body: `Ringde om reklamation, anteckning ${n}.`, createdAt: at };
        store.putNote(note);
      }
    }
  })();
  return ids;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-desk-write-'));
  try {
    const db = openCache(dir);
    const store = createEntityStore(db);
    const caseIds = seedCache(store, db);
    const writes = createLocalWrites({
      db, applier: createLocalApplier(db, store), outbox: createOutbox(db), views: createCaseViews(db),
      now: () => new Date(), user: () => user, written: () => undefined,
    });
    const rnd = prng(3);
    const pick = () => caseIds[Math.floor(rnd() * caseIds.length)] ?? '';
    const inputs = (n: number) => Array.from({ length: n }, (_, i) => ({ caseId: pick(), body: `Konsumenten återkom, ärendet följs upp (${i}).` }));

    // The floor: one row per autocommit INSERT, same file settings as the cache.
    const floorDb = new Database(path.join(dir, 'floor.sqlite'));
    floorDb.pragma('journal_mode = WAL');
    floorDb.pragma('synchronous = NORMAL');
    floorDb.exec('CREATE TABLE notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL, data TEXT NOT NULL)');
    const floorInsert = floorDb.prepare<[string, string, string, string, string]>('INSERT INTO notes VALUES (?, ?, ?, ?, ?)');
    const floorWrite = (input: { caseId: string; body: string }) => {
      const id = randomUUID();
      floorInsert.run(id, input.caseId, input.body, at, JSON.stringify({ id, caseId: input.caseId, body: input.body, createdAt: at }));
    };
    const recordOnly = (input: { caseId: string; body: string }) =>
      writes.record({ id: randomUUID(), type: 'note.add', caseId: input.caseId, note: { id: randomUUID(), body: input.body } }, ['notes']);

    // Warm-up of each path so JIT and the page cache settle; then the measured runs.
    timeEach(inputs(WARMUP), floorWrite);
    timeEach(inputs(WARMUP), recordOnly);
    timeEach(inputs(WARMUP), (i) => writes.addNote(i));
    const floor = percentiles(timeEach(inputs(WRITES), floorWrite));
    const record = percentiles(timeEach(inputs(WRITES), recordOnly));
    const addNote = percentiles(timeEach(inputs(WRITES), (i) => writes.addNote(i)));
    const outboxRows = (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    db.close();
    floorDb.close();

    console.log(`\n${WRITES} writes per row after ${WARMUP} warm-up, cache of ${CASES} cases × ${NOTES_PER_CASE} notes on disk (WAL, synchronous=NORMAL), ${os.cpus().length} cores, Node ${process.version}`);
    console.log(table(
      ['operation', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
      [
        ['floor: bare better-sqlite3 INSERT of one note row', floor, 'p'],
        ['note + outbox entry, one transaction (writes.record)', record, 'p'],
        ['addNote as the bridge runs it (write + case view returned)', addNote, 'p'],
      ].map(([name, p]) => {
        const q = p as ReturnType<typeof percentiles>;
        return [name as string, ms(q.p50, 3), ms(q.p95, 3), ms(q.p99, 3), ms(q.max, 1)];
      }),
    ));
    console.log(`\ntarget addNote p95 ≤ 2 ms: ${addNote.p95 <= 2 ? 'met' : 'MISSED'} (${ms(addNote.p95, 3)} ms); outbox rows written: ${outboxRows}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
