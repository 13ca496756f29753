// Durations as a wall display shows them: clock-style digits that keep their
// width as they tick ("0:45", "12:05", "1:02:05"), never negative, because a
// few hundred milliseconds of clock skew must not show "-0:01".

/** Whole seconds as m:ss, or h:mm:ss from one hour up. */
export function formatDuration(seconds: number): string {
  const total = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * A threshold or target time in the largest whole unit (queues' SLA times
 * run from seconds to days): { value: 60, unit: 'seconds' }, { value: 15,
 * unit: 'minutes' }, { value: 2, unit: 'days' }.
 */
export function thresholdParts(seconds: number): { value: number; unit: 'seconds' | 'minutes' | 'hours' | 'days' } {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 86_400 && s % 86_400 === 0) return { value: s / 86_400, unit: 'days' };
  if (s >= 3600 && s % 3600 === 0) return { value: s / 3600, unit: 'hours' };
  if (s >= 60 && s % 60 === 0) return { value: s / 60, unit: 'minutes' };
  return { value: s, unit: 'seconds' };
}
