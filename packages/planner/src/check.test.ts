import { describe, expect, it } from 'vitest';
import { checkPlan } from './check.js';
import type { TRun } from './contracts.js';
import { course, group, instance } from './tiny.test-data.js';

const base = {
  ...instance(
    ['2017Q1', '2017Q2', '2018Q1'],
    [group('port', 12, { val: 2, hs: 1 }, { releaseDays: 20, weights: { val: 3 } }), group('hq', 6, { hs: 1 })],
    [
      course('intro', { val: 1 }, { capacity: 12, minParticipants: 4, days: 2 }),
      course('val', { val: 1 }, { prerequisites: ['intro'], eligibleGroups: ['port'], periods: ['2017Q2', '2018Q1'], maxRunsPerPeriod: 1, capacity: 8, minParticipants: 3, days: 2 }),
      course('hs', { hs: 1 }, { capacity: 20, minParticipants: 2, trainerDays: 5 }),
    ],
    3000,
  ),
  trainerDays: { '2017Q1': 6, '2017Q2': 10, '2018Q1': 10 },
  pinned: [{ course: 'hs', period: '2018Q1', count: 0 }],
  forbidden: [{ course: 'intro', period: '2018Q1' }],
};

const run = (course: string, period: string, count: number, participants: Record<string, number>): TRun => ({ course, period, count, participants });
const good = [run('intro', '2017Q1', 1, { port: 5 }), run('val', '2017Q2', 1, { port: 5 }), run('hs', '2017Q1', 1, { port: 2, hq: 6 })];

function violations(runs: TRun[]) {
  return checkPlan(base, { runs }).violations;
}

describe('checkPlan', () => {
  it('accepts a feasible plan and recomputes its objective', () => {
    const result = checkPlan(base, { runs: good });
    expect(result.violations).toEqual([]);
    // port: val min(24, 5 + 5) · 3 + hs min(12, 2) · 1; hq: hs min(6, 6)
    expect(result).toMatchObject({ feasible: true, objective: 30 + 2 + 6 });
  });

  it.each([
    ['capacity', [run('intro', '2017Q1', 1, { port: 12, hq: 6 })], /intro in 2017Q1: 18 participants exceed 1 runs × capacity 12/],
    ['min-fill', [run('intro', '2017Q1', 1, { hq: 3 })], /intro in 2017Q1: 3 participants are below 1 runs × minimum 4/],
    ['max-runs', [run('intro', '2017Q1', 1, { port: 5 }), run('val', '2017Q2', 2, { port: 5 })], /val in 2017Q2: 2 runs exceed the limit of 1/],
    ['period', [run('val', '2017Q1', 1, { port: 3 })], /val does not run in 2017Q1; its periods are 2017Q2, 2018Q1/],
    ['eligibility', [run('intro', '2017Q1', 1, { hq: 5 }), run('val', '2017Q2', 1, { hq: 3 })], /val in 2017Q2: group hq is not eligible/],
    ['budget', [run('intro', '2017Q2', 30, { port: 12 })], /2017: runs cost 3,120 but the budget is 3,000/],
    ['trainer-days', [run('hs', '2017Q1', 2, { port: 2, hq: 2 })], /2017Q1: runs need 10 trainer-days but 6 are available/],
    ['release', [run('intro', '2017Q1', 1, { port: 11 })], /port in 2017Q1: training takes 22 participant-days but the group can release 20/],
    ['once', [run('hs', '2017Q1', 1, { hq: 4 }), run('hs', '2017Q2', 1, { hq: 4 })], /hq: 8 participants in hs exceed the group's 6 officers/],
    ['prerequisite', [run('intro', '2017Q2', 1, { port: 4 }), run('val', '2017Q2', 1, { port: 4 })], /port: 4 officers take val by 2017Q2 but only 0 completed its prerequisite intro before that period/],
    ['pinned', [run('hs', '2018Q1', 1, { port: 2 })], /hs in 2018Q1 is pinned to 0 runs but the plan has 1/],
    ['forbidden', [run('intro', '2018Q1', 1, { port: 4 })], /intro may not run in 2018Q1 \(forbidden\)/],
    ['integer', [run('intro', '2017Q1', 1, { port: 4.5 })], /4.5 participants from port is not a whole number/],
    ['unknown', [run('nope', '2017Q1', 1, { port: 4 })], /A run names unknown course "nope"/],
  ] as const)('reports %s with a sentence naming the thing', (code, runs, message) => {
    const found = violations([...runs]);
    const match = found.find((v) => v.code === code);
    expect(match, JSON.stringify(found)).toBeDefined();
    expect(match!.message).toMatch(message);
  });

  it('names the course, period, group or year of a violation in fields too', () => {
    const [v] = violations([run('intro', '2017Q1', 1, { port: 11 })]);
    expect(v).toMatchObject({ code: 'release', group: 'port', period: '2017Q1' });
    const budget = violations([run('intro', '2017Q2', 30, { port: 12 })]).find((x) => x.code === 'budget');
    expect(budget).toMatchObject({ year: '2017' });
  });
});
