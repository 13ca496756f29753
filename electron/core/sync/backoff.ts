// Retry delays: exponential from one second, capped, with "equal jitter"
// (half fixed, half random) so 300 desks that lost the server together do not
// come back in lockstep, yet none retries at once.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 30_000;

/** The delay before retry number `failures` (1 for the first retry); `random` in [0, 1). */
export function backoffDelay(failures: number, random: number): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + (exp / 2) * random);
}
