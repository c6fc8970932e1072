import { z } from 'zod';
import { ZObservationResult, ZOneLine, ZPlainText, ZTrainerKind, ZTrainerPathStatus } from './centre.js';
import { ZDate, ZId } from './common.js';

/** Contracts of the trainer pool: trainers, their qualifications on the train-the-trainer path, evidence and leave. */

/** Path events as stored: the evidence kinds plus the two status changes (promoted, demoted). */
export const TRAINER_PATH_EVENT_KINDS = ['course_attended', 'co_delivered', 'observation', 'promoted', 'demoted'] as const;
export const ZTrainerPathEventKind = z.enum(TRAINER_PATH_EVENT_KINDS);
export type TTrainerPathEventKind = z.infer<typeof ZTrainerPathEventKind>;
/** Evidence a manager records by hand; status changes go through the qualification's status. */
export const ZTrainerEvidenceKind = z.enum(['course_attended', 'co_delivered', 'observation']);

const ZLanguages = z
  .array(z.string().trim().regex(/^[a-z]{2,3}$/, 'a language code such as en, pt, tet'))
  .max(10)
  .refine((l) => new Set(l).size === l.length, 'each language at most once');
const ZDaysPerQuarter = z.number().min(0).max(92).multipleOf(0.5);
const ZFee = z.number().min(0).max(1_000_000).multipleOf(0.01);
const nullableLine = (max: number) =>
  ZOneLine(max)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null);
const ZEmail = z
  .email()
  .max(200)
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

export const ZTrainerSummary = z.object({
  id: ZId,
  kind: ZTrainerKind,
  officerId: ZId.nullable(),
  name: z.string(),
  /** External: the organisation (WCO, a donor, another administration); internal: the officer's org unit. */
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  active: z.boolean(),
  daysPerQuarter: z.number(),
  languages: z.array(z.string()),
  highestStatus: ZTrainerPathStatus.nullable(),
  /** Courses the trainer is qualified for (directly, not through a competency). */
  qualifiedCourses: z.number().int(),
  /** Sessions (not cancelled) with a day in the current quarter. */
  sessionsThisQuarter: z.number().int(),
});
export type TTrainerSummary = z.infer<typeof ZTrainerSummary>;
export const ZTrainerQuery = z.object({
  kind: ZTrainerKind.optional(),
  status: ZTrainerPathStatus.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const ZTrainerPathEvent = z.object({
  id: ZId,
  day: ZDate,
  kind: ZTrainerPathEventKind,
  statusTo: ZTrainerPathStatus.nullable(),
  sessionId: ZId.nullable(),
  sessionCode: z.string().nullable(),
  observationResult: ZObservationResult.nullable(),
  note: z.string().nullable(),
});
export type TTrainerPathEvent = z.infer<typeof ZTrainerPathEvent>;

export const ZTrainerQualificationItem = z.object({
  id: ZId,
  trainerId: ZId,
  courseId: ZId.nullable(),
  courseCode: z.string().nullable(),
  courseTitleEn: z.string().nullable(),
  courseTitlePt: z.string().nullable(),
  competencyCode: z.string().nullable(),
  status: ZTrainerPathStatus,
  since: ZDate,
  /** Evidence, oldest first. */
  events: z.array(ZTrainerPathEvent),
});
export type TTrainerQualificationItem = z.infer<typeof ZTrainerQualificationItem>;

export const ZTrainerLeave = z.object({ id: ZId, trainerId: ZId, fromDay: ZDate, toDay: ZDate, reason: z.string().nullable() });
export type TTrainerLeave = z.infer<typeof ZTrainerLeave>;

export const ZTrainerDetail = ZTrainerSummary.extend({
  employeeNumber: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dailyFee: z.number().nullable(),
  notes: z.string().nullable(),
  qualifications: z.array(ZTrainerQualificationItem),
  leave: z.array(ZTrainerLeave),
});
export type TTrainerDetail = z.infer<typeof ZTrainerDetail>;

const common = {
  daysPerQuarter: ZDaysPerQuarter.default(10),
  languages: ZLanguages.default([]),
  active: z.boolean().default(true),
  notes: ZPlainText(2000)
    .nullish()
    .transform((v) => (v && v.trim() ? v.trim() : null)),
};
/** An internal trainer is an officer: name, unit and position come from the officer record. */
export const ZTrainerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('internal'), officerId: ZId, ...common }),
  z.object({
    kind: z.literal('external'),
    name: ZOneLine(160),
    organisation: nullableLine(160),
    email: ZEmail,
    phone: nullableLine(40),
    dailyFee: ZFee.nullish().transform((v) => v ?? null),
    ...common,
  }),
]);
export type TTrainerInput = z.input<typeof ZTrainerInput>;
/** Name, organisation, e-mail, phone and fee apply to external experts only. */
export const ZTrainerUpdate = z.object({
  name: ZOneLine(160).optional(),
  organisation: nullableLine(160).optional(),
  email: ZEmail.optional(),
  phone: nullableLine(40).optional(),
  dailyFee: ZFee.nullable().optional(),
  daysPerQuarter: ZDaysPerQuarter.optional(),
  languages: ZLanguages.optional(),
  active: z.boolean().optional(),
  notes: ZPlainText(2000).nullable().optional(),
});
export type TTrainerUpdate = z.input<typeof ZTrainerUpdate>;

/** A qualification for one course or for a competency code (every course raising it), with its first evidence. */
export const ZTrainerQualificationInput = z
  .object({
    courseId: ZId.nullish(),
    competencyCode: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'a competency code such as valuation-basics')
      .nullish(),
    status: ZTrainerPathStatus.default('trained'),
    since: ZDate.optional(),
    evidence: ZTrainerEvidenceKind.default('course_attended'),
    note: ZPlainText(1000).nullish(),
  })
  .refine((q) => (q.courseId ? 1 : 0) + (q.competencyCode ? 1 : 0) === 1, { message: 'give a course or a competency code, not both', path: ['courseId'] });
export type TTrainerQualificationInput = z.input<typeof ZTrainerQualificationInput>;

/** Moves a qualification along the path: up records a 'promoted' event, down needs a note and records 'demoted'. */
export const ZTrainerQualificationStatusInput = z.object({
  status: ZTrainerPathStatus,
  day: ZDate.optional(),
  note: ZPlainText(1000).nullish(),
});
export type TTrainerQualificationStatusInput = z.input<typeof ZTrainerQualificationStatusInput>;

export const ZTrainerEvidenceInput = z
  .object({
    kind: ZTrainerEvidenceKind,
    day: ZDate.optional(),
    sessionId: ZId.nullish(),
    observationResult: ZObservationResult.nullish(),
    note: ZPlainText(1000).nullish(),
  })
  .refine((e) => e.kind !== 'observation' || !!e.observationResult, { message: 'an observation needs its result', path: ['observationResult'] })
  .refine((e) => e.kind === 'observation' || !e.observationResult, { message: 'only observations have a result', path: ['observationResult'] })
  .refine((e) => e.kind !== 'course_attended' || !e.sessionId, { message: 'a course attended names no session of this trainer', path: ['sessionId'] });
export type TTrainerEvidenceInput = z.input<typeof ZTrainerEvidenceInput>;

export const ZTrainerLeaveInput = z
  .object({ fromDay: ZDate, toDay: ZDate, reason: nullableLine(200) })
  .refine((l) => l.toDay >= l.fromDay, { message: 'must not be before fromDay', path: ['toDay'] });
export type TTrainerLeaveInput = z.input<typeof ZTrainerLeaveInput>;
