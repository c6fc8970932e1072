import { FACILITATION_MANAGEMENT_COURSES } from './facilitation-management.js';
import { OPERATIONAL_CONTROL_COURSES } from './operational-control.js';
import { OPERATIONAL_GOODS_COURSES } from './operational-goods.js';
import { PROCEDURES_REVENUE_COURSES } from './procedures-revenue.js';
import type { DefaultCourse } from './types.js';
import { VALUES_PROFESSIONAL_COURSES } from './values-professional.js';

export type { DefaultCourse } from './types.js';

/** The default customs catalogue, written by us on WCO training topics; tied to the default framework's codes. */
export const DEFAULT_COURSES: readonly DefaultCourse[] = [
  ...VALUES_PROFESSIONAL_COURSES,
  ...OPERATIONAL_GOODS_COURSES,
  ...PROCEDURES_REVENUE_COURSES,
  ...OPERATIONAL_CONTROL_COURSES,
  ...FACILITATION_MANAGEMENT_COURSES,
];
