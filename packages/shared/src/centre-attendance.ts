import { z } from 'zod';
import { ZDate, ZId } from './common.js';
import { ZAttendanceStatus, ZEnrolmentStatus, ZOneLine, ZPlainText, ZSessionStatus } from './centre.js';

/**
 * Attendance, results and the completion rule, sign-in sheets, certificates and their public verification,
 * training evidence, and the personal views "my learning" (officer) and "my sessions" (trainer).
 */

const ZTitles = z.object({ en: z.string(), pt: z.string() });

// ——— Attendance ———

export const ZAttendanceDay = z.object({
  day: ZDate,
  startsAt: z.string(),
  endsAt: z.string(),
  /** After today (the clock): nothing may be recorded yet. */
  isFuture: z.boolean(),
});

export const ZAttendanceParticipant = z.object({
  officerId: ZId,
  name: z.string(),
  employeeNumber: z.string(),
  orgUnitName: z.string(),
  /** Day → status; days without a record are absent from the map. */
  marks: z.record(z.string(), ZAttendanceStatus),
});
export type TAttendanceParticipant = z.infer<typeof ZAttendanceParticipant>;

export const ZAttendanceGrid = z.object({
  sessionId: ZId,
  sessionCode: z.string(),
  courseTitle: ZTitles,
  sessionStatus: ZSessionStatus,
  /** Draft and cancelled sessions take no attendance; a completed session's attendance is final. */
  canRecord: z.boolean(),
  days: z.array(ZAttendanceDay),
  participants: z.array(ZAttendanceParticipant),
});
export type TAttendanceGrid = z.infer<typeof ZAttendanceGrid>;

export const ZAttendanceEntry = z.object({ officerId: ZId, day: ZDate, status: ZAttendanceStatus });
export const ZAttendanceUpdate = z.object({ entries: z.array(ZAttendanceEntry).min(1).max(5000) });
export type TAttendanceUpdate = z.infer<typeof ZAttendanceUpdate>;

// ——— Results and the completion rule ———

/** Days of a participant counted by the completion rule. */
export const ZAttendanceTally = z.object({
  attended: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  unrecorded: z.number().int(),
  /** attended / (days − excused); 0 when every day was excused. */
  share: z.number(),
});
export type TAttendanceTally = z.infer<typeof ZAttendanceTally>;

export const COMPLETION_REASONS = ['attendance_below_minimum', 'no_score', 'score_below_pass', 'marked_failed'] as const;
export const ZCompletionReason = z.enum(COMPLETION_REASONS);
export type TCompletionReason = z.infer<typeof ZCompletionReason>;

