import type { TEnrolment, TEnrolmentStatus, TSessionStatus } from '@formasaun/shared';
import type { EnrolmentListRow } from './enrolment.repository.js';

/** An enrolment as it leaves the API. */
export const presentEnrolment = (r: EnrolmentListRow): TEnrolment => ({
  ...r,
  sessionStatus: r.sessionStatus as TSessionStatus,
  status: r.status as TEnrolmentStatus,
  origin: r.origin as TEnrolment['origin'],
  waitlistPosition: r.waitlistPosition === null ? null : Number(r.waitlistPosition),
});
