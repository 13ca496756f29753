import { Type } from '@sinclair/typebox';
import { Language, Nullable, ref, Timestamp } from '../http/schemas.js';

export const ConsumerSchema = Type.Object(
  {
    id: Type.String(),
    name: Nullable(Type.String()),
    phone: Nullable(Type.String({ description: 'E.164, e.g. +46701234567' })),
    email: Nullable(Type.String()),
    municipalityCode: Nullable(Type.String()),
    language: Nullable(ref(Language)),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'Consumer' },
);

export const ConsumerMatchSchema = Type.Object(
  { ...ConsumerSchema.properties, caseCount: Type.Integer() },
  { $id: 'ConsumerMatch' },
);

/** What may be written about a consumer; every field optional, null clears it. */
export const ConsumerFieldsSchema = Type.Object(
  {
    name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    municipalityCode: Type.Optional(Nullable(Type.String({ pattern: '^[0-9]{4}$' }))),
    language: Type.Optional(Nullable(ref(Language))),
  },
  { $id: 'ConsumerFields', additionalProperties: false },
);
