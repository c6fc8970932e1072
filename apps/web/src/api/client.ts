import { ZErrorBody, type TErrorCode, type TFieldIssue } from '@formasaun/shared';
import type { z } from 'zod';

export const API_BASE = '/api/v1';

/** An error answered by the API (or a network failure, mapped to INTERNAL). */
export class ApiError extends Error {
  readonly code: TErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: TErrorCode, status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** VALIDATION details, as a list of field issues (empty for other codes). */
  get fieldIssues(): TFieldIssue[] {
    if (this.code !== 'VALIDATION' || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (d: unknown): d is TFieldIssue =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as Record<string, unknown>).path === 'string' &&
        typeof (d as Record<string, unknown>).message === 'string',
    );
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session's CSRF token, sent on every request that changes state. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the API answers 401 outside the sign-in call. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions<S extends z.ZodType | undefined> {
  method?: Method;
  body?: unknown;
  /** Raw bytes, sent as application/octet-stream. */
  upload?: Blob;
  query?: Record<string, string | number | boolean | undefined | null>;
  schema?: S;
  /** Do not treat 401 as "session ended" (sign-in and the initial session probe). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

export function queryString(query: RequestOptions<undefined>['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  const parsed = ZErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, res.status, message, details);
  }
  const byStatus: Record<number, TErrorCode> = {
    400: 'VALIDATION',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    409: 'CONFLICT',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    429: 'RATE_LIMITED',
  };
  return new ApiError(byStatus[res.status] ?? 'INTERNAL', res.status, res.statusText);
}

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

export async function api<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.upload) {
    headers['content-type'] = 'application/octet-stream';
    body = options.upload;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}${queryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('INTERNAL', 0, 'network');
  }

  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !options.quiet401) onUnauthenticated?.();
    throw error;
  }
  if (res.status === 204) return undefined as Result<S>;
  const data: unknown = await res.json();
  return (options.schema ? options.schema.parse(data) : data) as Result<S>;
}
