import { FUNCTIONAL_AREAS } from '@formasaun/shared';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The one name of a functional area in the UI language, shared by catalogue, strategy, funding and planning. */
export const areaLabel = (t: TFunction, code: string | null | undefined): string =>
  code ? t(`functionalArea.${code}`, { defaultValue: code }) : '—';

/** The 17 functional areas as select options, in their canonical order. */
export const areaOptions = (t: TFunction) => FUNCTIONAL_AREAS.map((code) => ({ value: code, label: areaLabel(t, code) }));

/** `areaName(code)` bound to the current language. */
export function useAreaName(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback((code) => areaLabel(t, code), [t]);
}
