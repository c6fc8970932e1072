import { describe, expect, it } from 'vitest';
import { parseInstance } from './parse.js';
import { budgetBinding, course, group, instance } from './tiny.test-data.js';

function errorsOf(json: unknown) {
  const result = parseInstance(json);
  if (result.ok) throw new Error('expected the instance to be refused');
  return result.errors;
}

describe('parseInstance', () => {
  it('accepts a valid instance', () => {
    expect(parseInstance(budgetBinding)).toEqual({ ok: true, instance: budgetBinding });
  });

  it('refuses a negative group size, naming the field', () => {
    const bad = { ...budgetBinding, groups: [budgetBinding.groups[0], { ...budgetBinding.groups[1]!, size: -3 }] };
    expect(errorsOf(bad)).toEqual([expect.objectContaining({ path: 'groups[1].size' })]);
  });

  it('refuses negative costs and days', () => {
    const bad = { ...budgetBinding, courses: [{ ...budgetBinding.courses[0]!, fixedCost: -1, days: -2 }] };
    expect(errorsOf(bad).map((e) => e.path).sort()).toEqual(['courses[0].days', 'courses[0].fixedCost']);
  });

  it('refuses an unknown prerequisite', () => {
    const bad = instance(['2017Q1'], [group('A', 3, {})], [course('a', {}), course('b', {}, { prerequisites: ['a', 'ghost'] })]);
    expect(errorsOf(bad)).toEqual([{ path: 'courses[1].prerequisites[1]', message: 'course "b" requires unknown course "ghost"' }]);
  });

  it('refuses cyclic prerequisites and names the cycle', () => {
    const bad = instance(['2017Q1'], [group('A', 3, {})], [
      course('a', {}, { prerequisites: ['c'] }),
      course('b', {}, { prerequisites: ['a'] }),
      course('c', {}, { prerequisites: ['b'] }),
    ]);
    const [e] = errorsOf(bad);
    expect(e!.path).toMatch(/^courses\[\d\]\.prerequisites$/);
    expect(e!.message).toMatch(/cyclic prerequisites: (a → c → b → a|b → a → c → b|c → b → a → c)/);
  });

  it('refuses a period whose year has no budget, once per year', () => {
    const bad = { ...budgetBinding, periods: ['2017Q1', '2018Q1', '2018Q2'], trainerDays: { '2017Q1': 1, '2018Q1': 1, '2018Q2': 1 } };
    expect(errorsOf(bad)).toEqual([{ path: 'budgets.2018', message: 'budgets.2018 is missing (period 2018Q1 falls in 2018)' }]);
  });

  it('refuses missing trainer-days, unknown periods and groups, and duplicate ids', () => {
    const bad = {
      ...budgetBinding,
      trainerDays: {},
      courses: [course('k', {}, { periods: ['2020Q1'], eligibleGroups: ['nobody'] }), course('k', {})],
    };
    expect(errorsOf(bad).map((e) => e.path)).toEqual(['courses[1]', 'trainerDays.2017Q1', 'courses[0].eligibleGroups[0]', 'courses[0].periods[0]']);
  });

  it('refuses a course whose capacity is below its minimum fill', () => {
    const bad = instance(['2017Q1'], [group('A', 3, {})], [course('k', {}, { capacity: 5, minParticipants: 8 })]);
    expect(errorsOf(bad)).toEqual([{ path: 'courses[0].capacity', message: 'course "k": capacity 5 is below its minimum of 8 participants' }]);
  });

  it('refuses pins on unknown courses or beyond the run limit', () => {
    const bad = { ...budgetBinding, pinned: [{ course: 'ghost', period: '2017Q1', count: 1 }, { course: 'k1', period: '2017Q1', count: 3 }] };
    const withLimit = { ...bad, courses: [{ ...budgetBinding.courses[0]!, maxRunsPerPeriod: 2 }, budgetBinding.courses[1]!] };
    expect(errorsOf(withLimit).map((e) => e.path)).toEqual(['pinned[0].course', 'pinned[1].count']);
  });
});
