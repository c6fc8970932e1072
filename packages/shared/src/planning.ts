import { z } from 'zod';
import { text, ZId, ZLocale } from './common.js';
import { ZCostCategory, ZFunctionalArea, ZPeriod, ZYear } from './resources.js';

/** Contracts of the planning context: plans built from a closed TNA, optimised, compared, edited, approved. */
export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const ZPlanStatus = z.enum(PLAN_STATUSES);
export type TPlanStatus = z.infer<typeof ZPlanStatus>;
/** The background computation of a plan. */
export const PLAN_JOB_STATES = ['idle', 'running', 'done', 'failed', 'cancelled'] as const;
export const ZPlanJobState = z.enum(PLAN_JOB_STATES);
export type TPlanJobState = z.infer<typeof ZPlanJobState>;
export const ENVELOPE_STATUSES_FOR_PLANNING = ['pledged', 'secured', 'disbursed'] as const;

/** What a scenario changes in the inputs; the defaults are the administration's figures as entered. */
export const ZPlanSettings = z.object({
  /** Multiplies every budget envelope: 0.8 = "budget −20 %". */
  budgetFactor: z.number().min(0).max(5).default(1),
  /** Funding sources left out ("a donor withdraws"). */
  excludedSourceIds: z.array(ZId).max(100).default([]),
  /** Multiplies the trainer-days of every quarter: 1.25 = "more trainers". */
  trainerDaysFactor: z.number().min(0).max(5).default(1),
  /** Count pledged envelopes as well as secured and disbursed ones. */
  includePledged: z.boolean().default(true),
  timeLimitSeconds: z.number().int().min(1).max(600).default(20),
});
export type TPlanSettings = z.infer<typeof ZPlanSettings>;
/** The settings a request changes: only what it names (a partial of ZPlanSettings would fill in every default). */
export const ZPlanSettingsPatch = z.object({
  budgetFactor: ZPlanSettings.shape.budgetFactor.unwrap().optional(),
  excludedSourceIds: ZPlanSettings.shape.excludedSourceIds.unwrap().optional(),
  trainerDaysFactor: ZPlanSettings.shape.trainerDaysFactor.unwrap().optional(),
  includePledged: ZPlanSettings.shape.includePledged.unwrap().optional(),
  timeLimitSeconds: ZPlanSettings.shape.timeLimitSeconds.unwrap().optional(),
});

export const ZPlanCreate = z.object({
  name: text(200),
  campaignId: ZId,
  strategyId: ZId.nullish().transform((v) => v ?? null),
  fromYear: ZYear,
  toYear: ZYear,
  settings: ZPlanSettingsPatch.default({}),
}).refine((p) => p.toYear >= p.fromYear && p.toYear - p.fromYear <= 9, { message: 'toYear must be fromYear to fromYear + 9', path: ['toYear'] });
export type TPlanCreate = z.infer<typeof ZPlanCreate>;

/** A scenario: a copy of a plan (its pins included) with changed settings and a new name. */
export const ZScenarioCreate = z.object({ name: text(200), settings: ZPlanSettingsPatch.default({}) });
export type TScenarioCreate = z.infer<typeof ZScenarioCreate>;

export const ZPlanRename = z.object({ name: text(200) });

/** Pin a run count for a course in a period (0 forbids it); the next optimisation keeps it. */
export const ZPin = z.object({ courseId: ZId, period: ZPeriod, count: z.number().int().min(0).max(50) });
export type TPin = z.infer<typeof ZPin>;
export const ZPinDelete = z.object({ courseId: ZId, period: ZPeriod });

/** A manual edit of the plan's result: the run count and, optionally, participants per target group. Checked, never silently fixed. */
export const ZRunEdit = z.object({
  courseId: ZId,
  period: ZPeriod,
  count: z.number().int().min(0).max(50),
  participants: z.record(z.string().max(300), z.number().int().min(0).max(100_000)).optional(),
});
export type TRunEdit = z.infer<typeof ZRunEdit>;

export const ZPlanViolation = z.object({
  code: z.string(),
  message: z.string(),
  course: z.string().optional(),
  period: z.string().optional(),
  group: z.string().optional(),
  year: z.string().optional(),
});
export type TPlanViolation = z.infer<typeof ZPlanViolation>;

