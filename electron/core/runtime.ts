// Time, timers, randomness and the network as the core sees them. Production
// uses the real ones; tests pass their own so retries and periodic pulls are
// deterministic and fast.

export interface Runtime {
  now(): Date;
  /** Runs `fn` after `ms`; the returned function cancels it. */
  schedule(ms: number, fn: () => void): () => void;
  /** A number in [0, 1), for backoff jitter. */
  random(): number;
  fetch: typeof globalThis.fetch;
}

export const realRuntime = (): Runtime => ({
  now: () => new Date(),
  schedule(ms, fn) {
    const t = setTimeout(fn, ms);
    // A pending retry must not keep a closing process (or a test worker) alive.
    t.unref?.();
    return () => clearTimeout(t);
  },
  random: Math.random,
  fetch: (input, init) => globalThis.fetch(input, init),
});
