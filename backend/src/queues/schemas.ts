import { Type } from '@sinclair/typebox';
import { Channel, Language, Nullable, ref, Timestamp } from '../http/schemas.js';
import { OpeningHoursSchema } from '../partners/opening-hours.js';

export const QueueSchema = Type.Object(
  {
    id: Type.String({ description: '<channel>-<language>, e.g. phone-sv' }),
    channel: ref(Channel),
    language: ref(Language),
    nameSv: Type.String(),
    nameEn: Type.String(),
    priority: Type.Integer({ minimum: 1, maximum: 9, description: '1 is the most urgent' }),
    slaSeconds: Type.Integer({ description: 'The service-level threshold: answered within this many seconds' }),
    slaTargetPercent: Type.Integer({ description: 'Share of contacts to answer within slaSeconds' }),
    offerTimeoutSeconds: Type.Integer({ description: 'An offer not accepted by then goes back to the queue (ring-no-answer)' }),
    wrapUpSeconds: Type.Integer({ description: 'After-contact work time before the adviser is offered more' }),
    maxWaitSeconds: Nullable(Type.Integer({ description: 'A contact waiting longer expires; null: never' })),
    hours: ref(OpeningHoursSchema),
    observesHolidays: Type.Boolean({ description: 'Closed on Swedish public holidays (half days until noon) unless an exception says otherwise' }),
    active: Type.Boolean(),
    openNow: Type.Boolean(),
    nextOpening: Nullable(Timestamp),
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { $id: 'Queue' },
);

export const QueuePatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    nameSv: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    nameEn: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    priority: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
    slaSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 * 86_400 })),
    slaTargetPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    offerTimeoutSeconds: Type.Optional(Type.Integer({ minimum: 5, maximum: 600 })),
    wrapUpSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 1800 })),
    maxWaitSeconds: Type.Optional(Nullable(Type.Integer({ minimum: 60, maximum: 30 * 86_400 }))),
    hours: Type.Optional(ref(OpeningHoursSchema)),
    observesHolidays: Type.Optional(Type.Boolean()),
    active: Type.Optional(Type.Boolean()),
  },
  { $id: 'QueuePatch', additionalProperties: false, minProperties: 2 },
);

export const queueSchemas = [QueueSchema, QueuePatchBody];
