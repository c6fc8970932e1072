import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import { greedyPlan } from './greedy.js';
import { randomInstance } from './random.test-data.js';
import { solvePlanInProcess } from './solve.js';

describe('every plan is feasible (fast-check over random instances)', () => {
  it('greedyPlan and solvePlanInProcess pass checkPlan, and the solver never falls below the greedy rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.record({ groups: fc.integer({ min: 1, max: 5 }), courses: fc.integer({ min: 1, max: 6 }), years: fc.integer({ min: 1, max: 2 }), comps: fc.integer({ min: 1, max: 5 }) }),
        async (seed, size) => {
          const inst = randomInstance(seed, size);
          const greedy = greedyPlan(inst);
          const greedyCheck = checkPlan(inst, greedy);
          expect(greedyCheck.violations).toEqual([]);
          expect(greedyCheck.objective).toBeCloseTo(greedy.objective, 6);
          const plan = await solvePlanInProcess(inst, { timeLimitSeconds: 2 });
          const check = checkPlan(inst, plan);
          expect(check.violations).toEqual([]);
          expect(check.objective).toBeCloseTo(plan.objective, 6);
          expect(plan.objective).toBeGreaterThanOrEqual(greedy.objective - 1e-9);
          if (plan.bound !== undefined) expect(plan.bound).toBeGreaterThanOrEqual(plan.objective - 1e-6);
        },
      ),
      { numRuns: 40, seed: 20170117 },
    );
  }, 30_000);
});
