// When a chat message could not be sent: try again (with the same client id,
// which the server stores once), or give up because trying again cannot
// help. The network, the bridge and a busy server are passing troubles; a
// chat that has ended, or is someone else's, is not.
import { ApiProblem } from '../../lib/api-answer';
import type { SendFailure } from './pending-messages';

/** The first retry comes after about a second; a consumer is waiting, so never more than ten seconds apart. */
export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 10_000;
/** An attempt with no answer this long counts as failed (the server stores a late duplicate once anyway). */
export const SEND_TIMEOUT_MS = 15_000;

export type FailureVerdict = { retry: true; atLeastMs: number } | { retry: false; failure: SendFailure };

/**
 * `attempt` is 1 for the first retry. Exponential, capped, with half of it
 * random so workstations that lost the server together do not return in step.
 */
export function retryDelayMs(attempt: number, random: number): number {
  const exp = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(Math.max(random, 0), 1));
}

function retryAfterMs(problem: unknown): number {
  if (typeof problem === 'object' && problem !== null && 'retryAfterSeconds' in problem && typeof problem.retryAfterSeconds === 'number') {
    return Math.max(0, problem.retryAfterSeconds * 1000);
  }
  return 0;
}

/** What to do after a failed send. Anything that is not a refusal from the server (a dropped bridge, a timeout) is worth another try. */
export function judgeFailure(error: unknown): FailureVerdict {
  if (!(error instanceof ApiProblem)) return { retry: true, atLeastMs: 0 };
  const { status, code } = error;
  // Our own passthrough says "offline"; the server may be restarting or busy.
  if (status >= 500 || status === 408) return { retry: true, atLeastMs: 0 };
  if (status === 429) return { retry: true, atLeastMs: retryAfterMs(error.problem) };
  // The session lapsed: signing in again resumes (the same client id is stored once).
  if (status === 401) return { retry: true, atLeastMs: 0 };
  if (status === 409) return code === 'invalid_state' ? { retry: false, failure: 'ended' } : { retry: true, atLeastMs: 0 };
  if (status === 403) return { retry: false, failure: 'forbidden' };
  if (status === 404) return { retry: false, failure: 'ended' };
  return { retry: false, failure: 'invalid' };
}
