import { Type } from '@sinclair/typebox';
import { Channel, Language, Nullable, ref, Timestamp } from '../http/schemas.js';
import { PresenceSchema } from '../presence/schemas.js';

export const WaitEstimateSchema = Type.Object(
  {
    seconds: Type.Integer({ description: 'Expected wait for a contact arriving now' }),
    low: Type.Integer({ description: 'About 80% of waits fall between low and high' }),
    high: Type.Integer(),
  },
  { $id: 'WaitEstimate' },
);

export const QueueStatsSchema = Type.Object(
  {
    queueId: Type.String(),
    channel: ref(Channel),
    language: ref(Language),
    open: Type.Boolean(),
    waiting: Type.Integer({ description: 'Queued or ringing at an adviser now' }),
    offered: Type.Integer({ description: 'Of those, ringing at an adviser now' }),
    longestWaitSeconds: Type.Integer(),
    active: Type.Integer({ description: 'Being handled now' }),
    answeredToday: Type.Integer(),
    abandonedToday: Type.Integer(),
    serviceLevelToday: Nullable(Type.Number({ description: 'Percent answered within the threshold: answered within ÷ (answered + abandoned or expired after the threshold); null before any such contact' })),
    slaTargetPercent: Type.Integer(),
    slaSeconds: Type.Integer(),
    staffed: Type.Integer({ description: 'Advisers ready or busy who take this queue' }),
    available: Type.Integer({ description: 'Of those, free to be offered a contact now' }),
    estimatedWait: Nullable(ref(WaitEstimateSchema)),
  },
  { $id: 'QueueStats' },
);

export const WallboardSchema = Type.Object(
  {
    at: Timestamp,
    queues: Type.Array(ref(QueueStatsSchema)),
    advisers: Type.Array(ref(PresenceSchema)),
  },
  { $id: 'Wallboard' },
);

export const HistoryBucketSchema = Type.Object(
  {
    start: Timestamp,
    arrived: Type.Integer(),
    answered: Type.Integer(),
    abandoned: Type.Integer(),
    answeredWithinSla: Type.Integer(),
    abandonedAfterSla: Type.Integer({ description: 'Abandoned, or expired, after the service-level threshold' }),
    meanWaitSeconds: Nullable(Type.Number({ description: 'Of the contacts answered in the bucket' })),
    maxWaiting: Type.Integer({ description: 'Most contacts waiting at once during the bucket' }),
  },
  { $id: 'HistoryBucket' },
);

export const QueueHistorySchema = Type.Object(
  {
    from: Timestamp,
    to: Timestamp,
    bucketMinutes: Type.Integer(),
    queues: Type.Array(Type.Object({ queueId: Type.String(), channel: ref(Channel), language: ref(Language), buckets: Type.Array(ref(HistoryBucketSchema)) })),
  },
  { $id: 'QueueHistory' },
);

export const statsSchemas = [WaitEstimateSchema, QueueStatsSchema, WallboardSchema, HistoryBucketSchema, QueueHistorySchema];
