// The partners API's shapes, written once: routes use them for validation and
// the OpenAPI document, services use their static types.
import { Type, type Static } from '@sinclair/typebox';
import { Id, Nullable, PageQuery, ref, Timestamp } from '../http/schemas.js';
import { OpeningHoursSchema } from './opening-hours.js';

const kinds = ['municipal_guidance', 'debt_counselling', 'energy_advice', 'consumer_bureau', 'ecc', 'disputes_board', 'authority'] as const;
const methods = ['informed', 'transferred', 'forwarded'] as const;

// Inline (un-named) variants for query strings, where a $ref is awkward for parameter docs.
const kindUnion = (options = {}) => Type.Union(kinds.map((k) => Type.Literal(k)), options);
const methodUnion = (options = {}) => Type.Union(methods.map((m) => Type.Literal(m)), options);

export const PartnerKindSchema = kindUnion({ $id: 'PartnerKind' });
export const ReferralMethodSchema = methodUnion({
  $id: 'ReferralMethod',
  description: 'informed: tell the consumer how to reach them; transferred: put the call through; forwarded: send the question on',
});

export const MunicipalityCode = Type.String({ pattern: '^[0-9]{4}$', description: 'Four-digit municipality code (kommunkod)' });

export const MunicipalitySchema = Type.Object(
  { code: Type.String(), name: Type.String(), countyCode: Type.String(), countyName: Type.String() },
  { $id: 'Municipality' },
);

export const PartnerSchema = Type.Object(
  {
    id: Type.String(),
    kind: ref(PartnerKindSchema),
    name: Type.String(),
    descriptionSv: Type.String(),
    descriptionEn: Type.String(),
    national: Type.Boolean(),
    municipalities: Type.Array(Type.String(), { description: 'Codes covered; empty when national' }),
    topics: Type.Array(Type.String(), { description: 'Topic ids handled' }),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    web: Nullable(Type.String()),
    referralMethod: ref(ReferralMethodSchema),
    referralInstructionsSv: Type.String(),
    referralInstructionsEn: Type.String(),
    openingHours: ref(OpeningHoursSchema),
    openNow: Type.Boolean(),
    nextOpening: Nullable(Timestamp),
    active: Type.Boolean(),
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { $id: 'Partner', description: 'A contact card' },
);

export const PartnerPageSchema = Type.Object(
  { items: Type.Array(ref(PartnerSchema)), nextCursor: Nullable(Type.String()) },
  { $id: 'PartnerPage' },
);

export const MatchReasonSchema = Type.Union(
  [Type.Literal('topic_exact'), Type.Literal('topic_parent'), Type.Literal('local'), Type.Literal('national'), Type.Literal('open_now')],
  { $id: 'PartnerMatchReason' },
);

export const PartnerLookupSchema = Type.Object(
  {
    topic: Type.String(),
    municipality: Type.String(),
    at: Timestamp,
    items: Type.Array(
      Type.Object({
        rank: Type.Integer({ description: 'Higher is better: local 4 + exact topic 2 + open now 1' }),
        reasons: Type.Array(ref(MatchReasonSchema)),
        partner: ref(PartnerSchema),
      }),
    ),
  },
  { $id: 'PartnerLookup' },
);

export const partnerSchemas = [
  OpeningHoursSchema,
  PartnerKindSchema,
  ReferralMethodSchema,
  MunicipalitySchema,
  PartnerSchema,
  PartnerPageSchema,
  MatchReasonSchema,
  PartnerLookupSchema,
];

export const PartnerListQuery = Type.Object(
  {
    ...PageQuery,
    kind: Type.Optional(kindUnion()),
    municipality: Type.Optional(Type.String({ maxLength: 10, description: 'Covering this municipality locally, or national' })),
    topic: Type.Optional(Type.String({ maxLength: 64, description: 'Handling this topic or its parent' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Name contains (case-insensitive)' })),
    includeInactive: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type PartnerListQuery = Static<typeof PartnerListQuery>;

export const PartnerLookupQuery = Type.Object(
  {
    topic: Type.String({ minLength: 1, maxLength: 64 }),
    municipality: Type.String({ minLength: 1, maxLength: 10 }),
    at: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
);

const Text = (max: number) => Type.String({ maxLength: max });
const editable = {
  kind: kindUnion(),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  descriptionSv: Text(4000),
  descriptionEn: Text(4000),
  national: Type.Boolean(),
  municipalities: Type.Array(MunicipalityCode, { maxItems: 400 }),
  topics: Type.Array(Id, { maxItems: 200 }),
  phone: Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{2,29}$' })),
  email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
  web: Nullable(Type.String({ format: 'uri', pattern: '^https?://[^\\s]+$', maxLength: 500 })),
  referralMethod: methodUnion(),
  referralInstructionsSv: Text(4000),
  referralInstructionsEn: Text(4000),
  openingHours: ref(OpeningHoursSchema),
  active: Type.Boolean(),
};

export const NewPartnerBody = Type.Object(
  {
    id: Type.Optional(Id),
    kind: editable.kind,
    name: editable.name,
    descriptionSv: Type.Optional(editable.descriptionSv),
    descriptionEn: Type.Optional(editable.descriptionEn),
    national: editable.national,
    municipalities: Type.Optional(editable.municipalities),
    topics: editable.topics,
    phone: Type.Optional(editable.phone),
    email: Type.Optional(editable.email),
    web: Type.Optional(editable.web),
    referralMethod: editable.referralMethod,
    referralInstructionsSv: Type.Optional(editable.referralInstructionsSv),
    referralInstructionsEn: Type.Optional(editable.referralInstructionsEn),
    openingHours: editable.openingHours,
    active: Type.Optional(editable.active),
  },
  { additionalProperties: false },
);
export type NewPartner = Static<typeof NewPartnerBody>;

export const PartnerPatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version the change is based on' }),
    ...Type.Partial(Type.Object(editable)).properties,
  },
  { additionalProperties: false, minProperties: 2, description: 'Only the fields to change; lists replace the whole list' },
);
export type PartnerPatch = Static<typeof PartnerPatchBody>;
