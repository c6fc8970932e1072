// A parsed instance turned into dense indices and arrays, shared by the check, the greedy rule and the solver.
import type { TCourse, TGroup, TPlanningInstance } from './contracts.js';
import { yearOf } from './parse.js';

export interface Indexed {
  inst: TPlanningInstance;
  periods: string[];
  years: string[];
  yearOfPeriod: number[];
  groups: TGroup[];
  courses: TCourse[];
  comps: string[];
  periodIndex: Map<string, number>;
  groupIndex: Map<string, number>;
  courseIndex: Map<string, number>;
  /** Per course, the competencies it raises (index, levels) with levels > 0. */
  raises: { c: number; r: number }[][];
  /** Per course, the eligible group indices. */
  eligible: number[][];
  isEligible: Uint8Array; // [k * G + g]
  /** [k * P + p]: 1 when the course may run in the period (allowed, not forbidden). */
  allowed: Uint8Array;
  /** [k * P + p]: the pinned run count, or -1. */
  pinned: Int32Array;
  maxRuns: number[];
  /** Per course, runs allowed per calendar year (Infinity when absent). */
  maxRunsPerYear: number[];
  /** [p]: the calendar year of each period, which pooled or aggregated views keep even when they merge `years`. */
  calendarYear: string[];
  prereq: number[][];
  /** [g * C + c]: size · gap, the most officer-levels that can be closed. */
  cap: Float64Array;
  /** [g * C + c]: weight (1 when missing). */
  weight: Float64Array;
  budget: number[];
  trainerDays: number[];
}

export function indexInstance(inst: TPlanningInstance): Indexed {
  const periods = inst.periods;
  const P = periods.length;
  const years: string[] = [];
  const yearOfPeriod = periods.map((p) => {
    const y = yearOf(p);
    if (!years.includes(y)) years.push(y);
    return years.indexOf(y);
  });
  const periodIndex = new Map(periods.map((p, i) => [p, i]));
  const groupIndex = new Map(inst.groups.map((g, i) => [g.id, i]));
  const courseIndex = new Map(inst.courses.map((c, i) => [c.id, i]));
  const compIndex = new Map<string, number>();
  const comp = (id: string) => {
    let i = compIndex.get(id);
    if (i === undefined) compIndex.set(id, (i = compIndex.size));
    return i;
  };
  const raises = inst.courses.map((k) =>
    Object.entries(k.raises)
      .filter(([, r]) => r > 0)
      .map(([c, r]) => ({ c: comp(c), r })),
  );
  for (const g of inst.groups) for (const c of Object.keys(g.gaps)) comp(c);
  const C = compIndex.size;
  const G = inst.groups.length;
  const K = inst.courses.length;
  const cap = new Float64Array(G * C);
  const weight = new Float64Array(G * C).fill(1);
  inst.groups.forEach((g, gi) => {
    for (const [c, gap] of Object.entries(g.gaps)) cap[gi * C + comp(c)] = g.size * gap;
    for (const [c, w] of Object.entries(g.weights ?? {})) if (compIndex.has(c)) weight[gi * C + comp(c)] = w;
  });
  const isEligible = new Uint8Array(K * G);
  const eligible = inst.courses.map((k, ki) => {
    const list = k.eligibleGroups ? k.eligibleGroups.map((id) => groupIndex.get(id)!).filter((g) => g !== undefined) : inst.groups.map((_, g) => g);
    for (const g of list) isEligible[ki * G + g] = 1;
    return [...new Set(list)].sort((a, b) => a - b);
  });
  const allowed = new Uint8Array(K * P);
  const pinned = new Int32Array(K * P).fill(-1);
  inst.courses.forEach((k, ki) => {
    const ok = k.periods ? new Set(k.periods) : null;
    periods.forEach((p, pi) => (allowed[ki * P + pi] = !ok || ok.has(p) ? 1 : 0));
  });
  for (const f of inst.forbidden ?? []) {
    const k = courseIndex.get(f.course);
    const p = periodIndex.get(f.period);
    if (k !== undefined && p !== undefined) allowed[k * P + p] = 0;
  }
  for (const pin of inst.pinned ?? []) {
    const k = courseIndex.get(pin.course);
    const p = periodIndex.get(pin.period);
    if (k === undefined || p === undefined) continue;
    pinned[k * P + p] = pin.count;
    if (pin.count === 0) allowed[k * P + p] = 0;
  }
  return {
    inst,
    periods,
    years,
    yearOfPeriod,
    groups: inst.groups,
    courses: inst.courses,
    comps: [...compIndex.keys()],
    periodIndex,
    groupIndex,
    courseIndex,
    raises,
    eligible,
    isEligible,
    allowed,
    pinned,
    maxRuns: inst.courses.map((k) => k.maxRunsPerPeriod ?? Number.POSITIVE_INFINITY),
    maxRunsPerYear: inst.courses.map((k) => k.maxRunsPerYear ?? Number.POSITIVE_INFINITY),
    calendarYear: periods.map(yearOf),
    prereq: inst.courses.map((k) => [...new Set((k.prerequisites ?? []).map((j) => courseIndex.get(j)!).filter((j) => j !== undefined))]),
    cap,
    weight,
    budget: years.map((y) => inst.budgets[y] ?? 0),
    trainerDays: periods.map((p) => inst.trainerDays[p] ?? 0),
  };
}

/** Objective of PLANNING.md from participant totals per group and course: Σ w · min(size · gap, Σ raises · y). */
export function objectiveOf(ix: Indexed, totals: Float64Array): number {
  const C = ix.comps.length;
  const K = ix.courses.length;
  const reached = new Float64Array(ix.groups.length * C);
  for (let g = 0; g < ix.groups.length; g += 1) {
    for (let k = 0; k < K; k += 1) {
      const n = totals[g * K + k]!;
      if (n > 0) for (const { c, r } of ix.raises[k]!) reached[g * C + c] = reached[g * C + c]! + r * n;
    }
  }
  let total = 0;
  for (let i = 0; i < reached.length; i += 1) total += ix.weight[i]! * Math.min(ix.cap[i]!, reached[i]!);
  return total;
}
