// What a live queue can know about its recent past, kept for the wait-time
// benchmark: finished handling times, abandonments, and the area under the
// queue-length curve (total time spent waiting by everyone, including those
// still waiting), all over a sliding window. QL_m's two rates are fitted from
// this and from nothing else, never from the simulation's true parameters.
import { type PatienceHistory } from '../backend/src/routing/wait-estimate.js';

/**
 * The window: the last hour, stretched back to cover at least the last 200
 * arrivals. Why both: an hour follows changes in a busy phone queue (240
 * arrivals an hour in the phone scenarios), but a small chat queue sees a few
 * abandonments an hour, too few to estimate patience from, so it looks back
 * further until it has seen enough contacts.
 */
export const WINDOW_SECONDS = 3600;
export const WINDOW_MIN_ARRIVALS = 200;

export class RecentHistory {
  private readonly arrivals: number[] = [];
  private readonly completionAt: number[] = [];
  private readonly completionSeconds: number[] = [];
  private firstCompletion = 0;
  private readonly abandonedAt: number[] = [];
  private firstAbandoned = 0;
  // Queue length as a step function: at checkpoint k the length became queueLength[k].
  private readonly checkpointAt: number[] = [0];
  private readonly checkpointArea: number[] = [0];
  private readonly checkpointLength: number[] = [0];
  private checkpointCursor = 0;

  arrival(at: number): void {
    this.arrivals.push(at);
  }

  completion(at: number, handleSeconds: number): void {
    this.completionAt.push(at);
    this.completionSeconds.push(handleSeconds);
  }

  abandonment(at: number): void {
    this.abandonedAt.push(at);
  }

  /** The number waiting changed to `length` at `at`. */
  queueLength(at: number, length: number): void {
    const last = this.checkpointAt.length - 1;
    const area = this.areaAt(at, last);
    this.checkpointAt.push(at);
    this.checkpointArea.push(area);
    this.checkpointLength.push(length);
  }

  /** Handling times of contacts that finished inside the window. */
  handleSamples(now: number): number[] {
    const start = this.windowStart(now);
    while (this.firstCompletion < this.completionAt.length && (this.completionAt[this.firstCompletion] ?? 0) < start) this.firstCompletion++;
    return this.completionSeconds.slice(this.firstCompletion);
  }

  /** Abandonments inside the window and everyone's waiting time inside it. */
  patience(now: number): PatienceHistory {
    const start = this.windowStart(now);
    while (this.firstAbandoned < this.abandonedAt.length && (this.abandonedAt[this.firstAbandoned] ?? 0) < start) this.firstAbandoned++;
    const last = this.checkpointAt.length - 1;
    // The window start only moves forward, so the checkpoint before it does too.
    while (this.checkpointCursor < last && (this.checkpointAt[this.checkpointCursor + 1] ?? Infinity) <= start) this.checkpointCursor++;
    const waited = this.areaAt(now, last) - this.areaAt(Math.max(start, this.checkpointAt[0] ?? 0), this.checkpointCursor);
    return { abandoned: this.abandonedAt.length - this.firstAbandoned, totalWaitSeconds: Math.max(0, waited) };
  }

  private windowStart(now: number): number {
    const byCount = this.arrivals[this.arrivals.length - WINDOW_MIN_ARRIVALS] ?? 0;
    return Math.min(now - WINDOW_SECONDS, byCount);
  }

  /** Area under the queue-length curve up to `at`, which lies at or after checkpoint k. */
  private areaAt(at: number, k: number): number {
    return (this.checkpointArea[k] ?? 0) + (this.checkpointLength[k] ?? 0) * (at - (this.checkpointAt[k] ?? 0));
  }
}