export const ZPlanProgress = z.object({
  state: ZPlanJobState,
  elapsedSeconds: z.number(),
  objective: z.number().nullable(),
  bound: z.number().nullable(),
  phase: z.string(),
  error: z.string().nullable(),
});
export type TPlanProgress = z.infer<typeof ZPlanProgress>;

const money = z.number();
const byCategory = z.record(ZCostCategory, money);

export const ZPlanRun = z.object({
  courseId: ZId,
  courseCode: z.string(),
  titleEn: z.string(),
  titlePt: z.string(),
  functionalArea: ZFunctionalArea,
  period: ZPeriod,
  count: z.number().int(),
  participants: z.record(z.string(), z.number().int()),
  totalParticipants: z.number().int(),
  cost: money,
  pinned: z.boolean(),
  /** Who pays: amounts by funding source for this run. */
  funding: z.array(z.object({ sourceId: ZId, sourceName: z.string(), amount: money })),
});
export type TPlanRun = z.infer<typeof ZPlanRun>;

export const ZPlanGroup = z.object({
  id: z.string(),
  orgUnitId: ZId.nullable(),
  orgUnitName: z.string(),
  positionName: z.string(),
  size: z.number().int(),
  releaseDays: z.number().int(),
  participants: z.number().int(),
  /** Weighted officer-levels of gap before the plan, and closed by it. */
  gapBefore: z.number(),
  gapClosed: z.number(),
});

export const ZPlanYear = z.object({
  year: z.string(),
  budget: money,
  cost: money,
  byCategory,
  runs: z.number().int(),
  participants: z.number().int(),
  /** Cost the funding allocation could not place under the earmarks (0 when fully funded). */
  unfunded: money,
});

export const ZPlanSourceFunding = z.object({
  sourceId: ZId,
  sourceName: z.string(),
  byYear: z.record(z.string(), z.object({ available: money, allocated: money })),
});

export const ZPlanAreaGap = z.object({ functionalArea: ZFunctionalArea, gapBefore: z.number(), gapClosed: z.number() });
/** Before/after heatmap: weighted gap per org unit and functional area. */
export const ZPlanUnitGap = z.object({ orgUnitId: ZId.nullable(), orgUnitName: z.string(), functionalArea: ZFunctionalArea, gapBefore: z.number(), gapAfter: z.number() });

export const ZPlanSummary = z.object({
  id: ZId,
  name: z.string(),
  status: ZPlanStatus,
  campaignId: ZId,
  campaignName: z.string(),
  strategyId: ZId.nullable(),
  parentId: ZId.nullable(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  settings: ZPlanSettings,
  job: ZPlanProgress,
  objective: z.number().nullable(),
  bound: z.number().nullable(),
  greedyObjective: z.number().nullable(),
  solverStatus: z.string().nullable(),
  totalCost: z.number().nullable(),
  totalRuns: z.number().int().nullable(),
  computedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;
export const ZPlanList = z.object({ items: z.array(ZPlanSummary) });

export const ZPlanDetail = ZPlanSummary.extend({
  /** The inputs (budgets, courses, groups, capacities) changed since the plan was computed: say so, and what. */
  inputsChanged: z.array(z.string()),
  /** Problems building the instance from today's inputs (e.g. trainer-days missing for a quarter). */
  inputErrors: z.array(z.object({ path: z.string(), message: z.string() })),
  currency: z.string(),
  periods: z.array(ZPeriod),
  trainerDays: z.record(z.string(), z.object({ available: z.number(), used: z.number() })),
  pins: z.array(ZPin),
  runs: z.array(ZPlanRun),
  groups: z.array(ZPlanGroup),
  years: z.array(ZPlanYear),
  sources: z.array(ZPlanSourceFunding),
  areas: z.array(ZPlanAreaGap),
  units: z.array(ZPlanUnitGap),
  violations: z.array(ZPlanViolation),
  /** Whether the result was edited by hand after the last optimisation. */
  edited: z.boolean(),
});
export type TPlanDetail = z.infer<typeof ZPlanDetail>;

export const ZPlanDocumentQuery = z.object({ lang: ZLocale.optional() });
