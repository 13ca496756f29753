import { Type } from '@sinclair/typebox';
import { Channel, Id, Language, Nullable, PageQuery, ref, Timestamp, Uuid } from '../http/schemas.js';
import { ConsumerFieldsSchema, ConsumerSchema } from '../consumers/schemas.js';
import { ReferralMethodSchema as ReferralMethod } from '../partners/schemas.js';

export const CaseStatus = Type.Union([Type.Literal('open'), Type.Literal('waiting'), Type.Literal('closed')], { $id: 'CaseStatus' });
export const CaseOutcome = Type.Union([Type.Literal('answered'), Type.Literal('referred'), Type.Literal('outside_remit')], {
  $id: 'CaseOutcome',
});

const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 });

export const CaseSchema = Type.Object(
  {
    id: Type.String(),
    reference: Type.String({ description: 'HK-<year>-<6 digits>' }),
    consumerId: Nullable(Type.String()),
    topicId: Nullable(Type.String()),
    channel: ref(Channel),
    language: ref(Language),
    status: ref(CaseStatus),
    outcome: Nullable(ref(CaseOutcome)),
    assignedAdviserId: Nullable(Type.String()),
    subject: Nullable(Type.String()),
    tags: Type.Array(Type.String()),
    version: Type.Integer(),
    createdBy: Type.String(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    closedAt: Nullable(Timestamp),
  },
  { $id: 'Case' },
);

export const NoteSchema = Type.Object(
  { id: Type.String(), caseId: Type.String(), authorId: Type.String(), authorName: Type.String(), body: Type.String(), createdAt: Timestamp },
  { $id: 'Note' },
);

export const ReferralSchema = Type.Object(
  {
    id: Type.String(),
    caseId: Type.String(),
    partnerId: Type.String(),
    partnerName: Type.String(),
    reason: Type.String(),
    method: ref(ReferralMethod),
    createdBy: Type.String(),
    createdAt: Timestamp,
  },
  { $id: 'Referral' },
);

export const CaseLinkSchema = Type.Object(
  { id: Type.String(), caseId: Type.String(), linkedCaseId: Type.String(), createdBy: Type.String(), createdAt: Timestamp },
  { $id: 'CaseLink' },
);

export const CaseDetailSchema = Type.Object(
  {
    ...CaseSchema.properties,
    consumer: Nullable(ref(ConsumerSchema)),
    notes: Type.Array(ref(NoteSchema)),
    referrals: Type.Array(ref(ReferralSchema)),
    links: Type.Array(
      Type.Object({ ...CaseLinkSchema.properties, linkedReference: Type.String(), linkedStatus: ref(CaseStatus) }),
    ),
  },
  { $id: 'CaseDetail' },
);

export const CaseListItemSchema = Type.Object({ ...CaseSchema.properties, consumerName: Nullable(Type.String()) }, { $id: 'CaseListItem' });

export const CasePageSchema = Type.Object(
  { items: Type.Array(ref(CaseListItemSchema)), nextCursor: Nullable(Type.String()) },
  { $id: 'CasePage' },
);

export const CaseListQuery = Type.Object(
  {
    status: Type.Optional(ref(CaseStatus)),
    topic: Type.Optional(Id),
    channel: Type.Optional(ref(Channel)),
    adviser: Type.Optional(Id),
    reference: Type.Optional(Type.String({ maxLength: 30 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    phone: Type.Optional(Type.String({ minLength: 3, maxLength: 40 })),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    consumer: Type.Optional(Id),
    q: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: 'Reference, or text in the subject or notes' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const NewCaseBody = Type.Object(
  {
    id: Type.Optional(Uuid),
    consumerId: Type.Optional(Id),
    consumer: Type.Optional(ref(ConsumerFieldsSchema)),
    topicId: Type.Optional(Nullable(Id)),
    channel: ref(Channel),
    language: ref(Language),
    subject: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    tags: Type.Optional(Tags),
    assignedAdviserId: Type.Optional(Nullable(Id)),
    note: Type.Optional(Type.String({ maxLength: 20_000 })),
  },
  { $id: 'NewCase', additionalProperties: false, description: 'A consumer is reused when the phone or e-mail matches one on record' },
);

export const CasePatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you saw; a stale one gets 409 with the current case' }),
    topicId: Type.Optional(Nullable(Id)),
    status: Type.Optional(ref(CaseStatus)),
    outcome: Type.Optional(Nullable(ref(CaseOutcome))),
    assignedAdviserId: Type.Optional(Nullable(Id)),
    subject: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    tags: Type.Optional(Tags),
    language: Type.Optional(ref(Language)),
  },
  { $id: 'CasePatch', additionalProperties: false },
);

export const NewNoteBody = Type.Object(
  { id: Type.Optional(Uuid), body: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }) },
  { $id: 'NewNote', additionalProperties: false },
);

export const NewReferralBody = Type.Object(
  {
    id: Type.Optional(Uuid),
    partnerId: Id,
    reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
    method: ref(ReferralMethod),
  },
  { $id: 'NewReferral', additionalProperties: false },
);

export const NewLinkBody = Type.Object({ linkedCaseId: Id }, { $id: 'NewLink', additionalProperties: false });

export const caseSchemas = [
  CaseStatus, CaseOutcome, CaseSchema, NoteSchema, ReferralSchema, CaseLinkSchema, CaseDetailSchema,
  CaseListItemSchema, CasePageSchema, NewCaseBody, CasePatchBody, NewNoteBody, NewReferralBody, NewLinkBody,
];
