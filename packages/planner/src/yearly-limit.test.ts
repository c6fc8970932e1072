import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import type { TPlanningInstance, TRun } from './contracts.js';
import { greedyPlan } from './greedy.js';
import { parseInstance } from './parse.js';
import { solvePlanInProcess } from './solve.js';
import { course, group, instance } from './tiny.test-data.js';

const QUARTERS = ['2018Q1', '2018Q2', '2018Q3', '2018Q4', '2019Q1', '2019Q2', '2019Q3', '2019Q4'];
/** 100 officers, each run seats 10: without the limit every quarter would run; with it, two runs a year. */
const limited: TPlanningInstance = instance(QUARTERS, [group('A', 100, { c: 1 })], [course('k', { c: 1 }, { maxRunsPerYear: 2 })]);
const run = (period: string, count: number, n: number): TRun => ({ course: 'k', period, count, participants: { A: n } });

function runsPerYear(runs: TRun[]) {
  const out: Record<string, number> = {};
  for (const r of runs) out[r.period.slice(0, 4)] = (out[r.period.slice(0, 4)] ?? 0) + r.count;
  return out;
}

describe('maxRunsPerYear', () => {
  it('is parsed as an optional whole number ≥ 0', () => {
    expect(parseInstance(limited).ok).toBe(true);
    for (const bad of [-1, 1.5]) {
      const result = parseInstance({ ...limited, courses: [{ ...limited.courses[0]!, maxRunsPerYear: bad }] });
      expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ path: 'courses[0].maxRunsPerYear' })]);
    }
  });

  it('refuses pins above the yearly limit', () => {
    const pinned = { ...limited, pinned: [{ course: 'k', period: '2018Q1', count: 2 }, { course: 'k', period: '2018Q3', count: 1 }] };
    const result = parseInstance(pinned);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'courses[0].maxRunsPerYear', message: 'course "k" is pinned to 3 runs in 2018 but allows at most 2 a year' },
    ]);
  });

  it('is enforced by checkPlan per calendar year, in words', () => {
    expect(checkPlan(limited, { runs: [run('2018Q1', 1, 10), run('2018Q4', 1, 10), run('2019Q2', 2, 20)] }).violations).toEqual([]);
    const { violations } = checkPlan(limited, { runs: [run('2018Q1', 2, 20), run('2018Q2', 1, 10), run('2019Q1', 1, 10)] });
    expect(violations).toEqual([
      { code: 'max-runs-per-year', message: 'course "k" runs 3 times in 2018 but allows at most 2 a year', course: 'k', year: '2018' },
    ]);
  });

  it('is honoured by the greedy rule', () => {
    const plan = greedyPlan(limited);
    expect(checkPlan(limited, plan).violations).toEqual([]);
    expect(runsPerYear(plan.runs)).toEqual({ 2018: 2, 2019: 2 });
    expect(plan.objective).toBe(40);
  });

  it('is honoured by the optimiser, whose bound knows it too', async () => {
    const plan = await solvePlanInProcess(limited, { timeLimitSeconds: 10 });
    expect(checkPlan(limited, plan).violations).toEqual([]);
    expect(plan).toMatchObject({ status: 'optimal', objective: 40, bound: 40 });
  });

  it('allows no run at all with a limit of 0', () => {
    const none = { ...limited, courses: [{ ...limited.courses[0]!, maxRunsPerYear: 0 }] };
    expect(greedyPlan(none).runs).toEqual([]);
    expect(checkPlan(none, { runs: [run('2019Q3', 1, 10)] }).violations.map((v) => v.code)).toEqual(['max-runs-per-year']);
  });
});
