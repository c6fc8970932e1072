import { z } from 'zod';
import { ZClockTime, ZOneLine, ZPlainText, ZSessionStatus, ZTrainerKind, ZTrainerRole } from './centre.js';
import { ZDate, ZId } from './common.js';
import { ZFunctionalArea, ZPeriod, ZYear } from './resources.js';

/** Sessions (one run of a course), the conflict rules, the scheduling assistant, actual costs and plan vs actual. */

/** What the conflict rules find; the message is English, the params let the web say it in another language. */
export const SESSION_CONFLICT_CODES = [
  'trainer_double_booked',
  'room_double_booked',
  'room_closed',
  'room_too_small',
  'room_missing_equipment',
  'officer_double_booked',
  'trainer_not_qualified',
  'trainer_on_leave',
  'trainer_over_days',
  'weekend',
  'public_holiday',
  'release_limit',
] as const;
export const ZSessionConflictCode = z.enum(SESSION_CONFLICT_CODES);
export type TSessionConflictCode = z.infer<typeof ZSessionConflictCode>;

export const ZSessionConflict = z.object({
  code: ZSessionConflictCode,
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TSessionConflict = z.infer<typeof ZSessionConflict>;

export const ZSessionDayInput = z
  .object({ day: ZDate, startsAt: ZClockTime.default('08:30'), endsAt: ZClockTime.default('16:30') })
  .refine((d) => d.endsAt > d.startsAt, { message: 'ends after it starts', path: ['endsAt'] });
export type TSessionDayInput = z.infer<typeof ZSessionDayInput>;

export const ZSessionTrainerInput = z.object({ trainerId: ZId, role: ZTrainerRole });
export type TSessionTrainerInput = z.infer<typeof ZSessionTrainerInput>;

const days = z
  .array(ZSessionDayInput)
  .max(60)
  .refine((ds) => new Set(ds.map((d) => d.day)).size === ds.length, { message: 'each day once' });
const trainers = z
  .array(ZSessionTrainerInput)
  .max(10)
  .refine((ts) => ts.filter((t) => t.role === 'lead').length <= 1, { message: 'one lead trainer at most' })
  .refine((ts) => new Set(ts.map((t) => t.trainerId)).size === ts.length, { message: 'each trainer once' });
const language = z.string().regex(/^[a-z]{2,3}$/, 'a language code such as en or pt');

export const ZSessionInput = z.object({
  courseId: ZId,
  days: days.default([]),
  roomId: ZId.nullish(),
  trainers: trainers.default([]),
  language: language.default('en'),
  /** Default: the course's capacity, kept within the room's. */
  capacity: z.number().int().min(1).max(500).optional(),
  openForRequests: z.boolean().default(false),
  notes: ZPlainText().nullish(),
});
export type TSessionInput = z.input<typeof ZSessionInput>;

export const ZSessionUpdate = z.object({
  days: days.optional(),
  roomId: ZId.nullish(),
  trainers: trainers.optional(),
  language: language.optional(),
  capacity: z.number().int().min(1).max(500).optional(),
  openForRequests: z.boolean().optional(),
  notes: ZPlainText().nullish(),
});
export type TSessionUpdate = z.input<typeof ZSessionUpdate>;

export const ZSessionStatusChange = z
  .object({ status: z.enum(['scheduled', 'in_progress', 'completed', 'cancelled']), reason: ZOneLine(300).optional() })
  .refine((b) => b.status !== 'cancelled' || b.reason !== undefined, { message: 'a cancellation needs a reason', path: ['reason'] });
export type TSessionStatusChange = z.infer<typeof ZSessionStatusChange>;

export const ZSessionQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  status: ZSessionStatus.optional(),
  roomId: ZId.optional(),
  trainerId: ZId.optional(),
  functionalArea: ZFunctionalArea.optional(),
  courseId: ZId.optional(),
  planId: ZId.optional(),
  period: ZPeriod.optional(),
});
export type TSessionQuery = z.infer<typeof ZSessionQuery>;

export const ZSessionSummary = z.object({
  id: ZId,
  code: z.string(),
  courseId: ZId,
  courseCode: z.string(),
  titleEn: z.string(),
  titlePt: z.string(),
  functionalArea: z.string(),
  status: ZSessionStatus,
  startDay: ZDate.nullable(),
  endDay: ZDate.nullable(),
  roomId: ZId.nullable(),
  roomName: z.string().nullable(),
  venueName: z.string().nullable(),
  leadTrainerName: z.string().nullable(),
  trainerIds: z.array(ZId),
  capacity: z.number().int(),
  enrolledCount: z.number().int(),
  planId: ZId.nullable(),
  period: z.string().nullable(),
});
export type TSessionSummary = z.infer<typeof ZSessionSummary>;

export const ZSessionDetail = ZSessionSummary.extend({
  courseDays: z.number(),
  days: z.array(z.object({ day: ZDate, startsAt: ZClockTime, endsAt: ZClockTime })),
  trainers: z.array(z.object({ trainerId: ZId, name: z.string(), role: ZTrainerRole, kind: ZTrainerKind })),
  language: z.string(),
  waitlistCount: z.number().int(),
  targetGroups: z.record(z.string(), z.number()),
  openForRequests: z.boolean(),
  notes: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Warnings the session carries (release limit, trainer over days per quarter); errors are refused before saving. */
  conflicts: z.array(ZSessionConflict),
});
export type TSessionDetail = z.infer<typeof ZSessionDetail>;

