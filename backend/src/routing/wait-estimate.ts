// The estimated wait the public website shows per queue: the queue-length
// estimator for a many-server queue where consumers may give up (the QL_m
// estimator of Ibrahim & Whitt for the M/M/s+M model), plus fitting its two
// rates from recent history. Pure: the caller reads the queue and the history.
//
// Why this model: with every adviser busy and `n` contacts ahead, the next
// departure from the front of the line happens at rate sμ (a service ends)
// plus iθ (one of the i contacts still ahead gives up). A new arrival reaches
// an adviser after n + 1 such departures, i = n, n-1, …, 0 contacts ahead of it,
// so its wait is a sum of independent exponential phases. It uses the state
// the queue is in now, which is why it reacts at once to a surge, where
// "the last consumer waited 4 minutes" lags behind.

export interface QueueSnapshot {
  /** Contacts waiting ahead of a new arrival (queued, not yet accepted). */
  ahead: number;
  /** Advisers serving this queue now (ready or busy, with the skills for it). */
  servers: number;
  /** Of those, how many are free right now. */
  idle: number;
  /** Mean handling time in seconds (talk/chat time plus wrap-up), from recent history. */
  meanHandleSeconds: number;
  /** Mean patience in seconds (how long consumers wait before giving up); Infinity when nobody gives up. */
  meanPatienceSeconds: number;
}

export interface WaitEstimate {
  /** Expected wait in seconds, rounded to whole seconds. */
  seconds: number;
  /** A confidence band (about 80%) around it, in whole seconds, low ≥ 0. */
  low: number;
  high: number;
}

/** Mean and variance of the wait, in seconds and seconds², before rounding. */
export interface WaitMoments {
  mean: number;
  variance: number;
}

function requireCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function requirePositive(value: number, name: string, infinityAllowed = false): void {
  if (Number.isNaN(value) || value <= 0 || (!infinityAllowed && !Number.isFinite(value))) {
    throw new RangeError(`${name} must be a ${infinityAllowed ? '' : 'finite '}number > 0, got ${value}`);
  }
}

function validateSnapshot(s: QueueSnapshot): void {
  requireCount(s.ahead, 'ahead');
  requireCount(s.servers, 'servers');
  requireCount(s.idle, 'idle');
  if (s.idle > s.servers) throw new RangeError(`idle (${s.idle}) cannot exceed servers (${s.servers})`);
  requirePositive(s.meanHandleSeconds, 'meanHandleSeconds');
  requirePositive(s.meanPatienceSeconds, 'meanPatienceSeconds', true);
}

/**
 * Contacts that will still be queued ahead of a new arrival once the idle
 * advisers have picked up: null when the arrival itself gets an adviser at
 * once. Idle advisers with people queued happen for a moment between a chat
 * ending and the router offering the next one; counting those people as
 * waiting would overstate the wait.
 */
function effectivelyAhead(s: QueueSnapshot): number | null {
  if (s.idle > s.ahead) return null;
  return s.ahead - s.idle;
}

/**
 * Mean and variance of the wait of a new arrival (the QL_m estimator), or
 * null when nobody is staffed. Linear in `ahead`, which is at most a few
 * hundred for a real queue.
 */
export function waitMoments(s: QueueSnapshot): WaitMoments | null {
  validateSnapshot(s);
  if (s.servers === 0) return null;
  const n = effectivelyAhead(s);
  if (n === null) return { mean: 0, variance: 0 };
  const serviceRate = s.servers / s.meanHandleSeconds; // sμ
  const abandonRate = 1 / s.meanPatienceSeconds; // θ; 1/Infinity = 0 when nobody gives up
  let mean = 0;
  let variance = 0;
  for (let i = 0; i <= n; i++) {
    const phase = 1 / (serviceRate + i * abandonRate);
    mean += phase;
    variance += phase * phase;
  }
  return { mean, variance };
}

// The 90th percentile of the standard normal; its negative is the 10th.
const Z90 = 1.2815515655446004;

/**
 * The 10th and 90th percentiles of a gamma distribution with this mean and
 * variance. Why a gamma: the wait is a sum of exponential phases, and the
 * gamma with its mean and variance is exact at both extremes: a single phase
 * (shape 1, an exponential) and n + 1 equal phases (nobody gives up, shape
 * n + 1); with abandonment the phases differ, the shape mean²/variance lies
 * between the two, and the gamma is a close approximation. Why Wilson–Hilferty for the percentiles: a closed form, within a
 * few percent of the exact gamma percentiles for shape ≥ 1 (about 7% at the
 * low end of an exponential, less from there on), which is far finer than a
 * band shown to consumers needs, and it keeps this file free of an
 * incomplete-gamma solver.
 */
export function gammaBand({ mean, variance }: WaitMoments): { low: number; high: number } {
  if (mean <= 0 || variance <= 0) return { low: 0, high: 0 };
  const shape = (mean * mean) / variance;
  const scale = variance / mean;
  const c = 1 / (9 * shape);
  const at = (z: number) => shape * scale * Math.max(0, 1 - c + z * Math.sqrt(c)) ** 3;
  return { low: at(-Z90), high: at(Z90) };
}

