// Errors leave the API as application/problem+json (RFC 9457) with a stable
// machine-readable `code`; clients switch on the code, people read the title.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type ProblemCode =
  | 'validation_failed'
  | 'malformed_json'
  | 'unsupported_media_type'
  | 'body_too_large'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'route_not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'version_conflict'
  | 'invalid_reference'
  | 'login_failed'
  | 'login_locked'
  | 'rate_limited'
  | 'queue_closed'
  | 'invalid_state'
  | 'phone_not_configured'
  | 'answer_on_phone'
  | 'transfer_on_phone'
  | 'unknown_call'
  | 'unknown_number'
  | 'internal';

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new Problem(404, 'not_found', `${what} not found`);
export const forbidden = (why: string) => new Problem(403, 'forbidden', why);
export const invalidReference = (field: string, value: string) =>
  new Problem(422, 'invalid_reference', `${field} "${value}" does not exist`, { field });

function send(reply: FastifyReply, status: number, code: ProblemCode, title: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: `urn:halla:problem:${code}`, title, status, code, instance: reply.request.url, ...extra });
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Problem, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof Problem) return send(reply, err.status, err.code, err.message, err.extra);
    if ('validation' in err && err.validation) {
      const errors = err.validation.map((v) => ({
        in: err.validationContext ?? 'request',
        path: v.instancePath || '/',
        message: v.message ?? 'is invalid',
        ...(v.keyword === 'additionalProperties'
          ? { field: (v.params as { additionalProperty?: string }).additionalProperty }
          : {}),
      }));
      return send(reply, 400, 'validation_failed', 'The request is not valid', { errors });
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, 'unsupported_media_type', 'Send JSON (application/json)');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, 'body_too_large', 'The request body is too large');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return send(reply, 400, 'malformed_json', 'The request body is empty or its length is wrong');
    }
    if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(reply, 400, 'malformed_json', 'The request body is not valid JSON');
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, err.statusCode === 429 ? 'rate_limited' : 'validation_failed', err.message);
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, 500, 'internal', 'Internal error');
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
  );
}
