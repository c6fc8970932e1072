// Tiny instances with hand-computed optima, shared by the tests.
import type { TCourse, TGroup, TPlanningInstance } from './contracts.js';

export function course(id: string, raises: Record<string, number>, extra: Partial<TCourse> = {}): TCourse {
  return { id, raises, days: 1, capacity: 10, minParticipants: 1, fixedCost: 100, costPerParticipant: 10, trainerDays: 1, ...extra };
}

export function group(id: string, size: number, gaps: Record<string, number>, extra: Partial<TGroup> = {}): TGroup {
  return { id, size, releaseDays: 100, gaps, ...extra };
}

export function instance(periods: string[], groups: TGroup[], courses: TCourse[], budget = 1e6): TPlanningInstance {
  const years = [...new Set(periods.map((p) => p.slice(0, p.indexOf('Q'))))];
  return {
    periods,
    budgets: Object.fromEntries(years.map((y) => [y, budget])),
    trainerDays: Object.fromEntries(periods.map((p) => [p, 100])),
    groups,
    courses,
  };
}

/** Greedy funds the cheap course first and is left with half a run of the valuable one: greedy 25, optimum 35. */
export const budgetBinding = instance(
  ['2017Q1'],
  [group('A', 10, { c1: 1 }, { weights: { c1: 3 } }), group('B', 10, { c2: 1 })],
  [course('k1', { c1: 1 }, { fixedCost: 500 }), course('k2', { c2: 1 }, { fixedCost: 50 })],
  700,
);

/** Only the 6 officers who fit the one basic run in Q1 may take the advanced course in Q2: optimum 6. */
export const prerequisite = instance(
  ['2017Q1', '2017Q2'],
  [group('A', 10, { adv: 1 })],
  [course('basic', { basic: 1 }, { capacity: 6, periods: ['2017Q1'], maxRunsPerPeriod: 1 }), course('adv', { adv: 1 }, { prerequisites: ['basic'] })],
);

/** Five useful officers cannot fill a run of minimum 8 alone; three officers with no gap fill it: optimum 5. */
export const minFill = instance(
  ['2017Q1'],
  [group('A', 5, { c: 1 }), group('B', 10, {})],
  [course('k', { c: 1 }, { capacity: 20, minParticipants: 8, costPerParticipant: 0 })],
  100,
);
