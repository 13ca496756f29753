// Polls until a condition holds: the end-to-end tests wait for states, never
// for fixed times. On timeout the error says what was awaited and what the
// last attempt saw, so a failure explains itself.

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

export const DEFAULT_WAIT_MS = 20_000;

/**
 * Calls `probe` until it returns a value other than undefined/false (that
 * value is returned) or throws no more; rethrows the last error on timeout.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, opts: WaitOptions = {}): Promise<Exclude<T, false | undefined>> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_WAIT_MS;
  const intervalMs = opts.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let last: unknown = 'never evaluated';
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as Exclude<T, false | undefined>;
      last = `returned ${String(value)}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last attempt: ${last}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
