// openapi-fetch answers { data, error, response } instead of throwing; queries
// and mutations want a thrown error that still carries the server's problem
// (its stable `code`, e.g. version_conflict, and extra members such as
// `current`). Shared by the wallboard and chat.
import { problemCode, problemTitle } from './api';

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly problem: unknown,
  ) {
    super(problemTitle(problem) ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
  }
}

/** The answer's data, or an ApiProblem for a refused or failed request. */
export function answerOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok || result.data === undefined) {
    throw new ApiProblem(result.response.status, problemCode(result.error), result.error);
  }
  return result.data;
}

export const isVersionConflict = (error: unknown): error is ApiProblem => error instanceof ApiProblem && error.code === 'version_conflict';
