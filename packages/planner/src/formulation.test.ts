import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import { greedyPlan } from './greedy.js';
import { solvePlanInProcess } from './solve.js';
import { budgetBinding, course, group, instance, minFill, prerequisite } from './tiny.test-data.js';

const solve = (inst: Parameters<typeof solvePlanInProcess>[0]) => solvePlanInProcess(inst, { timeLimitSeconds: 10 });

describe('the formulation on tiny instances with known optima', () => {
  it('beats the hand rule when the budget binds (optimum 35, greedy 25)', async () => {
    expect(greedyPlan(budgetBinding).objective).toBeCloseTo(25, 6);
    const plan = await solve(budgetBinding);
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(35, 6);
    expect(plan.bound).toBeCloseTo(35, 6);
    expect(checkPlan(budgetBinding, plan)).toMatchObject({ feasible: true, objective: plan.objective });
  });

  it('lets only those who completed the prerequisite earlier take the advanced course (optimum 6)', async () => {
    const plan = await solve(prerequisite);
    expect(plan).toMatchObject({ status: 'optimal' });
    expect(plan.objective).toBeCloseTo(6, 6);
    expect(plan.bound).toBeCloseTo(6, 6);
    expect(plan.runs.find((r) => r.course === 'adv')).toMatchObject({ period: '2017Q2', participants: { A: 6 } });
  });

  it('fills a run to its minimum with officers who gain nothing (optimum 5)', async () => {
    const plan = await solve(minFill);
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(5, 6);
    expect(plan.runs).toEqual([{ course: 'k', period: '2017Q1', count: 1, participants: { A: 5, B: 3 } }]);
  });

  it('proves that nothing can be done when the minimum cannot be reached (optimum 0)', async () => {
    const alone = { ...minFill, groups: [minFill.groups[0]!] };
    const plan = await solve(alone);
    expect(plan).toMatchObject({ status: 'optimal', objective: 0, runs: [] });
    expect(plan.bound).toBeCloseTo(0, 6);
  });

  it('never closes more than the gap: u is capped at size · gap', async () => {
    const inst = instance(['2017Q1', '2017Q2'], [group('A', 10, { c: 0.5 })], [course('k1', { c: 1 }), course('k2', { c: 1 })]);
    const plan = await solve(inst);
    expect(plan.objective).toBeCloseTo(5, 6);
    expect(plan.status).toBe('optimal');
  });

  it('honours pins and forbidden runs, and refuses pins that cannot all be met', async () => {
    const pinned = { ...budgetBinding, pinned: [{ course: 'k2', period: '2017Q1', count: 1 }] };
    const plan = await solve(pinned);
    expect(plan.runs.find((r) => r.course === 'k2')?.count).toBe(1);
    expect(plan.objective).toBeCloseTo(35, 6);
    expect(checkPlan(pinned, plan).feasible).toBe(true);
    const none = { ...budgetBinding, pinned: [{ course: 'k2', period: '2017Q1', count: 0 }] };
    expect((await solve(none)).objective).toBeCloseTo(30, 6);
    const forbidden = { ...budgetBinding, forbidden: [{ course: 'k1', period: '2017Q1' }] };
    expect((await solve(forbidden)).objective).toBeCloseTo(10, 6);
    const tooMany = { ...budgetBinding, pinned: [{ course: 'k1', period: '2017Q1', count: 2 }] };
    const refused = await solve(tooMany);
    expect(refused.status).toBe('infeasible-input');
    expect(refused.runs).toEqual([]);
    expect(refused.errors?.[0]?.path).toBe('pinned[0]');
    expect(refused.errors?.[0]?.message).toContain('k1');
  });
});
