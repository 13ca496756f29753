// The committed contract must be what the backend's route schemas produce.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildArtifacts, OPENAPI_PATH, TYPES_PATH } from '../scripts/artifacts.js';

it('has committed api-client files that match the backend (run npm run api:generate)', async () => {
  const { openapi, types } = await buildArtifacts();
  expect(fs.readFileSync(fileURLToPath(OPENAPI_PATH), 'utf8')).toBe(openapi);
  expect(fs.readFileSync(fileURLToPath(TYPES_PATH), 'utf8')).toBe(types);
  const doc = JSON.parse(openapi);
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths).every((p: string) => p.startsWith('/v1/'))).toBe(true);
});
