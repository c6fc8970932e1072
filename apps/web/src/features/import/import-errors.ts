import type { TImportRowError } from '@formasaun/shared';
import type { i18n as I18n, TFunction } from 'i18next';
import { formatDate } from '../../components/format';

/** The field label and the reason of a rejected row in the UI language; a code this build does not know keeps the API's English reason. */
export function describeImportError(t: TFunction, i18n: I18n, error: TImportRowError): { field: string; reason: string } {
  const fieldKey = `importField.${error.field}`;
  const field = i18n.exists(fieldKey) ? t(fieldKey) : error.field;
  const { dateOfBirth } = error.params;
  const params = {
    ...error.params,
    field,
    ...(typeof dateOfBirth === 'string' ? { dateOfBirth: formatDate(dateOfBirth) } : {}),
  };
  const reasonKey = `importError.${error.code}`;
  return { field, reason: i18n.exists(reasonKey, params) ? t(reasonKey, params) : error.reason };
}
