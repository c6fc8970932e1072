import { z } from 'zod';
import { optionalText, text, ZId } from './common.js';
import type { TFieldIssue } from './errors.js';
import { ZFunctionalArea, ZYear } from './resources.js';

/** Contracts of the strategy context: a strategy's goals → measurable objectives → KPIs with targets per year. */
export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;
export const ZKpiDirection = z.enum(KPI_DIRECTIONS);
export type TKpiDirection = z.infer<typeof ZKpiDirection>;

/** Longest strategy accepted: a plan horizon, not a wish list. */
export const MAX_STRATEGY_YEARS = 10;

const ZKpiValue = z.number().finite().min(-1e12).max(1e12);
/** Target value per calendar year, keyed "2017"; the years must lie within the strategy's years. */
export const ZKpiTargets = z.record(z.string().regex(/^\d{4}$/, 'a year such as 2017'), ZKpiValue);
export type TKpiTargets = z.infer<typeof ZKpiTargets>;

/** Issues for target years outside fromYear–toYear, each naming its key under `prefix` (e.g. "body.targets"). */
export function targetYearIssues(targets: TKpiTargets, fromYear: number, toYear: number, prefix: string): TFieldIssue[] {
  return Object.keys(targets)
    .filter((y) => Number(y) < fromYear || Number(y) > toYear)
    .sort()
    .map((y) => ({ path: `${prefix}.${y}`, message: `${y} is outside the strategy's years ${fromYear}–${toYear}` }));
}

const kpiFields = {
  name: text(200),
  /** "hours", "USD", "%", "count": the evaluation reports in this unit. */
  unit: text(40),
  baselineValue: ZKpiValue.nullish().transform((v) => v ?? null),
  baselineYear: ZYear.nullish().transform((v) => v ?? null),
  targets: ZKpiTargets.default({}),
  /** Where the figure comes from, e.g. "ASYCUDA World reports". */
  source: optionalText(500),
  direction: ZKpiDirection,
};
const baselineTogether = (k: { baselineValue?: number | null; baselineYear?: number | null }) =>
  (k.baselineValue === null || k.baselineValue === undefined) === (k.baselineYear === null || k.baselineYear === undefined);
const baselineMessage = { message: 'a baseline needs both a value and a year', path: ['baselineYear'] };

export const ZKpiInput = z.object(kpiFields).refine(baselineTogether, baselineMessage);
export type TKpiInput = z.input<typeof ZKpiInput>;
/** A field left out stays as it is; `targets`, when given, replaces the whole map. */
export const ZKpiUpdate = z.object({
  name: text(200).optional(),
  unit: text(40).optional(),
  baselineValue: ZKpiValue.nullable().optional(),
  baselineYear: ZYear.nullable().optional(),
  targets: ZKpiTargets.optional(),
  source: z.string().trim().max(500).nullable().optional(),
  direction: ZKpiDirection.optional(),
});
export type TKpiUpdate = z.infer<typeof ZKpiUpdate>;

export const ZObjectiveInput = z.object({
  title: text(300),
  description: optionalText(2000),
  /** Functional areas the objective concerns; empty = cross-cutting. */
  functionalAreas: z.array(ZFunctionalArea).max(40).default([]),
  kpis: z.array(ZKpiInput).max(50).default([]),
});
export type TObjectiveInput = z.input<typeof ZObjectiveInput>;
export const ZObjectiveUpdate = z.object({
  title: text(300).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  functionalAreas: z.array(ZFunctionalArea).max(40).optional(),
});
export type TObjectiveUpdate = z.infer<typeof ZObjectiveUpdate>;

export const ZGoalInput = z.object({
  title: text(300),
  description: optionalText(2000),
  objectives: z.array(ZObjectiveInput).max(30).default([]),
});
export type TGoalInput = z.input<typeof ZGoalInput>;
export const ZGoalUpdate = z.object({
  title: text(300).optional(),
  description: z.string().trim().max(2000).nullable().optional(),
});
export type TGoalUpdate = z.infer<typeof ZGoalUpdate>;
export const ZGoalOrder = z.object({ goalIds: z.array(ZId).min(1).max(100) });
export type TGoalOrder = z.infer<typeof ZGoalOrder>;

function checkYears(s: { fromYear?: number; toYear?: number }, ctx: z.RefinementCtx) {
  if (s.fromYear === undefined || s.toYear === undefined) return;
  if (s.toYear < s.fromYear) ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'must not be before fromYear' });
  else if (s.toYear - s.fromYear >= MAX_STRATEGY_YEARS) {
    ctx.addIssue({ code: 'custom', path: ['toYear'], message: `a strategy spans at most ${MAX_STRATEGY_YEARS} years` });
  }
}

/** A whole strategy in one call (goals, objectives and KPIs are optional): written in one transaction. */
export const ZStrategyInput = z
  .object({
    title: text(200),
    fromYear: ZYear,
    toYear: ZYear,
    vision: optionalText(4000),
    mission: optionalText(4000),
    goals: z.array(ZGoalInput).max(30).default([]),
  })
  .superRefine((s, ctx) => {
    checkYears(s, ctx);
    if (s.toYear < s.fromYear) return;
    s.goals.forEach((g, gi) =>
      g.objectives.forEach((o, oi) =>
        o.kpis.forEach((k, ki) => {
          for (const issue of targetYearIssues(k.targets, s.fromYear, s.toYear, `goals.${gi}.objectives.${oi}.kpis.${ki}.targets`)) {
            ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
          }
        }),
      ),
    );
  });
export type TStrategyInput = z.input<typeof ZStrategyInput>;
export const ZStrategyUpdate = z
  .object({
    title: text(200).optional(),
    fromYear: ZYear.optional(),
    toYear: ZYear.optional(),
    vision: z.string().trim().max(4000).nullable().optional(),
    mission: z.string().trim().max(4000).nullable().optional(),
  })
  .superRefine(checkYears);
export type TStrategyUpdate = z.infer<typeof ZStrategyUpdate>;

export const ZKpi = z.object({
  id: ZId,
  objectiveId: ZId,
  name: z.string(),
  unit: z.string(),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: z.record(z.string(), z.number()),
  source: z.string().nullable(),
  direction: ZKpiDirection,
  sort: z.number().int(),
});
export type TKpi = z.infer<typeof ZKpi>;

export const ZObjective = z.object({
  id: ZId,
  goalId: ZId,
  title: z.string(),
  description: z.string().nullable(),
  functionalAreas: z.array(ZFunctionalArea),
  sort: z.number().int(),
  kpis: z.array(ZKpi),
});
export type TObjective = z.infer<typeof ZObjective>;

export const ZGoal = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  description: z.string().nullable(),
  sort: z.number().int(),
  objectives: z.array(ZObjective),
});
export type TGoal = z.infer<typeof ZGoal>;

export const ZStrategy = z.object({
  id: ZId,
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  vision: z.string().nullable(),
  mission: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  goals: z.array(ZGoal),
});
export type TStrategy = z.infer<typeof ZStrategy>;

export const ZStrategySummary = z.object({
  id: ZId,
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  goalCount: z.number().int(),
  objectiveCount: z.number().int(),
  kpiCount: z.number().int(),
  updatedAt: z.string(),
});
export type TStrategySummary = z.infer<typeof ZStrategySummary>;
