import type { TFunctionalArea, TPlanDetail, TPlanSettings, TPlanViolation } from '@formasaun/shared';

/** What the screens derive from a plan: the timeline grid, totals and the comparison of two plans. Pure, so it is unit-tested. */

export interface CourseInfo {
  courseId: string;
  code: string;
  titleEn: string;
  titlePt: string;
  functionalArea: TFunctionalArea | null;
}

export interface TimelineCell {
  count: number;
  participants: number;
  /** The pinned run count (0 = forbidden), or null when the optimiser is free here. */
  pin: number | null;
  hasViolation: boolean;
}

export interface TimelineRow extends CourseInfo {
  cells: Record<string, TimelineCell>;
  runs: number;
  participants: number;
}

export interface PeriodTotal {
  period: string;
  runs: number;
  participants: number;
  trainerDaysUsed: number | null;
  trainerDaysAvailable: number | null;
}

export const EMPTY_CELL: TimelineCell = { count: 0, participants: 0, pin: null, hasViolation: false };

const violationKey = (course: string, period: string) => `${course}\u0000${period}`;

/** Violations that name a course and a period, keyed by every name the course may go by (id or code). */
function violatedCells(violations: readonly TPlanViolation[]): Set<string> {
  const out = new Set<string>();
  for (const v of violations) if (v.course && v.period) out.add(violationKey(v.course, v.period));
  return out;
}

/**
 * One row per course that runs, is pinned or is forbidden; courses missing from the result are named from
 * `known` (the catalogue), or by their id when the catalogue cannot be read.
 */
export function timelineRows(plan: TPlanDetail, known: ReadonlyMap<string, CourseInfo> = new Map()): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  const rowOf = (info: CourseInfo) => {
    let row = rows.get(info.courseId);
    if (!row) {
      row = { ...info, cells: {}, runs: 0, participants: 0 };
      rows.set(info.courseId, row);
    }
    return row;
  };
  const cellOf = (row: TimelineRow, period: string) => (row.cells[period] ??= { ...EMPTY_CELL });
  const violated = violatedCells(plan.violations);

  for (const run of plan.runs) {
    const row = rowOf({ courseId: run.courseId, code: run.courseCode, titleEn: run.titleEn, titlePt: run.titlePt, functionalArea: run.functionalArea });
    const cell = cellOf(row, run.period);
    cell.count += run.count;
    cell.participants += run.totalParticipants;
    row.runs += run.count;
    row.participants += run.totalParticipants;
  }
  for (const pin of plan.pins) {
    const info = known.get(pin.courseId) ?? { courseId: pin.courseId, code: pin.courseId.slice(0, 8), titleEn: '', titlePt: '', functionalArea: null };
    cellOf(rowOf(info), pin.period).pin = pin.count;
  }
  for (const row of rows.values()) {
    for (const [period, cell] of Object.entries(row.cells)) {
      cell.hasViolation = violated.has(violationKey(row.courseId, period)) || violated.has(violationKey(row.code, period));
    }
    // A violation on a cell without runs (e.g. a forbidden run the edit kept) still needs a cell to show it on.
    for (const period of plan.periods) {
      if (!row.cells[period] && (violated.has(violationKey(row.courseId, period)) || violated.has(violationKey(row.code, period)))) {
        row.cells[period] = { ...EMPTY_CELL, hasViolation: true };
      }
    }
  }
  return [...rows.values()].sort((a, b) => (a.functionalArea ?? '~').localeCompare(b.functionalArea ?? '~') || a.code.localeCompare(b.code));
}

export function periodTotals(plan: TPlanDetail): PeriodTotal[] {
  return plan.periods.map((period) => {
    const runs = plan.runs.filter((r) => r.period === period);
    const trainer = plan.trainerDays[period];
    return {
      period,
      runs: runs.reduce((s, r) => s + r.count, 0),
      participants: runs.reduce((s, r) => s + r.totalParticipants, 0),
      trainerDaysUsed: trainer?.used ?? null,
      trainerDaysAvailable: trainer?.available ?? null,
    };
  });
}

/** "2017Q3" → { year: "2017", quarter: 3 }. */
export function splitPeriod(period: string): { year: string; quarter: number } {
  const [year = period, q = ''] = period.split('Q');
  return { year, quarter: Number(q) || 0 };
}

