// When the softphone renews its credentials and when it tries the platform
// again after losing it. Pure, so the clock is the caller's.

/** Renew this long before the credentials expire, so a slow backend never leaves a gap. */
const RENEW_MARGIN_MS = 60_000;
/** Never renew more often than this, even for credentials that live a very short time. */
const MIN_RENEW_MS = 5_000;

/** Milliseconds from `now` until the credentials should be renewed. */
export function renewDelayMs(expiresAt: string, now: number): number {
  const expires = Date.parse(expiresAt);
  if (Number.isNaN(expires)) return MIN_RENEW_MS;
  const left = expires - now;
  // Short-lived credentials renew at two thirds of their life; long ones a minute early.
  const delay = Math.max(left - RENEW_MARGIN_MS, (left * 2) / 3);
  return Math.max(MIN_RENEW_MS, Math.floor(delay));
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * Delay before reconnection attempt `attempt` (1, 2, …): doubling from one
 * second up to thirty, with jitter so 300 workstations that lost the platform
 * together do not all come back in the same instant. `random` is in [0, 1).
 */
export function retryDelayMs(attempt: number, random: number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.5 + random / 2));
}
