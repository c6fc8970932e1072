import { randomUUID } from 'node:crypto';
import type { TErrorBody, TErrorCode } from '@formasaun/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

export const STATUS: Record<TErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const errorBody = (code: TErrorCode, message: string, details?: unknown): TErrorBody => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

/** PostgreSQL errors the client caused (constraint and format violations) answer 4xx, never 500. */
function fromPostgres(err: { code?: string; detail?: string; constraint?: string }): AppError | null {
  switch (err.code) {
    case '23505':
      return new AppError('CONFLICT', { message: 'already exists', details: { constraint: err.constraint } });
    case '23503':
      return new AppError('CONFLICT', { message: 'refers to something that does not exist or is still in use' });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('VALIDATION', { message: 'a value is not acceptable', details: { constraint: err.constraint } });
    default:
      return null;
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send(errorBody('NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`));
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        path: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'invalid',
      }));
      return reply.status(400).send(errorBody('VALIDATION', 'the request is not valid', details));
    }
    // Drizzle wraps driver errors; the PostgreSQL code sits on the cause.
    const pgError = (error as { cause?: unknown }).cause ?? error;
    const appError = error instanceof AppError ? error : fromPostgres(pgError);
    if (appError) {
      return reply.status(STATUS[appError.code]).send(errorBody(appError.code, appError.message, appError.details));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
      return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', 'the request body is too large'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return reply.status(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', 'unsupported content type'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', 'too many attempts, wait a minute and try again'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      return reply.status(400).send(errorBody('VALIDATION', error.message));
    }
    const correlationId = randomUUID();
    req.log.error({ err: error, correlationId, url: req.url, method: req.method }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL', message: 'internal error', correlationId } } satisfies TErrorBody);
  });
}
