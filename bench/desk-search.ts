// Knowledge search benchmark: 20,000 generated Swedish-like articles (~300
// words each) stored through the cache's own entity store (the function the
// sync engine applies feed articles with, so the FTS5 index and its triggers
// are the real ones), searched through the cache's knowledge reads (what the
// bridge's searchKnowledge calls), side by side in the same run with
// MiniSearch over the same corpus and queries. Also: the first query after
// closing and reopening the cache, and memory for both.
//
//   npx tsx bench/desk-search.ts       (ARTICLES=20000 QUERIES=300 to change)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import type { Article } from '../electron/bridge.js';
import { createEntityStore } from '../electron/core/cache/entities.js';
import { CACHE_FILE, checkpointWal, openCache } from '../electron/core/cache/open-cache.js';
import { createKnowledgeReads } from '../electron/core/reads/knowledge.js';
import { mb, ms, percentiles, prng, settledMemory, table, timeEach } from './desk-stats.js';

const ARTICLES = Number(process.env.ARTICLES ?? 20_000);
const QUERIES = Number(process.env.QUERIES ?? 300);
const WORDS_PER_ARTICLE = 300;
const BATCH = 500; // the feed's default page size: one transaction per page, as the sync engine does

// Real consumer-guidance words first (many with å/ä/ö), then generated ones
// from Swedish-looking syllables, so the vocabulary has the size and the
// letters of real text.
const CORE_WORDS = `försäkring hemförsäkring reklamation ångerrätt köp avtal garanti fel vara tjänst hantverkare elavtal elpris
mobilabonnemang bredband uppsägning bindningstid faktura betalning skuld inkasso kronofogden lån ränta kredit kortbedrägeri
bedrägeri nätköp distansavtal konsumentköplagen konsumenttjänstlagen prisavdrag hävning ersättning skadestånd resa flyg
paketresa försening inställd bagage hyra bostadsrätt renovering byggfel besiktning bilköp begagnad verkstad reparation
leverans försenad returrätt öppet köp kvitto tvättmaskin kylskåp mobiltelefon dator glasögon möbler kläder skor
allmänna reklamationsnämnden tvist anmälan vägledning kommun rådgivning budget energi värmepump solceller fjärrvärme
bank swish fakturabedrägeri telefonförsäljning sms lån snabblån avbetalning leasing återkallelse säkerhet märkning
miljö hållbarhet ursprung pris jämförelse erbjudande rabatt kampanj prenumeration gym medlemskap biljett evenemang
ångest väder årsavgift åtgärd återbetalning överenskommelse ägare förmedlare mäklare försäljare säljare köpare näringsidkare`.split(/\s+/);
const STOP_WORDS = 'och att det som en på är för med har till av om inte kan du den var jag de ett men så vi när ska eller från'.split(' ');
const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'st', 'sk', 'sp', 'tr', 'kr', 'fr', 'gr', 'bl', 'sl', 'sn', 'sv', 'tj', 'sj'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'a', 'e', 'o', 'ä', 'ö'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'k', 'ng', 'rt', 'st', 'nd', 'll', 'mm', 'tt', 'ck'];
const SUFFIXES = ['', '', 'en', 'et', 'ar', 'er', 'or', 'na', 'ning', 'het', 'lig', 'are', 'ande', 'else'];

function buildVocabulary(rnd: () => number, size: number): string[] {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)] as T;
  const words = new Set(CORE_WORDS);
  while (words.size < size) {
    let w = '';
    const syllables = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    words.add(w + pick(SUFFIXES));
  }
  return [...words];
}

