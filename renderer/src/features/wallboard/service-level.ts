// Service level against its target, the wallboard's main alarm. The share is
// the server's definition (QueueStats.serviceLevelToday): answered within the
// threshold ÷ (answered + abandoned after the threshold); contacts abandoned
// before the threshold count for nothing, the consumer gave up quickly.

/**
 * met: at or above target. below: under it by at most NEAR_POINTS, a warning.
 * far_below: further under, an alarm. none: nothing answered or abandoned
 * after the threshold yet, so there is no level to judge.
 */
export type ServiceLevelState = 'met' | 'below' | 'far_below' | 'none';

/** How many percentage points under target still count as "below" rather than "far below". */
export const NEAR_POINTS = 10;

export function serviceLevelState(levelPercent: number | null | undefined, targetPercent: number): ServiceLevelState {
  if (levelPercent === null || levelPercent === undefined || !Number.isFinite(levelPercent)) return 'none';
  if (levelPercent >= targetPercent) return 'met';
  return levelPercent >= targetPercent - NEAR_POINTS ? 'below' : 'far_below';
}

export interface ServiceLevelCounts {
  answered: number;
  answeredWithinSla: number;
  abandonedAfterSla: number;
}

/** The service level in percent, or null when no contact counts towards it. */
export function serviceLevelOf(c: ServiceLevelCounts): number | null {
  const denominator = c.answered + c.abandonedAfterSla;
  return denominator > 0 ? (100 * c.answeredWithinSla) / denominator : null;
}

/**
 * A percentage as shown: whole numbers, since a wall cannot be read to the
 * decimal. Rounded down, so 79.6 % under an 80 % target never reads "80 %"
 * next to "below target" (targets are whole percent).
 */
export function displayPercent(value: number): number {
  return Math.floor(value + 1e-9);
}
