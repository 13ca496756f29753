// Readable messages for failed live-work calls. The hooks throw an Error
// carrying the server's problem (RFC 9457) and the status; the bridge answers
// 503 "offline" when the server cannot be reached.
import { problemCode, problemTitle } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';

function problemOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'problem' in error ? error.problem : null;
}

/** The stable problem code of a failed live-work call ("invalid_state", "offline", …), if any. */
export function liveProblemCode(error: unknown): string | null {
  return problemCode(problemOf(error));
}

/** The server's own title, or the error's message; "offline" is for the caller to word. */
export function liveErrorText(error: unknown): string {
  return problemTitle(problemOf(error)) ?? errorMessage(error);
}