/** Zipf-like: rank r drawn with weight 1/(r+10), so a few words are everywhere and most are rare. */
function zipfSampler(rnd: () => number, n: number): () => number {
  const cum: number[] = [];
  let total = 0;
  for (let r = 0; r < n; r++) cum.push((total += 1 / (r + 10)));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function buildCorpus(): { articles: Article[]; vocabulary: string[] } {
  const rnd = prng(20_000);
  const vocabulary = buildVocabulary(rnd, 30_000);
  // Shuffle the generated words among the real ones so rank is not "real words first".
  for (let i = vocabulary.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [vocabulary[i], vocabulary[j]] = [vocabulary[j] as string, vocabulary[i] as string];
  }
  const zipf = zipfSampler(rnd, vocabulary.length);
  const word = () => (rnd() < 0.35 ? STOP_WORDS[Math.floor(rnd() * STOP_WORDS.length)] : vocabulary[zipf()]) as string;
  const sentence = (n: number) => {
    const ws = Array.from({ length: n }, word);
    const first = ws[0] ?? '';
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${ws.slice(1).join(' ')}.`;
  };
  const at = '2026-01-01T00:00:00Z';
  const articles: Article[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const sentences: string[] = [];
    let words = 0;
    while (words < WORDS_PER_ARTICLE - 20) {
      const n = 6 + Math.floor(rnd() * 14);
      sentences.push(sentence(n));
      words += n;
    }
    const id = `bench-${String(i).padStart(5, '0')}`;
    articles.push({
      id, slug: id, kind: 'article', language: rnd() < 0.9 ? 'sv' : 'en', title: sentence(3 + Math.floor(rnd() * 4)).slice(0, -1),
      summary: sentence(12), tags: [vocabulary[zipf()] as string, vocabulary[zipf()] as string], topicIds: [], status: 'published',
      version: 1, publishedAt: at, createdAt: at, updatedAt: at, updatedBy: null, body: sentences.join(' '),
    });
  }
  return { articles, vocabulary };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

function buildQueries(vocabulary: string[]): Record<string, string[]> {
  const rnd = prng(7);
  // Adviser queries are content words: drawn from the 3,000 most frequent ones, never stop words.
  const common = vocabulary.slice(0, 3000);
  const any = () => common[Math.floor(rnd() * common.length)] as string;
  const withDiacritics = common.filter((w) => /[åäö]/.test(w));
  const n = QUERIES;
  return {
    'one term': Array.from({ length: n }, any),
    'two terms': Array.from({ length: n }, () => `${any()} ${any()}`),
    'prefix (3–5 letters)': Array.from({ length: n }, () => {
      let w = any();
      while (w.length < 4) w = any();
      return w.slice(0, 3 + Math.floor(rnd() * Math.min(3, w.length - 2)));
    }),
    'typed without å/ä/ö': Array.from({ length: n }, () => fold(withDiacritics[Math.floor(rnd() * withDiacritics.length)] as string)),
  };
}

function miniSearchOver(articles: Article[]): MiniSearch<Article> {
  const ms = new MiniSearch<Article>({
    fields: ['title', 'summary', 'body', 'tags'],
    storeFields: ['title', 'summary', 'slug', 'kind', 'language', 'topicIds'],
    extractField: (doc, field) => (field === 'tags' ? doc.tags.join(' ') : String(doc[field as keyof Article] ?? '')),
    // The same folding the cache's tokenizer does (unicode61 remove_diacritics 2).
    processTerm: (term) => fold(term.toLowerCase()),
    // Like the cache: every word a prefix, all words required, the title weighted highest.
    searchOptions: { prefix: true, combineWith: 'AND', boost: { title: 10, summary: 4, tags: 4 } },
  });
  ms.addAll(articles);
  return ms;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'halla-desk-search-'));
  try {
    let t = performance.now();
    const { articles, vocabulary } = buildCorpus();
    const genMs = performance.now() - t;
    const queries = buildQueries(vocabulary);
    const words = articles.reduce((n, a) => n + a.body.split(' ').length, 0);
    console.log(`generated ${articles.length} articles (${Math.round(words / articles.length)} body words each) in ${ms(genMs / 1000, 1)} s`);

    const base = settledMemory();
    t = performance.now();
    let db = openCache(dir);
    const store = createEntityStore(db);
    for (let i = 0; i < articles.length; i += BATCH) {
      const page = articles.slice(i, i + BATCH);
      db.transaction(() => {
        for (const a of page) store.putArticle(a);
      })();
    }
    // The sync engine checkpoints the WAL between pages and cycles (local writes never do); so does the load here.
    checkpointWal(db);
    const loadMs = performance.now() - t;
    let knowledge = createKnowledgeReads(db);
    const fileBytes = fs.statSync(path.join(dir, CACHE_FILE)).size + (fs.existsSync(path.join(dir, `${CACHE_FILE}-wal`)) ? fs.statSync(path.join(dir, `${CACHE_FILE}-wal`)).size : 0);
    console.log(`loaded into the cache (entity store with its FTS5 entries, WAL checkpointed) in ${ms(loadMs / 1000, 1)} s; file ${mb(fileBytes)} MB`);

    // Warm both the same way before measuring.
    const warm = queries['one term']?.slice(0, 50) ?? [];
    timeEach(warm, (q) => knowledge.search({ text: q }));
    const cacheMem = settledMemory();

    t = performance.now();
    const mini = miniSearchOver(articles);
    const miniBuildMs = performance.now() - t;
    timeEach(warm, (q) => mini.search(q));
    const miniMem = settledMemory();
    console.log(`MiniSearch index built in ${ms(miniBuildMs / 1000, 1)} s`);

    const rows: string[][] = [];
    const p95s: number[] = [];
    for (const [name, qs] of Object.entries(queries)) {
      const hits = { cache: 0, mini: 0 };
      const c = percentiles(timeEach(qs, (q) => (hits.cache += knowledge.search({ text: q }).length)));
      // MiniSearch returns every match; the cache pages 20, so MiniSearch is cut to 20 as a result list would be.
      const m = percentiles(timeEach(qs, (q) => (hits.mini += mini.search(q).slice(0, 20).length)));
      p95s.push(c.p95);
      rows.push([name, ms(c.p50), ms(c.p95), ms(c.p99), ms(m.p50), ms(m.p95), ms(m.p99), `${(hits.cache / qs.length).toFixed(1)} / ${(hits.mini / qs.length).toFixed(1)}`]);
    }

    // Reopen: close the cache, open it again (schema check included), time the first query.
    db.close();
    t = performance.now();
    db = openCache(dir);
    knowledge = createKnowledgeReads(db);
    const reopenMs = performance.now() - t;
    const firstQuery = queries['two terms']?.[QUERIES - 1] ?? 'försäkring';
    t = performance.now();
    const firstHits = knowledge.search({ text: firstQuery }).length;
    const firstMs = performance.now() - t;
    db.close();

    console.log(`\n${articles.length} articles, ${QUERIES} queries per row, limit 20, ${os.cpus().length} cores, Node ${process.version}`);
    console.log(table(
      ['query set', 'cache p50 ms', 'cache p95 ms', 'cache p99 ms', 'MiniSearch p50 ms', 'MiniSearch p95 ms', 'MiniSearch p99 ms', 'avg hits cache / MiniSearch'],
      rows,
    ));
    console.log('');
    console.log(table(
      ['', 'cache (SQLite FTS5)', 'MiniSearch'],
      [
        ['build / load', `${ms(loadMs / 1000, 1)} s (store + FTS, on disk)`, `${ms(miniBuildMs / 1000, 1)} s (in memory)`],
        ['RSS growth', `${mb(cacheMem.rss - base.rss)} MB`, `${mb(miniMem.rss - cacheMem.rss)} MB`],
        ['JS heap growth', `${mb(cacheMem.heap - base.heap)} MB`, `${mb(miniMem.heap - cacheMem.heap)} MB`],
        ['on disk', `${mb(fileBytes)} MB`, '—'],
        ['reopen → first query', `open ${ms(reopenMs)} ms + first query ${ms(firstMs)} ms ("${firstQuery}", ${firstHits} hits)`, 'rebuild needed (see build)'],
      ],
    ));
    const worst = Math.max(...p95s);
    console.log(`\ntargets: p95 ≤ 5 ms ${worst <= 5 ? 'met' : 'MISSED'} (worst ${ms(worst)} ms); reopen + first query ≤ 50 ms ${reopenMs + firstMs <= 50 ? 'met' : 'MISSED'} (${ms(reopenMs + firstMs)} ms)`);
    console.log('memory: the corpus itself (~the same for both) is in the heap before either index is measured; RSS of the cache includes SQLite\'s page cache.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
