import { Type } from '@sinclair/typebox';
import { Channel, Language, Nullable, ref, Timestamp } from '../http/schemas.js';

export const PresenceIntentSchema = Type.Union([Type.Literal('offline'), Type.Literal('ready'), Type.Literal('not_ready')], {
  $id: 'PresenceIntent',
  description: 'What the adviser (or a team lead) chose',
});
export const PresenceStateSchema = Type.Union(
  [Type.Literal('offline'), Type.Literal('ready'), Type.Literal('busy'), Type.Literal('wrap_up'), Type.Literal('not_ready')],
  { $id: 'PresenceState', description: 'What everyone sees: the intent, overridden by work in hand (busy, wrap_up)' },
);
export const NotReadyReasonSchema = Type.Union(
  [
    Type.Literal('break'),
    Type.Literal('meeting'),
    Type.Literal('training'),
    Type.Literal('admin'),
    Type.Literal('other'),
    Type.Literal('missed'),
    Type.Literal('disconnected'),
  ],
  { $id: 'NotReadyReason', description: 'missed (an offer lapsed) and disconnected (the workstation went away) are set by the system' },
);

const ChannelCounts = Type.Object(
  {
    phone: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    callback: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    chat: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    email: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    forum: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
    social: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  },
  { $id: 'ChannelCounts', additionalProperties: false },
);

export const PresenceSchema = Type.Object(
  {
    userId: Type.String(),
    displayName: Type.String(),
    intent: ref(PresenceIntentSchema),
    state: ref(PresenceStateSchema),
    reason: Nullable(ref(NotReadyReasonSchema)),
    since: Timestamp,
    idleSince: Timestamp,
    channels: Type.Array(ref(Channel)),
    languages: Type.Array(ref(Language)),
    capacity: ref(ChannelCounts),
    load: ref(ChannelCounts),
    /** The earliest end of wrap-up work in hand, if any. */
    wrapUpUntil: Nullable(Timestamp),
    profileVersion: Type.Integer(),
  },
  { $id: 'Presence' },
);

export const PresenceBody = Type.Object(
  {
    intent: ref(PresenceIntentSchema),
    reason: Type.Optional(
      Type.Union([Type.Literal('break'), Type.Literal('meeting'), Type.Literal('training'), Type.Literal('admin'), Type.Literal('other')], {
        description: 'Required with not_ready',
      }),
    ),
  },
  { $id: 'PresenceChange', additionalProperties: false },
);

export const ProfilePatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    channels: Type.Optional(Type.Array(ref(Channel), { uniqueItems: true, maxItems: 6 })),
    languages: Type.Optional(Type.Array(ref(Language), { uniqueItems: true, minItems: 1, maxItems: 2 })),
    capacity: Type.Optional(ref(ChannelCounts)),
  },
  { $id: 'ProfilePatch', additionalProperties: false, minProperties: 2 },
);

export const presenceSchemas = [PresenceIntentSchema, PresenceStateSchema, NotReadyReasonSchema, ChannelCounts, PresenceSchema, PresenceBody, ProfilePatchBody];
