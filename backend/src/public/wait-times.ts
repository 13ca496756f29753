// The wait times the public website shows: per channel and language, open or
// closed, the estimated wait with its band, and how long the queue is — as a
// band, not a count, which is all a consumer needs. Cached briefly, since the
// website may ask for it on every page view.
import type { Static } from '@sinclair/typebox';
import type { Deps } from '../deps.js';
import { SECOND } from '../shared/clock.js';
import { queueRows, toQueue } from '../queues/service.js';
import { computeQueueStats } from '../stats/queue-stats.js';
import type { PublicWaitTimesSchema } from './schemas.js';

export type PublicWaitTimes = Static<typeof PublicWaitTimesSchema>;

export const CACHE_MS = 5 * SECOND;

export function lengthBand(waiting: number): '0' | '1-5' | '6-20' | '21+' {
  if (waiting <= 0) return '0';
  if (waiting <= 5) return '1-5';
  if (waiting <= 20) return '6-20';
  return '21+';
}

export function createWaitTimes(deps: Deps) {
  let cached: { at: number; value: PublicWaitTimes } | null = null;
  let pending: Promise<PublicWaitTimes> | null = null;

  async function compute(): Promise<PublicWaitTimes> {
    const now = deps.clock.now();
    const stats = new Map((await computeQueueStats(deps)).map((s) => [s.queueId, s]));
    const queues = (await queueRows(deps.db.kysely)).filter((q) => q.active === 1);
    return {
      updatedAt: now.toISOString(),
      maxAgeSeconds: CACHE_MS / SECOND,
      queues: queues.map((row) => {
        const q = toQueue(row, now);
        const s = stats.get(q.id);
        return {
          channel: q.channel,
          language: q.language,
          nameSv: q.nameSv,
          nameEn: q.nameEn,
          open: q.openNow,
          nextOpening: q.openNow ? null : q.nextOpening,
          estimatedWait: q.openNow && s ? s.estimatedWait : null,
          queueLength: q.openNow && s ? lengthBand(s.waiting - s.offered) : null,
        };
      }),
    };
  }

  return {
    async get(): Promise<PublicWaitTimes> {
      const now = deps.clock.now().getTime();
      if (cached && now - cached.at < CACHE_MS) return cached.value;
      // One computation at a time, however many visitors ask at once.
      pending ??= compute().finally(() => {
        pending = null;
      });
      const value = await pending;
      cached = { at: now, value };
      return value;
    },
  };
}
