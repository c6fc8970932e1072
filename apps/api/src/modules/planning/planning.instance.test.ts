import { ZPlanSettings } from '@formasaun/shared';
import { parseInstance } from '@formasaun/planner';
import { describe, expect, it } from 'vitest';
import { inputsChanged, inputsHash } from './planning.diff.js';
import { buildInstance, type PlanningInputs } from './planning.instance.js';
import type { PlanningCourse } from './planning.ports.js';

const categories = (fees: number) => ({ 'trainer-fees': fees, venue: 0, 'travel-per-diem': 0, materials: 0 });
const course = (id: string, code: string, extra: Partial<PlanningCourse> = {}): PlanningCourse => ({
  id,
  code,
  titleEn: `Course ${code}`,
  titlePt: `Curso ${code}`,
  functionalArea: 'valuation',
  raises: [{ competencyCode: 'valuation', levels: 1, toLevel: null }],
  days: 5,
  capacity: 20,
  minParticipants: 5,
  trainerDays: 5,
  fixedCost: 1000,
  costPerParticipant: 50,
  fixedCostByCategory: categories(1000),
  costPerParticipantByCategory: categories(50),
  eligiblePositionIds: [],
  prerequisiteIds: [],
  maxRunsPerYear: null,
  languages: [],
  ...extra,
});
const envelope = (id: string, year: number, amount: number, extra: Partial<PlanningInputs['envelopes'][number]> = {}) => ({
  id,
  sourceId: `src-${id}`,
  sourceName: `Source ${id}`,
  sourceKind: 'government',
  year,
  amount,
  status: 'secured' as const,
  functionalAreas: [],
  costCategories: [],
  ...extra,
});

function inputs(extra: Partial<PlanningInputs> = {}): PlanningInputs {
  return {
    fromYear: 2018,
    toYear: 2018,
    settings: ZPlanSettings.parse({}),
    needs: {
      campaign: { id: 'c', name: 'TNA 2017', closedAt: null },
      groups: [
        { id: 'port/examiner', size: 20, releaseDays: 0, gaps: { valuation: 2, hs: 0 }, weights: { valuation: 3, hs: 1 }, orgUnitId: 'u-port', positionId: 'p-exam', orgUnitName: 'Port', positionName: 'Examiner' },
        { id: 'border/guard', size: 10, releaseDays: 0, gaps: { valuation: 1 }, weights: { valuation: 1 }, orgUnitId: 'u-border', positionId: 'p-guard', orgUnitName: 'Border', positionName: 'Guard' },
      ],
      areaOf: { valuation: 'valuation', hs: 'tariff-classification' },
    },
    courses: [course('id-val', 'VAL-1'), course('id-adv', 'VAL-2', { prerequisiteIds: ['id-val', 'id-archived'], eligiblePositionIds: ['p-exam'] })],
    envelopes: [envelope('gov', 2018, 10_000), envelope('donor', 2018, 5_000, { status: 'pledged' })],
    trainerDays: { '2018Q1': 40, '2018Q2': 40, '2018Q3': 40, '2018Q4': 40 },
    release: { defaultShare: 0.1, daysPerQuarter: 60, byOrgUnit: { 'u-border': 0.2 } },
    pins: [],
    ...extra,
  };
}

