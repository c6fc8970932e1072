import { FACILITATION_MANAGEMENT_AREAS } from './facilitation-management.js';
import { OPERATIONAL_CONTROL_AREAS } from './operational-control.js';
import { OPERATIONAL_GOODS_AREAS } from './operational-goods.js';
import type { DefaultArea } from './types.js';
import { VALUES_PROFESSIONAL_AREAS } from './values-professional.js';

export { CUSTCOMPEU_SCALE, DEFAULT_SCALE, SCALES, type ScaleChoice, type ScaleLevelName } from './scale.js';
export type { DefaultArea, DefaultCompetency } from './types.js';

export const DEFAULT_FRAMEWORK_NAME = 'Customs competency framework (default)';

/** The default customs framework, in display order: values, professional, operational, management. */
export const DEFAULT_AREAS: DefaultArea[] = [
  ...VALUES_PROFESSIONAL_AREAS,
  ...OPERATIONAL_GOODS_AREAS,
  ...OPERATIONAL_CONTROL_AREAS,
  ...FACILITATION_MANAGEMENT_AREAS,
];
