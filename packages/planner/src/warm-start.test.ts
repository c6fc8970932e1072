import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import type { TRun } from './contracts.js';
import { randomInstance } from './random.test-data.js';
import { solvePlan, solvePlanInProcess } from './solve.js';
import { budgetBinding } from './tiny.test-data.js';

describe('warm start', () => {
  it('returns a start better than what the solver finds in a tiny time budget', async () => {
    const inst = randomInstance(2, { groups: 20, courses: 40, years: 2, comps: 20 });
    const good = await solvePlanInProcess(inst, { timeLimitSeconds: 4 });
    const rushed = await solvePlanInProcess(inst, { timeLimitSeconds: 0.01 });
    expect(good.objective).toBeGreaterThan(rushed.objective);
    const plan = await solvePlanInProcess(inst, { timeLimitSeconds: 0.01, start: { runs: good.runs } });
    expect(checkPlan(inst, plan).violations).toEqual([]);
    expect(plan.objective).toBeGreaterThanOrEqual(good.objective - 1e-9);
  }, 20_000);

  it('ignores an infeasible start (over budget), also through the worker', async () => {
    const overBudget: TRun[] = [
      { course: 'k1', period: '2017Q1', count: 1, participants: { A: 10 } },
      { course: 'k2', period: '2017Q1', count: 1, participants: { B: 10 } },
    ];
    expect(checkPlan(budgetBinding, { runs: overBudget }).objective).toBe(40);
    const plan = await solvePlan(budgetBinding, { timeLimitSeconds: 10, start: { runs: overBudget } });
    expect(plan).toMatchObject({ status: 'optimal', objective: 35 });
    expect(checkPlan(budgetBinding, plan).violations).toEqual([]);
  });
});