/** Relative distance of the best plan from the proven bound, in %; null when either is unknown. */
export function gapToBound(objective: number | null, bound: number | null): number | null {
  if (objective === null || bound === null) return null;
  if (bound <= 0) return objective >= bound ? 0 : null;
  return Math.max(0, ((bound - objective) / bound) * 100);
}

/** Share of the weighted gap before the plan that the plan closes, in %; null when there was no gap. */
export function closedShare(items: readonly { gapBefore: number; gapClosed: number }[]): number | null {
  const before = items.reduce((s, i) => s + i.gapBefore, 0);
  if (before <= 0) return null;
  return (items.reduce((s, i) => s + i.gapClosed, 0) / before) * 100;
}

export interface PlanFigures {
  objective: number | null;
  closedShare: number | null;
  runs: number;
  participants: number;
  totalCost: number;
  costByYear: Record<string, number>;
  /** Allocated, all years together, by source id. */
  costBySource: Record<string, number>;
  gapClosedByArea: Partial<Record<TFunctionalArea, number>>;
  courseIds: Set<string>;
}

export function planFigures(plan: TPlanDetail): PlanFigures {
  const costByYear: Record<string, number> = {};
  for (const y of plan.years) costByYear[y.year] = y.cost;
  const costBySource: Record<string, number> = {};
  for (const s of plan.sources) costBySource[s.sourceId] = Object.values(s.byYear).reduce((sum, y) => sum + y.allocated, 0);
  const gapClosedByArea: Partial<Record<TFunctionalArea, number>> = {};
  for (const a of plan.areas) gapClosedByArea[a.functionalArea] = (gapClosedByArea[a.functionalArea] ?? 0) + a.gapClosed;
  return {
    objective: plan.objective,
    closedShare: closedShare(plan.areas),
    runs: plan.runs.reduce((s, r) => s + r.count, 0),
    participants: plan.runs.reduce((s, r) => s + r.totalParticipants, 0),
    totalCost: plan.totalCost ?? plan.years.reduce((s, y) => s + y.cost, 0),
    costByYear,
    costBySource,
    gapClosedByArea,
    courseIds: new Set(plan.runs.filter((r) => r.count > 0).map((r) => r.courseId)),
  };
}

/** Courses that run in one plan and not in the other, each named once, sorted by code. */
export function courseDifference(a: TPlanDetail, b: TPlanDetail): { onlyA: CourseInfo[]; onlyB: CourseInfo[] } {
  const courses = (plan: TPlanDetail) => {
    const out = new Map<string, CourseInfo>();
    for (const r of plan.runs) {
      if (r.count > 0 && !out.has(r.courseId)) {
        out.set(r.courseId, { courseId: r.courseId, code: r.courseCode, titleEn: r.titleEn, titlePt: r.titlePt, functionalArea: r.functionalArea });
      }
    }
    return out;
  };
  const inA = courses(a);
  const inB = courses(b);
  const only = (x: Map<string, CourseInfo>, y: Map<string, CourseInfo>) => [...x.values()].filter((c) => !y.has(c.courseId)).sort((p, q) => p.code.localeCompare(q.code));
  return { onlyA: only(inA, inB), onlyB: only(inB, inA) };
}

/** Sorted union of keys, e.g. the years or sources two plans span. */
export function unionKeys(...records: readonly Record<string, unknown>[]): string[] {
  return [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
}

export type Preset = 'budgetCut' | 'donorWithdraws' | 'moreTrainers' | 'custom';
export const SCENARIO_PRESETS: readonly Preset[] = ['budgetCut', 'donorWithdraws', 'moreTrainers', 'custom'];

/** The settings a preset starts from: the plan's own, with the one change the preset names. */
export function presetSettings(preset: Preset, base: TPlanSettings): TPlanSettings {
  switch (preset) {
    case 'budgetCut':
      return { ...base, budgetFactor: Math.round(base.budgetFactor * 0.8 * 1000) / 1000 };
    case 'moreTrainers':
      return { ...base, trainerDaysFactor: Math.round(base.trainerDaysFactor * 1.25 * 1000) / 1000 };
    case 'donorWithdraws':
    case 'custom':
      return { ...base };
  }
}
