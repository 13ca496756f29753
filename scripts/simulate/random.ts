// Seeded randomness for the simulator. The same --seed gives the same
// consumers, subjects, arrival pattern and handling times, so a demo can be
// replayed and the unit tests can pin exact values. Each part of the
// simulation draws from its own stream (derived from the seed and a label), so
// adding simulated advisers does not change which consumers call.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** FNV-1a over the text: turns "<seed>:<label>" into a 32-bit stream seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: tiny and fast, plenty for traffic shapes (never for anything secret). */
export function createRng(seed: string | number, label = ''): Rng {
  let a = hash32(`${seed}:${label}`);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uniform = (rng: Rng, low: number, high: number): number => low + (high - low) * rng();

/** An integer in [low, high], both included. */
export const integer = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)] as T;
}

/** One of the keys, with probability proportional to its weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
  if (!(total > 0)) throw new Error('weighted pick with no positive weight');
  let x = rng() * total;
  for (const [key, w] of entries) {
    x -= Math.max(0, w);
    if (x < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** Exponential with the given mean: memoryless waiting, e.g. how long a caller holds on. */
export const exponential = (rng: Rng, mean: number): number => -mean * Math.log(1 - rng());

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Lognormal with the given MEAN (not median) and shape: handling times are
 * skewed — most calls are short, a few take very long. With μ = ln(mean) − σ²/2
 * the mean comes out as asked.
 */
export function lognormal(rng: Rng, mean: number, sigma: number): number {
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  return Math.exp(mu + sigma * normal(rng));
}