/** null when the queue has no servers (the wait cannot be estimated). */
export function estimateWait(s: QueueSnapshot): WaitEstimate | null {
  const moments = waitMoments(s);
  if (moments === null) return null;
  if (moments.mean === 0) return { seconds: 0, low: 0, high: 0 };
  const band = gammaBand(moments);
  // Rounded outwards, so the band always contains the rounded mean: the gamma's
  // 10th percentile lies below its mean and the 90th above it for any shape ≥ 1.
  return { seconds: Math.round(moments.mean), low: Math.max(0, Math.floor(band.low)), high: Math.ceil(band.high) };
}

// ---- Fitting the two rates from recent history ----------------------------

/**
 * Below this many abandonments the patience estimate is topped up with
 * imaginary ones at the prior. Why: patience is estimated from a count, and a
 * count of 1 or 2 in a quiet half hour swings the estimate several-fold (one
 * extra abandonment halves it), which the website would show as a jumping wait.
 */
export const MIN_ABANDONED = 5;
/** The same guard for handling times: with fewer samples, the prior fills in. */
export const MIN_HANDLE_SAMPLES = 10;
/**
 * Handling times above this multiple of the median count as this multiple.
 * Why not a trimmed mean: handling times are skewed to the right, so cutting
 * both ends biases the mean down, and the estimator needs the true mean (it
 * sets the service rate). A cap at ten medians leaves real long calls almost
 * untouched (it lowers the mean by 0.1% for exponential handling times, 0.7%
 * for lognormal ones with CV 1, about 5% at CV 1.5) but stops a chat left open
 * overnight from doubling the estimate.
 */
export const OUTLIER_MEDIANS = 10;
/** Nobody is infinitely fast or impatient: a zero would break the estimator. */
const FLOOR_SECONDS = 1;

function requireNonNegative(value: number, name: string, index?: number): void {
  if (Number.isFinite(value) && value >= 0) return;
  throw new RangeError(`${index === undefined ? name : `${name}[${index}]`} must be a finite number ≥ 0, got ${value}`);
}

export interface PatienceHistory {
  /** Contacts who gave up while waiting, in the window. */
  abandoned: number;
  /**
   * Time spent waiting in the window by everyone: served, abandoned and still
   * waiting (the area under the queue-length curve).
   */
  totalWaitSeconds: number;
}

/**
 * Mean patience in seconds. With exponential patience, the maximum-likelihood
 * estimate of the abandonment rate is abandonments ÷ total time exposed to
 * abandoning, and everyone waiting is exposed: leaving out the served would
 * count only the impatient and make patience look far shorter than it is.
 *
 * Without a prior: Infinity when nobody abandoned (no evidence anybody gives
 * up). With a prior: fewer than MIN_ABANDONED abandonments are topped up to
 * that many with imaginary ones, each having waited `priorSeconds`, the
 * conjugate (gamma-prior) way of saying "until we have seen five, lean on
 * what we expect". From MIN_ABANDONED on the data alone decides, and the two
 * meet there, so the estimate does not jump.
 */
export function fitPatience(history: PatienceHistory, priorSeconds?: number): number {
  requireCount(history.abandoned, 'abandoned');
  requireNonNegative(history.totalWaitSeconds, 'totalWaitSeconds');
  if (priorSeconds !== undefined) requirePositive(priorSeconds, 'priorSeconds', true);
  const imaginary = priorSeconds === undefined ? 0 : Math.max(0, MIN_ABANDONED - history.abandoned);
  const count = history.abandoned + imaginary;
  if (count === 0) return Infinity;
  // Guarded because 0 × an Infinity prior is NaN.
  const exposure = history.totalWaitSeconds + (imaginary > 0 ? imaginary * (priorSeconds ?? 0) : 0);
  return Math.max(FLOOR_SECONDS, exposure / count);
}

/**
 * Mean handling time in seconds from the recent window: the mean with
 * outliers capped at OUTLIER_MEDIANS × the median, topped up to
 * MIN_HANDLE_SAMPLES samples with the prior (so an empty window gives the
 * prior, and a window of three calls is not taken at its word).
 */
export function fitHandleTime(samplesSeconds: readonly number[], priorSeconds: number): number {
  requirePositive(priorSeconds, 'priorSeconds');
  // A plain loop: this runs on every estimate, and a message per sample would be built for nothing.
  for (let i = 0; i < samplesSeconds.length; i++) requireNonNegative(samplesSeconds[i] ?? NaN, 'samplesSeconds', i);
  const n = samplesSeconds.length;
  const imaginary = Math.max(0, MIN_HANDLE_SAMPLES - n);
  let sum = imaginary * priorSeconds;
  if (n > 0) {
    const sorted = [...samplesSeconds].sort((a, b) => a - b);
    const median = n % 2 === 1 ? (sorted[(n - 1) / 2] ?? 0) : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
    // A median of zero (mostly dropped contacts) gives no scale to cap against.
    const cap = median > 0 ? OUTLIER_MEDIANS * median : Infinity;
    for (const x of sorted) sum += Math.min(x, cap);
  }
  return Math.max(FLOOR_SECONDS, sum / (n + imaginary));
}
