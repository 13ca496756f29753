// Shared by the desk benchmarks: percentiles, a deterministic PRNG and a
// markdown-table printer, so every benchmark reports the same way.
import { performance } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of durations in ms. */
export function percentiles(samples: readonly number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1] ?? NaN };
}

/** Runs fn once per input and returns each call's duration in ms. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const out: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    fn(input);
    out.push(performance.now() - t);
  }
  return out;
}

export const ms = (n: number, digits = 2): string => n.toFixed(digits);
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Memory figures need a settled heap; --expose-gc is switched on here so the
// scripts run with a plain `npx tsx`.
v8.setFlagsFromString('--expose-gc');
const gcFn = runInNewContext('gc') as () => void;
export function settledMemory(): { rss: number; heap: number } {
  gcFn();
  gcFn();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
