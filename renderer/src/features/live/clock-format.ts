// Times shown on live work: time in a presence state, time left on an offer or
// a wrap-up. Whole seconds, mm:ss (h:mm:ss past an hour) so the width stays
// steady while it ticks.

/** "00:07", "03:12", "59:59", "1:00:00". Negative or non-finite input shows as zero. */
export function formatClock(totalSeconds: number): string {
  const s = Number.isFinite(totalSeconds) ? Math.max(0, Math.floor(totalSeconds)) : 0;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Whole seconds since an ISO time on the server's clock (never negative; zero for a missing or bad time). */
export function secondsSince(iso: string | null | undefined, serverNow: number): number {
  const at = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(at)) return 0;
  return Math.max(0, Math.floor((serverNow - at) / 1000));
}

/**
 * Whole seconds left of a period (an offer ringing, a wrap-up) and its length.
 * The left time never exceeds the length: the workstation learns the server's
 * clock from a message that took a moment to arrive, so its idea of server
 * time can lag by a fraction of a second, which must not show as 2:01 of 2:00.
 */
export function timeLeft(startIso: string | null | undefined, endIso: string | null | undefined, serverNow: number): { left: number; total: number } {
  const end = endIso ? Date.parse(endIso) : Number.NaN;
  if (Number.isNaN(end)) return { left: 0, total: 0 };
  const start = startIso ? Date.parse(startIso) : Number.NaN;
  const rawLeft = Math.max(0, Math.ceil((end - serverNow) / 1000));
  const total = Number.isNaN(start) ? rawLeft : Math.max(0, Math.round((end - start) / 1000));
  return { left: Math.min(rawLeft, total), total };
}

export type Urgency = 'calm' | 'soon' | 'now';

/** How pressing a countdown is: the last 10 seconds are "soon", the last 5 "now" (shown by text and shape too, never colour alone). */
export function urgencyOf(secondsLeft: number): Urgency {
  if (secondsLeft <= 5) return 'now';
  if (secondsLeft <= 10) return 'soon';
  return 'calm';
}