export const ZResultsRow = z.object({
  officerId: ZId,
  name: z.string(),
  employeeNumber: z.string(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  comment: z.string().nullable(),
  attendance: ZAttendanceTally,
  /** What the course's completion rule decides with today's attendance and result. */
  decision: z.object({ completed: z.boolean(), reasons: z.array(ZCompletionReason) }),
  /** Stored when the session was completed; null before. */
  completed: z.boolean().nullable(),
  certificateId: ZId.nullable(),
});
export type TResultsRow = z.infer<typeof ZResultsRow>;

export const ZResultsList = z.object({
  sessionId: ZId,
  sessionStatus: ZSessionStatus,
  endDay: ZDate.nullable(),
  /** Results can be entered from the session's last day on, until the session is completed. */
  canEnter: z.boolean(),
  minAttendance: z.number(),
  passScore: z.number().nullable(),
  rows: z.array(ZResultsRow),
});
export type TResultsList = z.infer<typeof ZResultsList>;

export const ZResultEntry = z.object({
  officerId: ZId,
  score: z.number().min(0).max(100).multipleOf(0.1).nullish(),
  passed: z.boolean().nullish(),
  comment: ZPlainText(1000).nullish(),
});
export const ZResultsUpdate = z.object({ entries: z.array(ZResultEntry).min(1).max(1000) });
export type TResultsUpdate = z.infer<typeof ZResultsUpdate>;

// ——— Sign-in sheets ———

export const ZSignInImportQuery = z.object({ fileName: z.string().trim().min(1).max(200).default('sign-in-sheet.xlsx') });
export const ZSignInImportResult = z.object({
  sheetCode: z.string(),
  rows: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  /** Rows without a status: nothing recorded for them. */
  blank: z.number().int(),
});
export type TSignInImportResult = z.infer<typeof ZSignInImportResult>;

// ——— Certificates ———

export const ZCertificate = z.object({
  id: ZId,
  code: z.string(),
  sessionId: ZId,
  sessionCode: z.string(),
  courseTitle: ZTitles,
  officerId: ZId,
  officerName: z.string(),
  issuedOn: ZDate,
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type TCertificate = z.infer<typeof ZCertificate>;
export const ZCertificateList = z.object({ items: z.array(ZCertificate) });

export const ZCertificateRevoke = z.object({ reason: ZOneLine(300) });
export const ZCertificatePdfQuery = z.object({ lang: z.enum(['en', 'pt']).optional() });

// No length limit here: a code of any shape must get the same 404 as an unknown one, never a 400.
export const ZVerifyParams = z.object({ code: z.string() });
/** The public answer: the minimum, and nothing that helps guess other codes. */
export const ZVerifyResult = z.union([
  z.object({ valid: z.literal(true), name: z.string(), course: z.string(), date: ZDate }),
  z.object({ valid: z.literal(false), status: z.literal('revoked') }),
]);
export type TVerifyResult = z.infer<typeof ZVerifyResult>;

export const ZCentreLogo = z.object({ hasLogo: z.boolean(), contentType: z.string().nullable(), bytes: z.number().int() });
export type TCentreLogo = z.infer<typeof ZCentreLogo>;

// ——— Training evidence and the personal views ———

export const ZTrainingSession = z.object({
  sessionId: ZId,
  sessionCode: z.string(),
  courseTitle: ZTitles,
  startDay: ZDate.nullable(),
  endDay: ZDate.nullable(),
  sessionStatus: ZSessionStatus,
  enrolmentStatus: ZEnrolmentStatus,
  /** 1-based place in the queue while waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  roomName: z.string().nullable(),
  completed: z.boolean().nullable(),
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
});
export type TTrainingSession = z.infer<typeof ZTrainingSession>;

export const ZTrainingEvidence = z.object({
  id: ZId,
  competencyCode: z.string(),
  competencyName: ZTitles.nullable(),
  levels: z.number().nullable(),
  toLevel: z.number().int().nullable(),
  source: z.enum(['course', 'supervisor']),
  onDay: ZDate,
  sessionCode: z.string().nullable(),
  courseTitle: ZTitles.nullable(),
});
export type TTrainingEvidence = z.infer<typeof ZTrainingEvidence>;

export const ZOfficerTraining = z.object({
  officerId: ZId,
  name: z.string(),
  sessions: z.array(ZTrainingSession),
  certificates: z.array(ZCertificate),
  evidence: z.array(ZTrainingEvidence),
});
export type TOfficerTraining = z.infer<typeof ZOfficerTraining>;

export const ZMyLearning = z.object({
  /** Null when the account is not linked to an officer record. */
  officerId: ZId.nullable(),
  upcoming: z.array(ZTrainingSession),
  history: z.array(ZTrainingSession),
  certificates: z.array(ZCertificate),
});
export type TMyLearning = z.infer<typeof ZMyLearning>;

export const ZMySession = z.object({
  sessionId: ZId,
  sessionCode: z.string(),
  courseTitle: ZTitles,
  startDay: ZDate.nullable(),
  endDay: ZDate.nullable(),
  sessionStatus: ZSessionStatus,
  role: z.enum(['lead', 'co']),
  enrolledCount: z.number().int(),
  capacity: z.number().int(),
  roomName: z.string().nullable(),
});
export type TMySession = z.infer<typeof ZMySession>;
export const ZMySessions = z.object({ upcoming: z.array(ZMySession), past: z.array(ZMySession) });
export type TMySessions = z.infer<typeof ZMySessions>;