export const ZSessionsFromPlan = z.object({ planId: ZId, period: ZPeriod });
export const ZSessionsFromPlanResult = z.object({ created: z.number().int(), skipped: z.number().int(), sessionIds: z.array(ZId) });
export type TSessionsFromPlanResult = z.infer<typeof ZSessionsFromPlanResult>;

/** Actual cost categories (the same axes as the catalogue's cost model). */
export const SESSION_COST_CATEGORIES = ['trainerFees', 'venue', 'travelPerDiem', 'materials'] as const;
export const ZSessionCostCategory = z.enum(SESSION_COST_CATEGORIES);
export type TSessionCostCategory = z.infer<typeof ZSessionCostCategory>;

export const ZSessionCostInput = z.object({
  category: ZSessionCostCategory,
  sourceId: ZId.nullish(),
  amount: z.number().min(0).max(1e9),
  note: ZOneLine(300).nullish(),
});
export const ZSessionCostUpdate = ZSessionCostInput.partial();
export type TSessionCostInput = z.infer<typeof ZSessionCostInput>;
export type TSessionCostUpdate = z.infer<typeof ZSessionCostUpdate>;
export const ZSessionCost = z.object({
  id: ZId,
  sessionId: ZId,
  category: ZSessionCostCategory,
  sourceId: ZId.nullable(),
  sourceName: z.string().nullable(),
  amount: z.number(),
  note: z.string().nullable(),
});
export type TSessionCost = z.infer<typeof ZSessionCost>;

export const ZScheduleProposeInput = z.object({ period: ZPeriod, sessionIds: z.array(ZId).max(1000).optional() });
export type TScheduleProposeInput = z.infer<typeof ZScheduleProposeInput>;

export const ZScheduleProposal = z.object({
  sessionId: ZId,
  days: z.array(z.object({ day: ZDate, startsAt: ZClockTime, endsAt: ZClockTime })).min(1).max(60),
  roomId: ZId,
  trainers: z.array(ZSessionTrainerInput).min(1).max(10),
});
export type TScheduleProposal = z.infer<typeof ZScheduleProposal>;

export const ZScheduleProposalView = ZScheduleProposal.extend({
  sessionCode: z.string(),
  courseCode: z.string(),
  titleEn: z.string(),
  titlePt: z.string(),
  roomName: z.string(),
  venueName: z.string(),
  trainerNames: z.array(z.string()),
  warnings: z.array(ZSessionConflict),
});
export const ZScheduleUnplaced = z.object({
  sessionId: ZId,
  sessionCode: z.string(),
  courseCode: z.string(),
  reasons: z.array(ZSessionConflict.omit({ code: true, severity: true }).extend({ code: z.string() })),
});
export const ZScheduleProposals = z.object({
  period: ZPeriod,
  proposals: z.array(ZScheduleProposalView),
  unplaced: z.array(ZScheduleUnplaced),
});
export type TScheduleProposals = z.infer<typeof ZScheduleProposals>;

export const ZScheduleApply = z.object({ proposals: z.array(ZScheduleProposal).min(1).max(1000) });
export type TScheduleApply = z.infer<typeof ZScheduleApply>;
export const ZScheduleApplied = z.object({ applied: z.number().int(), sessionIds: z.array(ZId) });

export const ZCentreYearQuery = z.object({ year: z.coerce.number().pipe(ZYear) });

const byCategory = z.record(ZSessionCostCategory, z.number());
export const ZPlanVsActualQuarter = z.object({
  period: ZPeriod,
  runsPlanned: z.number().int(),
  sessionsScheduled: z.number().int(),
  sessionsDelivered: z.number().int(),
  participantsPlanned: z.number().int(),
  participantsEnrolled: z.number().int(),
  participantsCompleted: z.number().int(),
  costPlanned: z.number(),
  costActual: z.number(),
  plannedByCategory: byCategory,
  actualByCategory: byCategory,
  actualBySource: z.array(z.object({ sourceId: ZId.nullable(), sourceName: z.string().nullable(), amount: z.number() })),
});
export const ZPlanVsActual = z.object({ year: z.number().int(), currency: z.string(), quarters: z.array(ZPlanVsActualQuarter), total: ZPlanVsActualQuarter.omit({ period: true }) });
export type TPlanVsActual = z.infer<typeof ZPlanVsActual>;
export type TPlanVsActualQuarter = z.infer<typeof ZPlanVsActualQuarter>;

export const ZSustainabilityQuarter = z.object({
  period: ZPeriod,
  trainerDaysInternal: z.number(),
  trainerDaysExternal: z.number(),
  /** Null when no training day was delivered in the quarter. */
  internalShare: z.number().nullable(),
  trainersAdvanced: z.number().int(),
  participantHours: z.number(),
  actualCost: z.number(),
  costPerParticipantHour: z.number().nullable(),
});
export const ZSustainability = z.object({ year: z.number().int(), currency: z.string(), quarters: z.array(ZSustainabilityQuarter) });
export type TSustainability = z.infer<typeof ZSustainability>;
export type TSustainabilityQuarter = z.infer<typeof ZSustainabilityQuarter>;