describe('buildInstance', () => {
  it('builds the PLANNING.md instance: quarters, budgets, trainer-days, groups with release days, courses by code', () => {
    const { instance, inputErrors, snapshot } = buildInstance(inputs());
    expect(inputErrors).toEqual([]);
    expect(parseInstance(instance).ok).toBe(true);
    expect(instance.periods).toEqual(['2018Q1', '2018Q2', '2018Q3', '2018Q4']);
    expect(instance.budgets).toEqual({ '2018': 15_000 });
    expect(instance.trainerDays['2018Q3']).toBe(40);
    // 20 × 10 % × 60 and 10 × 20 % (the unit's own share) × 60.
    expect(instance.groups.map((g) => [g.id, g.releaseDays])).toEqual([
      ['port/examiner', 120],
      ['border/guard', 120],
    ]);
    const [basic, advanced] = instance.courses;
    expect(basic).toMatchObject({ id: 'VAL-1', raises: { valuation: 1 }, capacity: 20, fixedCost: 1000 });
    expect(basic!.eligibleGroups).toBeUndefined();
    expect(advanced).toMatchObject({ id: 'VAL-2', prerequisites: ['VAL-1'], eligibleGroups: ['port/examiner'] });
    expect(snapshot.courses['VAL-2']!.id).toBe('id-adv');
    expect(snapshot.groups['border/guard']).toEqual({ orgUnitId: 'u-border', orgUnitName: 'Border', positionId: 'p-guard', positionName: 'Guard' });
  });

  it('applies the scenario settings: budget factor, pledged envelopes, excluded sources, trainer-days factor', () => {
    const settings = ZPlanSettings.parse({ budgetFactor: 0.8, includePledged: false, trainerDaysFactor: 1.5 });
    expect(buildInstance(inputs({ settings })).instance).toMatchObject({ budgets: { '2018': 8_000 }, trainerDays: { '2018Q1': 60 } });
    const withoutGov = { ...ZPlanSettings.parse({}), excludedSourceIds: ['src-gov'] };
    const built = buildInstance(inputs({ settings: withoutGov }));
    expect(built.instance.budgets).toEqual({ '2018': 5_000 });
    expect(built.snapshot.envelopes.map((e) => e.id)).toEqual(['donor']);
    expect(built.inputErrors).toEqual([]);
  });

  it('names every missing input: trainer-days of a quarter, the budget of a year, target groups, courses', () => {
    const { inputErrors } = buildInstance(inputs({ toYear: 2019, trainerDays: { '2018Q1': 40, '2018Q2': 40, '2018Q4': 40 } }));
    expect(inputErrors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['no trainer-days entered for 2018Q3', 'no budget for 2019', 'no trainer-days entered for 2019Q1']),
    );
    expect(inputErrors.find((e) => e.message === 'no budget for 2019')!.path).toBe('budgets.2019');
    const empty = buildInstance(inputs({ courses: [], needs: { ...inputs().needs, groups: [] } }));
    expect(empty.inputErrors.map((e) => e.path)).toEqual(['groups', 'courses']);
  });

  it('turns pins into the instance’s pinned runs (0 forbids) and reports a pin on a course no longer active', () => {
    const built = buildInstance(
      inputs({
        pins: [
          { courseId: 'id-val', period: '2018Q2', count: 2 },
          { courseId: 'id-adv', period: '2018Q1', count: 0 },
          { courseId: 'id-gone', period: '2018Q1', count: 1 },
        ],
      }),
    );
    expect(built.instance.pinned).toEqual([
      { course: 'VAL-1', period: '2018Q2', count: 2 },
      { course: 'VAL-2', period: '2018Q1', count: 0 },
    ]);
    expect(built.inputErrors).toEqual([{ path: 'pins[2].courseId', message: 'a pinned course (id-gone) is no longer active in the catalogue' }]);
  });

  it('leaves out competencies no group lacks, and passes a yearly run limit as is', () => {
    const built = buildInstance(inputs({ courses: [course('id-hs', 'HS-1', { raises: [{ competencyCode: 'hs', levels: 1, toLevel: 2 }], maxRunsPerYear: 2 })] }));
    expect(built.instance.courses[0]).toMatchObject({ raises: {}, maxRunsPerYear: 2 });
    expect(built.instance.courses[0]).not.toHaveProperty('periods');
    expect(built.instance.courses[0]).not.toHaveProperty('maxRunsPerPeriod');
    expect(parseInstance(built.instance).ok).toBe(true);
  });
});

describe('inputs changed since the plan was computed', () => {
  it('is empty for the same inputs, however they were ordered', () => {
    const a = buildInstance(inputs());
    const b = buildInstance(inputs({ courses: [...inputs().courses].reverse() }));
    expect(inputsChanged(a, b)).toEqual([]);
    expect(inputsHash(a.instance, a.snapshot)).toBe(inputsHash(b.instance, b.snapshot));
  });

  it('names each part that changed', () => {
    const a = buildInstance(inputs());
    const budget = buildInstance(inputs({ envelopes: [envelope('gov', 2018, 9_000), envelope('donor', 2018, 5_000, { status: 'pledged' })] }));
    expect(inputsChanged(a, budget)).toEqual(['budgets']);
    const moved = buildInstance(inputs({ envelopes: [envelope('gov', 2018, 9_000), envelope('donor', 2018, 6_000, { status: 'pledged' })] }));
    expect(inputsChanged(a, moved)).toEqual(['funding sources']);
    const release = buildInstance(inputs({ release: { defaultShare: 0.2, daysPerQuarter: 60, byOrgUnit: {} } }));
    expect(inputsChanged(a, release)).toEqual(['release limits']);
    const trainers = buildInstance(inputs({ trainerDays: { '2018Q1': 10, '2018Q2': 40, '2018Q3': 40, '2018Q4': 40 } }));
    expect(inputsChanged(a, trainers)).toEqual(['trainer-days']);
    const courses = buildInstance(inputs({ courses: [course('id-val', 'VAL-1', { capacity: 25 })] }));
    expect(inputsChanged(a, courses)).toEqual(['courses']);
    const pins = buildInstance(inputs({ pins: [{ courseId: 'id-val', period: '2018Q1', count: 1 }] }));
    expect(inputsChanged(a, pins)).toEqual(['pins']);
    const needs = inputs().needs;
    const groups = buildInstance(inputs({ needs: { ...needs, groups: needs.groups.map((g) => ({ ...g, gaps: { valuation: 3 } })) } }));
    expect(inputsChanged(a, groups)).toEqual(['groups']);
  });
});
