// The server's clock relative to this computer's, from the times the server
// stamps on its messages. A message's time was taken before it travelled, so
// `stamp − local arrival` is always a little less than the true offset: the
// best estimate is the largest such sample. Old samples age out, so a clock
// that is corrected (NTP) is followed within minutes.
const WINDOW_MS = 5 * 60_000;

export interface ClockOffset {
  /** Records a server timestamp seen at local time `localMs`; returns the current estimate. */
  sample(serverIso: string, localMs: number): number;
  value(): number;
  reset(): void;
}

export function createClockOffset(): ClockOffset {
  let samples: Array<{ at: number; offset: number }> = [];
  let current = 0;
  return {
    sample(serverIso, localMs) {
      const server = Date.parse(serverIso);
      if (!Number.isFinite(server)) return current;
      samples = samples.filter((s) => localMs - s.at <= WINDOW_MS);
      samples.push({ at: localMs, offset: server - localMs });
      current = Math.max(...samples.map((s) => s.offset));
      return current;
    },
    value: () => current,
    reset() {
      samples = [];
      current = 0;
    },
  };
}
