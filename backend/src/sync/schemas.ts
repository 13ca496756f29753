// The sync contract: the change feed's discriminated union (one variant per
// entity, plus deletions) and the mutation push.
import { Type, type TSchema } from '@sinclair/typebox';
import { Id, ref, Uuid } from '../http/schemas.js';
import { CaseLinkSchema, CasePatchBody, CaseSchema, NewCaseBody, NoteSchema, ReferralSchema } from '../cases/schemas.js';
import { ConsumerFieldsSchema, ConsumerSchema } from '../consumers/schemas.js';
import { TopicSchema } from '../topics/routes.js';
import { MunicipalitySchema, PartnerSchema, ReferralMethodSchema } from '../partners/schemas.js';
import { Article } from '../knowledge/schemas.js';

const entityData: Record<string, TSchema> = {
  case: CaseSchema,
  note: NoteSchema,
  referral: ReferralSchema,
  case_link: CaseLinkSchema,
  consumer: ConsumerSchema,
  topic: TopicSchema,
  municipality: MunicipalitySchema,
  partner: PartnerSchema,
  article: Article,
};

export const SyncEntitySchema = Type.Union(Object.keys(entityData).map((e) => Type.Literal(e)), { $id: 'SyncEntity' });

const upserts = Object.entries(entityData).map(([entity, schema]) =>
  Type.Object({ seq: Type.Integer(), entity: Type.Literal(entity), id: Type.String(), op: Type.Literal('upsert'), data: ref(schema) }),
);
const deletion = Type.Object({ seq: Type.Integer(), entity: ref(SyncEntitySchema), id: Type.String(), op: Type.Literal('delete') });

export const SyncChangeSchema = Type.Union([...upserts, deletion], { $id: 'SyncChange' });

export const SyncPageSchema = Type.Object(
  {
    changes: Type.Array(ref(SyncChangeSchema)),
    cursor: Type.String({ description: 'Pass back as `cursor`; it only moves forward' }),
    hasMore: Type.Boolean(),
  },
  { $id: 'SyncPage' },
);

export const SyncQuery = Type.Object(
  {
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}(-[0-9]{1,15})?$', description: 'From the previous page, as given; omit to start' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 500 })),
  },
  { additionalProperties: false },
);

const mutationId = Uuid;
const m = <K extends string, T extends Record<string, TSchema>>(type: K, props: T) =>
  Type.Object({ id: mutationId, type: Type.Literal(type), ...props }, { additionalProperties: false });

export const MutationSchema = Type.Union(
  [
    m('case.create', { case: Type.Intersect([ref(NewCaseBody), Type.Object({ id: Uuid })]) }),
    m('case.update', { caseId: Id, version: Type.Integer({ minimum: 1 }), patch: Type.Omit(CasePatchBody, ['version'], { additionalProperties: false }) }),
    m('note.add', { caseId: Id, note: Type.Object({ id: Uuid, body: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }) }, { additionalProperties: false }) }),
    m('referral.add', {
      caseId: Id,
      referral: Type.Object(
        { id: Uuid, partnerId: Id, reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }), method: ref(ReferralMethodSchema) },
        { additionalProperties: false },
      ),
    }),
    m('case.link', { caseId: Id, linkedCaseId: Id }),
    m('consumer.update', { consumerId: Id, version: Type.Integer({ minimum: 1 }), fields: ref(ConsumerFieldsSchema) }),
  ],
  { $id: 'Mutation' },
);

export const PushBody = Type.Object(
  { mutations: Type.Array(ref(MutationSchema), { minItems: 1, maxItems: 100 }) },
  { $id: 'PushBatch', additionalProperties: false },
);

export const MutationResultSchema = Type.Union(
  [
    Type.Object({ id: Type.String(), status: Type.Literal('applied'), entity: Type.String(), entityId: Type.String() }),
    Type.Object({
      id: Type.String(),
      status: Type.Literal('conflict'),
      code: Type.String(),
      message: Type.String(),
      currentVersion: Type.Integer(),
      current: Type.Unknown({ description: 'The entity as the server has it now' }),
    }),
    Type.Object({ id: Type.String(), status: Type.Literal('rejected'), code: Type.String(), message: Type.String() }),
  ],
  { $id: 'MutationResult' },
);

export const PushResultSchema = Type.Object({ results: Type.Array(ref(MutationResultSchema)) }, { $id: 'PushResult' });

export const syncSchemas = [SyncEntitySchema, SyncChangeSchema, SyncPageSchema, MutationSchema, PushBody, MutationResultSchema, PushResultSchema];

