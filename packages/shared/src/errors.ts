import { z } from 'zod';

/** Every error the API can answer with; the web maps each code to a translated message. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CSRF',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export const ZErrorCode = z.enum(ERROR_CODES);
export type TErrorCode = z.infer<typeof ZErrorCode>;

export const ZErrorBody = z.object({
  error: z.object({
    code: ZErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
    correlationId: z.string().optional(),
  }),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;

/** Field-level problem, as listed in VALIDATION details and in import reports. */
export const ZFieldIssue = z.object({ path: z.string(), message: z.string() });
export type TFieldIssue = z.infer<typeof ZFieldIssue>;
