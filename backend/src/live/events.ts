// The live events, one discriminated union: what the backend pushes to a
// workstation over its WebSocket (GET /v1/live). Durable events (offers,
// withdrawn offers, interaction and presence updates) carry a sequence number
// and are replayed after a reconnect; the rest are pictures of now (queue
// statistics, "data changed" pokes) and are simply sent again.
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, ref, Timestamp } from '../http/schemas.js';
import { InteractionSchema } from '../interactions/schemas.js';
import { PresenceSchema } from '../presence/schemas.js';
import { QueueStatsSchema } from '../stats/schemas.js';
import { ChatMessageSchema } from '../chat/schemas.js';

const durable = { seq: Type.Integer({ description: 'Increases by commit order; resume with ?after=<seq>' }), at: Timestamp };

export const OfferEventSchema = Type.Object(
  { ...durable, type: Type.Literal('offer'), interaction: ref(InteractionSchema) },
  { $id: 'OfferEvent', description: 'A contact is offered to you until interaction.offerExpiresAt' },
);
export const OfferWithdrawnEventSchema = Type.Object(
  {
    ...durable,
    type: Type.Literal('offer-withdrawn'),
    interactionId: Type.String(),
    reason: Type.Union([Type.Literal('expired'), Type.Literal('declined'), Type.Literal('abandoned'), Type.Literal('transferred'), Type.Literal('cancelled')]),
  },
  { $id: 'OfferWithdrawnEvent' },
);
export const InteractionEventMessageSchema = Type.Object(
  { ...durable, type: Type.Literal('interaction'), interaction: ref(InteractionSchema) },
  { $id: 'InteractionUpdatedEvent', description: 'One of your contacts changed (accepted, wrap-up, done, ended by the consumer)' },
);
export const PresenceEventSchema = Type.Object(
  { ...durable, type: Type.Literal('presence'), presence: ref(PresenceSchema) },
  { $id: 'PresenceEvent', description: 'Your presence, or (for team leads) any adviser\'s' },
);
export const ChatMessageEventSchema = Type.Object(
  { ...durable, type: Type.Literal('chat-message'), message: ref(ChatMessageSchema) },
  { $id: 'ChatMessageEvent', description: 'A message in a chat you handle (yours included, so every window agrees)' },
);
export const ChatActivityEventSchema = Type.Object(
  {
    type: Type.Literal('chat-activity'),
    at: Timestamp,
    interactionId: Type.String(),
    consumerTyping: Type.Boolean(),
    /** Your messages up to this sequence have reached the consumer's page / been seen there. */
    deliveredSeq: Type.Integer(),
    readSeq: Type.Integer(),
    consumerPresent: Type.Boolean({ description: 'The consumer\'s chat page is open' }),
    consumerName: Nullable(Type.String({ description: 'What the consumer asked to be called, if anything' })),
  },
  { $id: 'ChatActivityEvent', description: 'The consumer is typing, has received or read your messages, or left the page' },
);
export const QueueStatsEventSchema = Type.Object(
  { type: Type.Literal('queue-stats'), at: Timestamp, queues: Type.Array(ref(QueueStatsSchema)) },
  { $id: 'QueueStatsEvent', description: 'Every second while something changes' },
);
export const DataChangedEventSchema = Type.Object(
  { type: Type.Literal('data-changed'), at: Timestamp },
  { $id: 'DataChangedEvent', description: 'Case data changed: pull the sync feed now' },
);
export const HelloEventSchema = Type.Object(
  {
    type: Type.Literal('hello'),
    at: Timestamp,
    lastSeq: Type.Integer({ description: 'The newest durable event at the time of connecting' }),
    replayed: Type.Integer({ description: 'Events re-sent after ?after=' }),
    resync: Type.Boolean({ description: 'True when ?after= is too old (or from another server): re-read GET /v1/work' }),
    userId: Nullable(Type.String()),
  },
  { $id: 'HelloEvent', description: 'The first message on every connection' },
);

export const LiveEventSchema = Type.Union(
  [
    ref(HelloEventSchema),
    ref(OfferEventSchema),
    ref(OfferWithdrawnEventSchema),
    ref(InteractionEventMessageSchema),
    ref(PresenceEventSchema),
    ref(ChatMessageEventSchema),
    ref(ChatActivityEventSchema),
    ref(QueueStatsEventSchema),
    ref(DataChangedEventSchema),
  ],
  { $id: 'LiveEvent', description: 'Everything GET /v1/live sends, one JSON object per WebSocket message' },
);

export type LiveEvent =
  | Static<typeof HelloEventSchema>
  | Static<typeof OfferEventSchema>
  | Static<typeof OfferWithdrawnEventSchema>
  | Static<typeof InteractionEventMessageSchema>
  | Static<typeof PresenceEventSchema>
  | Static<typeof ChatMessageEventSchema>
  | Static<typeof ChatActivityEventSchema>
  | Static<typeof QueueStatsEventSchema>
  | Static<typeof DataChangedEventSchema>;

type Durable =
  | Static<typeof OfferEventSchema>
  | Static<typeof OfferWithdrawnEventSchema>
  | Static<typeof InteractionEventMessageSchema>
  | Static<typeof PresenceEventSchema>
  | Static<typeof ChatMessageEventSchema>;

/** A durable event as written: the sequence number and time are added on insert. */
export type LiveEventBody = Durable extends infer E ? (E extends Durable ? Omit<E, 'seq' | 'at'> : never) : never;

export const liveSchemas = [
  HelloEventSchema, OfferEventSchema, OfferWithdrawnEventSchema, InteractionEventMessageSchema, PresenceEventSchema,
  ChatMessageEventSchema, ChatActivityEventSchema, QueueStatsEventSchema, DataChangedEventSchema, LiveEventSchema,
];
