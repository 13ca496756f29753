import { Type } from '@sinclair/typebox';
import { Id, Language, Nullable, ref, Timestamp } from '../http/schemas.js';
import { InteractionSchema } from '../interactions/schemas.js';

export const QUESTION_MAX = 300;

export const NewCallbackBody = Type.Object(
  {
    phone: Type.String({ minLength: 1, maxLength: 40, description: 'A Swedish phone number, written any usual way ("070-123 45 67", "+46 70 123 45 67")' }),
    language: ref(Language),
    windowStart: Type.String({ format: 'date-time', description: 'Call me from… (inside the callback queue\'s opening hours, in the future)' }),
    windowEnd: Type.String({ format: 'date-time', description: '…until (30 minutes to 4 hours after the start, the same opening period)' }),
    topicId: Type.Optional(Id),
    question: Type.Optional(Type.String({ minLength: 1, maxLength: QUESTION_MAX, description: 'What it is about, in a sentence or two (plain text)' })),
  },
  { $id: 'NewCallback', additionalProperties: false },
);

export const CallbackConfirmationSchema = Type.Object(
  {
    reference: Type.String({ description: 'What the consumer quotes about this callback' }),
    language: ref(Language),
    windowStart: Timestamp,
    windowEnd: Timestamp,
    phoneMasked: Type.String({ description: 'The number with its middle hidden, for the consumer to check' }),
    maxAttempts: Type.Integer({ description: 'How many times the service tries to reach the consumer' }),
    retryMinutes: Type.Integer({ description: 'Minutes between two attempts' }),
  },
  { $id: 'CallbackConfirmation' },
);

export const CallbackSlotsQuery = Type.Object({ language: ref(Language) }, { additionalProperties: false });

export const CallbackSlotsSchema = Type.Object(
  {
    language: ref(Language),
    days: Type.Array(
      Type.Object({
        date: Type.String({ description: 'YYYY-MM-DD in Stockholm' }),
        slots: Type.Array(Type.Object({ start: Timestamp, end: Timestamp })),
      }),
      { description: 'Bookable days, soonest first; empty when the callback queue does not open within the booking horizon' },
    ),
  },
  { $id: 'CallbackSlots' },
);

export const CallbackOutcomeSchema = Type.Union(
  [Type.Literal('reached'), Type.Literal('no_answer'), Type.Literal('busy'), Type.Literal('wrong_number')],
  { $id: 'CallbackOutcome', description: 'reached: the conversation goes on; no_answer / busy: tried again later; wrong_number: ends it' },
);

export const CallbackAttemptBody = Type.Object(
  {
    outcome: ref(CallbackOutcomeSchema),
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'Internal, for whoever tries next' })),
  },
  { $id: 'NewCallbackAttempt', additionalProperties: false },
);

export const CallbackAttemptSchema = Type.Object(
  {
    at: Timestamp,
    adviserId: Type.String(),
    adviserName: Type.String(),
    outcome: ref(CallbackOutcomeSchema),
    note: Nullable(Type.String()),
  },
  { $id: 'CallbackAttempt' },
);

export const CallbackDetailSchema = Type.Object(
  {
    interactionId: Type.String(),
    reference: Nullable(Type.String({ description: 'Null for a callback not booked on the public page (registered by a channel)' })),
    phone: Nullable(Type.String({ description: 'E.164, the number to call; null when the contact came without one' })),
    windowStart: Timestamp,
    windowEnd: Nullable(Timestamp),
    question: Nullable(Type.String()),
    gaveUpWaitingAt: Nullable(
      Type.String({ format: 'date-time', description: 'When the caller hung up in the phone queue, having asked to be called back then; null for a booking on the public page' }),
    ),
    attempts: Type.Array(ref(CallbackAttemptSchema), { description: 'Oldest first' }),
    maxAttempts: Type.Integer(),
    retryMinutes: Type.Integer(),
  },
  {
    $id: 'CallbackDetail',
    description: 'A booked callback has its reference and window; one registered by a channel has only the time it may be called from (windowStart) and no end',
  },
);

export const CallbackAttemptResultSchema = Type.Object(
  { interaction: ref(InteractionSchema), callback: ref(CallbackDetailSchema) },
  { $id: 'CallbackAttemptResult' },
);

export const OverdueReasonSchema = Type.Union([Type.Literal('late'), Type.Literal('closing')], {
  $id: 'OverdueReason',
  description: 'late: waiting longer than the queue\'s service level since its window opened (or its retry came due); closing: its window closes soon',
});

export const OverdueCallbacksSchema = Type.Object(
  {
    at: Timestamp,
    items: Type.Array(
      Type.Object({
        interactionId: Type.String(),
        reference: Type.String(),
        queueId: Type.String(),
        language: ref(Language),
        state: Type.Union([Type.Literal('queued'), Type.Literal('offered')]),
        windowStart: Timestamp,
        windowEnd: Timestamp,
        waitingSince: Timestamp,
        attempts: Type.Integer(),
        reasons: Type.Array(ref(OverdueReasonSchema)),
      }),
      { description: 'Most urgent first (the window closing soonest); no consumer data' },
    ),
  },
  { $id: 'OverdueCallbacks' },
);

export const callbackSchemas = [
  NewCallbackBody, CallbackConfirmationSchema, CallbackSlotsSchema, CallbackOutcomeSchema, CallbackAttemptBody, CallbackAttemptSchema, CallbackDetailSchema,
  CallbackAttemptResultSchema, OverdueReasonSchema, OverdueCallbacksSchema,
];
