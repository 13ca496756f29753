import { Type } from '@sinclair/typebox';
import { Channel, Id, Language, Nullable, ref, Timestamp, Uuid } from '../http/schemas.js';
import { PresenceSchema } from '../presence/schemas.js';

export const InteractionStateSchema = Type.Union(
  [
    Type.Literal('queued'),
    Type.Literal('offered'),
    Type.Literal('active'),
    Type.Literal('wrap_up'),
    Type.Literal('done'),
    Type.Literal('abandoned'),
    Type.Literal('expired'),
    Type.Literal('transferred'),
  ],
  {
    $id: 'InteractionState',
    description: 'queued → offered → active → wrap_up → done; or abandoned (the consumer left), expired (waited too long), transferred (handed to a partner)',
  },
);

export const InteractionSchema = Type.Object(
  {
    id: Type.String(),
    channel: ref(Channel),
    queueId: Type.String(),
    language: ref(Language),
    state: ref(InteractionStateSchema),
    consumerId: Nullable(Type.String()),
    caseId: Nullable(Type.String()),
    topicId: Nullable(Type.String()),
    from: Nullable(Type.String({ description: 'Phone number, e-mail address or handle' })),
    subject: Nullable(Type.String()),
    note: Nullable(Type.String({ description: 'The internal note of the latest transfer' })),
    arrivedAt: Timestamp,
    availableAt: Timestamp,
    targetAdviserId: Nullable(Type.String()),
    offeredTo: Nullable(Type.String()),
    offeredAt: Nullable(Timestamp),
    offerExpiresAt: Nullable(Timestamp),
    offers: Type.Integer({ description: 'How many times it has been offered' }),
    adviserId: Nullable(Type.String()),
    acceptedAt: Nullable(Timestamp),
    wrapUpAt: Nullable(Timestamp),
    wrapUpUntil: Nullable(Timestamp),
    doneAt: Nullable(Timestamp),
    endedAt: Nullable(Timestamp),
    endReason: Nullable(Type.String()),
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { $id: 'Interaction' },
);

export const InteractionEventSchema = Type.Object(
  {
    at: Timestamp,
    type: Type.String(),
    adviserId: Nullable(Type.String()),
    queueId: Nullable(Type.String()),
    actorId: Nullable(Type.String()),
    detail: Type.Record(Type.String(), Type.Unknown()),
  },
  { $id: 'InteractionEvent' },
);

export const InteractionDetailSchema = Type.Intersect([ref(InteractionSchema), Type.Object({ events: Type.Array(ref(InteractionEventSchema)) })], {
  $id: 'InteractionDetail',
});

export const NewInteractionBody = Type.Object(
  {
    id: Type.Optional(Uuid),
    channel: ref(Channel),
    language: ref(Language),
    queueId: Type.Optional(Id),
    from: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    topicId: Type.Optional(Id),
    externalRef: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The channel\'s own id (call id, message id); a repeat is refused with 409' })),
    availableAt: Type.Optional(Type.String({ format: 'date-time', description: 'Not offered before this moment (callbacks)' })),
  },
  { $id: 'NewInteraction', additionalProperties: false },
);

export const TransferBody = Type.Object(
  {
    queueId: Type.Optional(Id),
    adviserId: Type.Optional(Id),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'Internal note shown to whoever takes it next' })),
  },
  { $id: 'Transfer', additionalProperties: false, minProperties: 1 },
);

export const HandOverBody = Type.Object(
  { partnerId: Id },
  { $id: 'HandOver', additionalProperties: false },
);

export const CompleteBody = Type.Object(
  { caseId: Type.Optional(Id) },
  { $id: 'CompleteWrapUp', additionalProperties: false },
);

export const LinkCaseBody = Type.Object({ caseId: Id }, { $id: 'InteractionCaseLink', additionalProperties: false });

export const ExtendBody = Type.Object(
  { seconds: Type.Integer({ minimum: 10, maximum: 600 }) },
  { $id: 'ExtendWrapUp', additionalProperties: false },
);

export const AbandonBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { $id: 'Abandon', additionalProperties: false },
);

export const MyWorkSchema = Type.Object(
  {
    presence: ref(PresenceSchema),
    interactions: Type.Array(ref(InteractionSchema), { description: 'Offered to me, active or in wrap-up' }),
    lastSeq: Type.Integer({ description: 'The live-event sequence this picture is current to' }),
  },
  { $id: 'MyWork' },
);

export const interactionSchemas = [
  InteractionStateSchema, InteractionSchema, InteractionEventSchema, InteractionDetailSchema, NewInteractionBody, TransferBody,
  CompleteBody, LinkCaseBody, ExtendBody, AbandonBody, MyWorkSchema, HandOverBody,
];
