import { Type } from '@sinclair/typebox';
import { Channel, Language, Nullable, ref, Timestamp } from '../http/schemas.js';
import { WaitEstimateSchema } from '../stats/schemas.js';

export const PublicWaitTimesSchema = Type.Object(
  {
    updatedAt: Timestamp,
    maxAgeSeconds: Type.Integer(),
    queues: Type.Array(
      Type.Object({
        channel: ref(Channel),
        language: ref(Language),
        nameSv: Type.String(),
        nameEn: Type.String(),
        open: Type.Boolean(),
        nextOpening: Nullable(Timestamp),
        estimatedWait: Nullable(ref(WaitEstimateSchema)),
        queueLength: Nullable(Type.Union([Type.Literal('0'), Type.Literal('1-5'), Type.Literal('6-20'), Type.Literal('21+')])),
      }),
    ),
  },
  { $id: 'PublicWaitTimes' },
);

export const publicSchemas = [PublicWaitTimesSchema];
