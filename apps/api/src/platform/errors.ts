import type { TErrorCode } from '@formasaun/shared';

/** The one error type services throw; the error handler maps its code to an HTTP status. */
export class AppError extends Error {
  readonly code: TErrorCode;
  readonly details: unknown;
  constructor(code: TErrorCode, opts: { message?: string; details?: unknown } = {}) {
    super(opts.message ?? code);
    this.code = code;
    this.details = opts.details;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', { message: `${what} not found` });
export const conflict = (message: string, details?: unknown) => new AppError('CONFLICT', { message, details });
export const invalid = (message: string, details?: unknown) => new AppError('VALIDATION', { message, details });
export const forbidden = (message = 'not allowed') => new AppError('FORBIDDEN', { message });
