import type { TFieldIssue } from '@formasaun/shared';
import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** A translated, user-facing message for any error thrown by a query or mutation. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.NETWORK');
    const generic = t(`errors.${error.code}`);
    // CONFLICT messages explain what blocks the action (e.g. a unit that still has officers).
    if (error.code === 'CONFLICT' && error.message) return `${generic} ${error.message}`;
    return generic;
  }
  return t('errors.INTERNAL');
}

/** VALIDATION issues keyed by the first segment of their path, for showing beside fields. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.fieldIssues) {
    const key = issue.path.split(/[.[/]/).find((s) => s !== '' && s !== 'body') ?? '';
    out[key] = out[key] ? `${out[key]}; ${issue.message}` : issue.message;
  }
  return out;
}

/** Issues that no field on the form can show. */
export function unplacedIssues(error: unknown, fields: readonly string[]): TFieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldIssues.filter((i) => {
    const key = i.path.split(/[.[/]/).find((s) => s !== '' && s !== 'body') ?? '';
    return !fields.includes(key);
  });
}
