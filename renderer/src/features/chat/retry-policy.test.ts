import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-answer';
import { judgeFailure, RETRY_CAP_MS, retryDelayMs } from './retry-policy';

const problem = (status: number, code: string | null, extra: object = {}) => new ApiProblem(status, code, { title: 'x', status, code, ...extra });

describe('retryDelayMs', () => {
  it('grows from about a second and never passes the cap', () => {
    expect(retryDelayMs(1, 0)).toBe(500);
    expect(retryDelayMs(1, 0.999)).toBeLessThanOrEqual(1000);
    expect(retryDelayMs(2, 1)).toBe(2000);
    expect(retryDelayMs(3, 1)).toBe(4000);
    for (let attempt = 1; attempt < 40; attempt++) {
      expect(retryDelayMs(attempt, 1)).toBeLessThanOrEqual(RETRY_CAP_MS);
      expect(retryDelayMs(attempt, 0)).toBeGreaterThanOrEqual(500);
    }
  });
});

describe('judgeFailure', () => {
  it.each([
    ['the bridge dropped the call', new Error('The workstation host is not reachable')],
    ['no answer in time', new Error('No answer in time')],
    ['the desk is offline', problem(503, 'offline')],
    ['a server error', problem(500, null)],
    ['a routing race', problem(409, 'conflict')],
    ['a lapsed session', problem(401, 'unauthorized')],
  ])('tries again after %s', (_what, error) => {
    expect(judgeFailure(error)).toEqual({ retry: true, atLeastMs: 0 });
  });

  it('waits as long as a rate limit asks', () => {
    expect(judgeFailure(problem(429, 'rate_limited', { retryAfterSeconds: 7 }))).toEqual({ retry: true, atLeastMs: 7000 });
  });

  it.each([
    ['the chat has ended', problem(409, 'invalid_state'), 'ended'],
    ['the chat is gone', problem(404, 'not_found'), 'ended'],
    ['someone else handles it', problem(403, 'forbidden'), 'forbidden'],
    ['the text was refused', problem(400, 'validation_failed'), 'invalid'],
  ])('gives up when %s', (_what, error, failure) => {
    expect(judgeFailure(error)).toEqual({ retry: false, failure });
  });
});
