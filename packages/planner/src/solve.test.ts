import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import type { TProgress } from './contracts.js';
import { greedyPlan } from './greedy.js';
import { randomInstance } from './random.test-data.js';
import { solvePlan } from './solve.js';
import { budgetBinding } from './tiny.test-data.js';

describe('solvePlan in a worker thread', () => {
  it('solves a small instance to optimality off the main thread', async () => {
    const plan = await solvePlan(budgetBinding, { timeLimitSeconds: 10 });
    expect(plan).toMatchObject({ status: 'optimal', objective: 35, bound: 35 });
  });

  it('reports progress at least every second and honours abort with the best feasible plan so far', async () => {
    const inst = randomInstance(2, { groups: 20, courses: 40, years: 2, comps: 20 });
    const progress: TProgress[] = [];
    const controller = new AbortController();
    const started = performance.now();
    const pending = solvePlan(inst, {
      timeLimitSeconds: 60,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        // Abort once a bound is proven and two seconds have passed: the moment depends on the work, not the machine's speed.
        if (p.bound !== null && p.elapsedSeconds > 2) controller.abort();
      },
    });
    const safety = setTimeout(() => controller.abort(), 15_000);
    const plan = await pending;
    clearTimeout(safety);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    expect(plan.status).toBe('feasible');
    expect(checkPlan(inst, plan).violations).toEqual([]);
    expect(plan.objective).toBeGreaterThanOrEqual(greedyPlan(inst).objective);
    const times = progress.map((p) => p.elapsedSeconds);
    for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeLessThan(1);
    expect(times.at(-1)).toBeGreaterThan(2);
    expect(progress.some((p) => p.objective !== null && p.bound !== null)).toBe(true);
  }, 30_000);

  it('refuses bad input without starting a worker', async () => {
    const plan = await solvePlan({ ...budgetBinding, budgets: {} }, { timeLimitSeconds: 5 });
    expect(plan).toMatchObject({ status: 'infeasible-input', runs: [], errors: [{ path: 'budgets.2017' }] });
  });
});
