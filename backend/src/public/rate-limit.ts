// A small per-client token bucket for the public endpoints: enough to keep one
// misbehaving page from loading the backend, without a dependency. Buckets of
// clients not seen for a while are dropped, so memory stays bounded.
export interface RateLimiter {
  /** True when the client may go ahead; otherwise the seconds until it may. */
  take(key: string, now: number): true | number;
}

/** At most this many clients are remembered; past it the least recently seen are forgotten (they start full again). */
const MAX_CLIENTS = 50_000;

export function createRateLimiter(perMinute: number, burst = perMinute): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  let lastSweep = 0;
  return {
    take(key, now) {
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        for (const [k, b] of buckets) if (now - b.at > 10 * 60_000) buckets.delete(k);
      }
      const b = buckets.get(key) ?? { tokens: burst, at: now };
      b.tokens = Math.min(burst, b.tokens + (now - b.at) * refillPerMs);
      b.at = now;
      // Re-inserted so the map's order is least recently seen first.
      buckets.delete(key);
      buckets.set(key, b);
      if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
      }
      return Math.ceil((1 - b.tokens) / refillPerMs / 1000);
    },
  };
}
