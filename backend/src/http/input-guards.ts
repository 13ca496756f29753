// Checks every request's input once, before route validation, for what no
// schema expresses well: NUL characters (PostgreSQL cannot store them in
// text), and date-times that look valid but are not real instants.
import type { FastifyInstance } from 'fastify';
import { Problem } from './problem.js';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

export function installInputGuards(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    if (hasNul(req.params) || hasNul(req.query) || hasNul(req.body)) {
      throw new Problem(400, 'validation_failed', 'Text may not contain NUL characters', {
        errors: [{ in: 'request', path: '/', message: 'contains a NUL character' }],
      });
    }
  });
}

/** The part of ajv this needs (ajv comes with Fastify, not as our own dependency). */
interface FormatRegistry {
  addFormat(name: string, format: { type: 'string'; validate: (s: string) => boolean }): unknown;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * ajv's date-time accepts a leap second (23:59:60), which JavaScript's Date
 * cannot represent; accept only date-times that are real instants.
 */
export function strictDateTime<A extends FormatRegistry>(ajv: A): A {
  ajv.addFormat('date-time', { type: 'string', validate: (s: string) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)) });
  return ajv;
}
