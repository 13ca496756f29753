// Shared schema pieces. Named schemas carry an $id, are registered once with
// app.addSchema and referenced with ref(), so the OpenAPI document gets named
// components and TypeScript still sees the static type.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export function ref<T extends TSchema>(schema: T) {
  if (!schema.$id) throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id));
}

/**
 * T or null. A primitive becomes `type: [T, "null"]` rather than an anyOf:
 * the response serializer must validate every anyOf branch per value, which
 * made nullable timestamps the most expensive part of a case list.
 */
export function Nullable<T extends TSchema>(t: T) {
  const primitive = typeof t.type === 'string' && ['string', 'integer', 'number', 'boolean'].includes(t.type);
  if (primitive) return Type.Unsafe<Static<T> | null>({ ...t, type: [t.type as string, 'null'] });
  return Type.Union([t, Type.Null()]);
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable error code' }),
    instance: Type.Optional(Type.String()),
  },
  { $id: 'Problem', additionalProperties: true },
);

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });
export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const Role = Type.Union(
  [Type.Literal('adviser'), Type.Literal('team_lead'), Type.Literal('supervisor'), Type.Literal('admin')],
  { $id: 'Role' },
);
export const Language = Type.Union([Type.Literal('sv'), Type.Literal('en')], { $id: 'Language' });
export const Channel = Type.Union(
  [
    Type.Literal('phone'),
    Type.Literal('callback'),
    Type.Literal('email'),
    Type.Literal('chat'),
    Type.Literal('forum'),
    Type.Literal('social'),
  ],
  { $id: 'Channel' },
);

/** Cursor pagination: pass `nextCursor` back as `cursor` until it is null. */
export const PageQuery = {
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export const sharedSchemas: TSchema[] = [ProblemSchema, Role, Language, Channel];
