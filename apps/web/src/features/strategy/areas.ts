import { FUNCTIONAL_AREAS, type TFunctionalArea } from '@formasaun/shared';
import type { TFunction } from 'i18next';

/** The functional area's name in the UI language (the default framework's area names). */
export const areaLabel = (t: TFunction, code: TFunctionalArea) => t(`strategy.area.${code}`);

export const areaOptions = (t: TFunction) => FUNCTIONAL_AREAS.map((code) => ({ value: code, label: areaLabel(t, code) }));
