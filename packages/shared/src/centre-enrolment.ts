import { z } from 'zod';
import { ZOneLine, ZEnrolmentOrigin, ZEnrolmentStatus, ZSessionStatus } from './centre.js';
import { ZDate, ZId } from './common.js';

/**
 * Nominations, requests, approvals and enrolment with capacity and waitlist (training centre). A reason (decline,
 * withdrawal, override) travels into notifications and e-mails: one line, no control characters.
 */

const ZReason = ZOneLine(500);
const ZOfficerIds = z
  .array(ZId)
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'each officer once');

/** The manager seats officers directly; `override` accepts missing prerequisites (written into the reason). */
export const ZEnrolmentDirectInput = z.object({ officerIds: ZOfficerIds, override: z.boolean().optional(), reason: ZReason.optional() });
export type TEnrolmentDirectInput = z.infer<typeof ZEnrolmentDirectInput>;

/** A supervisor nominates officers of their subtree; the training manager decides. */
export const ZEnrolmentNominateInput = z.object({ officerIds: ZOfficerIds, note: ZReason.optional() });
export type TEnrolmentNominateInput = z.infer<typeof ZEnrolmentNominateInput>;

/** An officer asks for a seat in an open session; their supervisor decides. */
export const ZEnrolmentRequestInput = z.object({ note: ZReason.optional() });
export type TEnrolmentRequestInput = z.infer<typeof ZEnrolmentRequestInput>;

export const ZEnrolmentDecisionKind = z.enum(['approve', 'decline']);
export type TEnrolmentDecisionKind = z.infer<typeof ZEnrolmentDecisionKind>;

const declineNeedsReason = <T extends { decision: TEnrolmentDecisionKind; reason?: string | undefined }>(v: T, ctx: z.RefinementCtx) => {
  if (v.decision === 'decline' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a decline needs a reason' });
};

export const ZEnrolmentDecisionInput = z
  .object({ decision: ZEnrolmentDecisionKind, reason: ZReason.optional(), override: z.boolean().optional() })
  .superRefine(declineNeedsReason);
export type TEnrolmentDecisionInput = z.infer<typeof ZEnrolmentDecisionInput>;

export const ZEnrolmentBulkDecisionInput = z
  .object({
    ids: z
      .array(ZId)
      .min(1)
      .max(500)
      .refine((ids) => new Set(ids).size === ids.length, 'each enrolment once'),
    decision: ZEnrolmentDecisionKind,
    reason: ZReason.optional(),
    override: z.boolean().optional(),
  })
  .superRefine(declineNeedsReason);
export type TEnrolmentBulkDecisionInput = z.infer<typeof ZEnrolmentBulkDecisionInput>;

export const ZEnrolmentWithdrawInput = z.object({ reason: ZReason.optional() });
export type TEnrolmentWithdrawInput = z.infer<typeof ZEnrolmentWithdrawInput>;

/** One enrolment as the lists show it: the session, the officer, the status and the place in the waitlist. */
export const ZEnrolment = z.object({
  id: ZId,
  sessionId: ZId,
  sessionCode: z.string(),
  sessionStatus: ZSessionStatus,
  courseId: ZId,
  courseCode: z.string(),
  courseTitleEn: z.string(),
  courseTitlePt: z.string(),
  startDay: ZDate.nullable(),
  endDay: ZDate.nullable(),
  officerId: ZId,
  officerName: z.string(),
  employeeNumber: z.string(),
  orgUnitName: z.string(),
  positionTitle: z.string().nullable(),
  status: ZEnrolmentStatus,
  origin: ZEnrolmentOrigin,
  /** 1 for the first in the queue; null unless waitlisted. */
  waitlistPosition: z.number().int().positive().nullable(),
  reason: z.string().nullable(),
  nominatedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type TEnrolment = z.infer<typeof ZEnrolment>;

/** What happened to one officer of an enrolment call. */
export const ZEnrolmentOutcome = z.object({
  officerId: ZId,
  enrolmentId: ZId,
  status: ZEnrolmentStatus,
  waitlistPosition: z.number().int().positive().nullable(),
});
export type TEnrolmentOutcome = z.infer<typeof ZEnrolmentOutcome>;
export const ZEnrolmentOutcomes = z.object({ items: z.array(ZEnrolmentOutcome) });

/** Bulk decisions: each enrolment decided, or the reason it could not be. */
export const ZEnrolmentBulkResult = z.object({
  items: z.array(
    z.object({
      id: ZId,
      status: ZEnrolmentStatus.nullable(),
      waitlistPosition: z.number().int().positive().nullable(),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
  ),
});
export type TEnrolmentBulkResult = z.infer<typeof ZEnrolmentBulkResult>;

/** A session's participants as the actor may see them, with its seats. */
export const ZSessionEnrolments = z.object({
  sessionId: ZId,
  capacity: z.number().int(),
  enrolledCount: z.number().int(),
  items: z.array(ZEnrolment),
});
export type TSessionEnrolments = z.infer<typeof ZSessionEnrolments>;

export const ZEnrolmentQueueQuery = z.object({ status: z.enum(['nominated', 'requested']), sessionId: ZId.optional() });
export type TEnrolmentQueueQuery = z.infer<typeof ZEnrolmentQueueQuery>;

/** An upcoming session seen from the team or the officer: seats, dates, and whether officers may ask for a seat. */
export const ZEnrolmentSessionSummary = z.object({
  id: ZId,
  code: z.string(),
  courseId: ZId,
  courseCode: z.string(),
  courseTitleEn: z.string(),
  courseTitlePt: z.string(),
  status: ZSessionStatus,
  startDay: ZDate.nullable(),
  endDay: ZDate.nullable(),
  capacity: z.number().int(),
  enrolledCount: z.number().int(),
  waitlisted: z.number().int(),
  openForRequests: z.boolean(),
  language: z.string(),
  /** Group keys (`<unit code>/<position code>`, as planning builds them) the plan run was meant for. */
  targetGroups: z.array(z.string()),
});
export type TEnrolmentSessionSummary = z.infer<typeof ZEnrolmentSessionSummary>;

/** The officer's own enrolments and the open sessions they may request. */
export const ZMyEnrolments = z.object({ items: z.array(ZEnrolment), openSessions: z.array(ZEnrolmentSessionSummary) });
export type TMyEnrolments = z.infer<typeof ZMyEnrolments>;

/** The supervisor's team: officers of the supervised subtrees, their training, and upcoming sessions to nominate to. */
export const ZTeam = z.object({
  officers: z.array(
    z.object({
      id: ZId,
      name: z.string(),
      employeeNumber: z.string(),
      orgUnitName: z.string(),
      positionTitle: z.string().nullable(),
      groupKey: z.string().nullable(),
      enrolments: z.array(ZEnrolment),
      completed: z.array(z.object({ sessionId: ZId, courseCode: z.string(), courseTitleEn: z.string(), courseTitlePt: z.string(), endDay: ZDate.nullable() })),
    }),
  ),
  sessions: z.array(ZEnrolmentSessionSummary.extend({ targetOfficerIds: z.array(ZId) })),
});
export type TTeam = z.infer<typeof ZTeam>;
