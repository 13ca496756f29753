import { Type } from '@sinclair/typebox';
import { Id, Language, Nullable, ref, Timestamp, Uuid } from '../http/schemas.js';
import { WaitEstimateSchema } from '../stats/schemas.js';

/** Message text: plain text, never HTML; a chat message is a few sentences, not a document. */
export const MESSAGE_MAX = 2000;
const Text = Type.String({ minLength: 1, maxLength: MESSAGE_MAX, description: 'Plain text; shown as text, never as HTML' });
const ClientId = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'Chosen by the sender; a message sent again with the same id is stored once' });

export const ChatSenderSchema = Type.Union([Type.Literal('consumer'), Type.Literal('adviser'), Type.Literal('system')], { $id: 'ChatSender' });

export const ChatMessageSchema = Type.Object(
  {
    seq: Type.Integer({ description: 'Increases within the service; resume after the last one seen' }),
    interactionId: Type.String(),
    sender: ref(ChatSenderSchema),
    clientId: Type.String(),
    /** The adviser's first name (consumers see no more), or null. */
    authorName: Nullable(Type.String()),
    body: Type.String(),
    createdAt: Timestamp,
    /** The other side's workstation or page has received it. */
    delivered: Type.Boolean(),
    /** The other side has seen it. */
    read: Type.Boolean(),
  },
  { $id: 'ChatMessage' },
);

export const ChatStateSchema = Type.Union([Type.Literal('waiting'), Type.Literal('active'), Type.Literal('ended')], { $id: 'ChatState' });

/** What the consumer's page sees of its chat. */
export const PublicChatSchema = Type.Object(
  {
    chatId: Type.String(),
    language: ref(Language),
    state: ref(ChatStateSchema),
    /** Place in line while waiting (1 = next), else null. */
    position: Nullable(Type.Integer()),
    estimatedWait: Nullable(ref(WaitEstimateSchema)),
    adviserName: Nullable(Type.String({ description: 'First name only' })),
    adviserTyping: Type.Boolean(),
    endedBy: Nullable(Type.String()),
    transcriptEmail: Type.Boolean({ description: 'A transcript will be sent by e-mail when the chat ends' }),
    /** Consumer messages up to this sequence have reached the adviser's workstation… */
    deliveredSeq: Type.Integer(),
    /** …and up to this one have been read by the adviser. */
    readSeq: Type.Integer(),
    lastSeq: Type.Integer(),
  },
  { $id: 'PublicChat' },
);

export const NewChatBody = Type.Object(
  {
    language: ref(Language),
    topicId: Type.Optional(Id),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'What the consumer wants to be called (optional)' })),
    question: Type.Optional(Type.String({ minLength: 1, maxLength: MESSAGE_MAX, description: 'The first message, sent while waiting' })),
  },
  { $id: 'NewChat', additionalProperties: false },
);

export const OpenedChatSchema = Type.Object(
  {
    chat: ref(PublicChatSchema),
    token: Type.String({ description: 'The chat\'s secret: send it as X-Chat-Token; keep it for this chat only' }),
  },
  { $id: 'OpenedChat' },
);

export const SendBody = Type.Object({ clientId: ClientId, text: Text }, { $id: 'ChatSend', additionalProperties: false });
export const ReceiptBody = Type.Object(
  {
    deliveredUpTo: Type.Optional(Type.Integer({ minimum: 0 })),
    readUpTo: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { $id: 'ChatReceipt', additionalProperties: false, minProperties: 1 },
);
export const TranscriptBody = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254, format: 'email' }) },
  { $id: 'ChatTranscript', additionalProperties: false },
);
export const AfterQuery = Type.Object({ after: Type.Optional(Type.Integer({ minimum: 0 })) }, { additionalProperties: false });
export const ChatIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const CannedResponseSchema = Type.Object(
  {
    id: Type.String(),
    language: ref(Language),
    title: Type.String(),
    body: Type.String({ description: 'May hold {{name}} (the consumer), {{adviser}} (your first name) and {{reference}} (the case)' }),
    tags: Type.Array(Type.String()),
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { $id: 'CannedResponse' },
);
export const CannedBody = Type.Object(
  {
    language: ref(Language),
    title: Type.String({ minLength: 1, maxLength: 120 }),
    body: Type.String({ minLength: 1, maxLength: MESSAGE_MAX }),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 12 })),
  },
  { $id: 'NewCannedResponse', additionalProperties: false },
);
export const CannedPatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    language: Type.Optional(ref(Language)),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    body: Type.Optional(Type.String({ minLength: 1, maxLength: MESSAGE_MAX })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 12 })),
  },
  { $id: 'CannedResponsePatch', additionalProperties: false, minProperties: 2 },
);
export const CannedQuery = Type.Object(
  { language: Type.Optional(ref(Language)), q: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

/** A chat as the adviser's workstation needs it after (re)connecting: who, and how far the consumer has got. */
export const ChatInfoSchema = Type.Object(
  {
    interactionId: Type.String(),
    consumerName: Nullable(Type.String()),
    consumerTyping: Type.Boolean(),
    consumerPresent: Type.Boolean(),
    deliveredSeq: Type.Integer({ description: 'Your messages up to here have reached the consumer\'s page' }),
    readSeq: Type.Integer({ description: '…and been seen there' }),
    endedBy: Nullable(Type.String()),
  },
  { $id: 'ChatInfo' },
);

export const chatSchemas = [
  ChatInfoSchema,
  ChatSenderSchema, ChatMessageSchema, ChatStateSchema, PublicChatSchema, NewChatBody, OpenedChatSchema, SendBody, ReceiptBody, TranscriptBody,
  CannedResponseSchema, CannedBody, CannedPatchBody,
];
