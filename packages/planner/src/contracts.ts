// The planning contract of shared/PLANNING.md as zod schemas, plus the optional extras (pins, forbidden runs, stats).
import { z } from 'zod';

const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();
const levels = z.record(z.string(), nonNegative);

export const ZGroup = z.object({
  id: z.string().min(1),
  size: count,
  releaseDays: nonNegative,
  gaps: levels,
  weights: levels.optional(),
});

export const ZCourse = z.object({
  id: z.string().min(1),
  raises: levels,
  days: nonNegative,
  capacity: z.number().int().positive(),
  minParticipants: count,
  fixedCost: nonNegative,
  costPerParticipant: nonNegative,
  trainerDays: nonNegative,
  eligibleGroups: z.array(z.string()).optional(),
  prerequisites: z.array(z.string()).optional(),
  periods: z.array(z.string()).optional(),
  maxRunsPerPeriod: count.optional(),
  /** Optional extra: runs per calendar year (all its periods together); absent = no limit. */
  maxRunsPerYear: count.optional(),
});

export const ZPin = z.object({ course: z.string(), period: z.string(), count });
export const ZForbidden = z.object({ course: z.string(), period: z.string() });

export const ZPlanningInstance = z.object({
  periods: z.array(z.string().min(1)).min(1),
  budgets: z.record(z.string(), nonNegative),
  trainerDays: z.record(z.string(), nonNegative),
  groups: z.array(ZGroup),
  courses: z.array(ZCourse),
  /** Run counts fixed exactly by a planner; count 0 forbids the run. */
  pinned: z.array(ZPin).optional(),
  forbidden: z.array(ZForbidden).optional(),
});
export type TPlanningInstance = z.infer<typeof ZPlanningInstance>;
export type TGroup = z.infer<typeof ZGroup>;
export type TCourse = z.infer<typeof ZCourse>;

export const ZRun = z.object({
  course: z.string(),
  period: z.string(),
  count: z.number(),
  participants: z.record(z.string(), z.number()),
});
export type TRun = z.infer<typeof ZRun>;

export const ZPlanStatus = z.enum(['optimal', 'feasible', 'infeasible-input']);
export type TPlanStatus = z.infer<typeof ZPlanStatus>;

export const ZPlanStats = z
  .object({
    seconds: z.number(),
    greedyObjective: z.number().optional(),
    lpBound: z.number().optional(),
    phases: z.array(z.object({ phase: z.string(), seconds: z.number(), objective: z.number().nullable() })).optional(),
  })
  .passthrough();

export const ZPlan = z.object({
  runs: z.array(ZRun),
  objective: z.number(),
  bound: z.number().optional(),
  status: ZPlanStatus,
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  stats: ZPlanStats.optional(),
});
export type TPlan = z.infer<typeof ZPlan>;

export type TInputError = { path: string; message: string };

export type TViolationCode =
  | 'capacity'
  | 'min-fill'
  | 'max-runs'
  | 'max-runs-per-year'
  | 'period'
  | 'eligibility'
  | 'budget'
  | 'trainer-days'
  | 'release'
  | 'once'
  | 'prerequisite'
  | 'pinned'
  | 'forbidden'
  | 'integer'
  | 'unknown';

export interface TViolation {
  code: TViolationCode;
  /** A plain English sentence naming the course, period, group or year with the numbers. */
  message: string;
  course?: string;
  period?: string;
  group?: string;
  year?: string;
}

export interface TProgress {
  elapsedSeconds: number;
  objective: number | null;
  bound: number | null;
  phase: string;
}

export interface TSolveOptions {
  timeLimitSeconds: number;
  onProgress?: (p: TProgress) => void;
  signal?: AbortSignal;
  /** Stop as soon as the plan is proven within this relative gap of the bound (default 0.005). */
  mipRelGap?: number;
  /** A plan to start from (e.g. the stored one when re-optimising): used as the first incumbent when it passes checkPlan. */
  start?: { runs: TRun[] };
}
