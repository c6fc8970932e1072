import type { TPlanDetail, TPlanRun } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { closedShare, courseDifference, gapToBound, periodTotals, planFigures, presetSettings, splitPeriod, timelineRows, unionKeys } from './plan-views';

const VAL = '00000000-0000-4000-8000-000000000001';
const HS = '00000000-0000-4000-8000-000000000002';
const AEO = '00000000-0000-4000-8000-000000000003';
const GOV = '00000000-0000-4000-8000-0000000000a1';
const NORAD = '00000000-0000-4000-8000-0000000000a2';

function run(courseId: string, code: string, period: string, count: number, participants: Record<string, number>): TPlanRun {
  const total = Object.values(participants).reduce((s, n) => s + n, 0);
  return {
    courseId, courseCode: code, titleEn: `${code} course`, titlePt: `Curso ${code}`, functionalArea: code === 'HS-1' ? 'tariff-classification' : 'valuation',
    period, count, participants, totalParticipants: total, cost: 1000 * count, pinned: false, funding: [],
  };
}

function plan(overrides: Partial<TPlanDetail> = {}): TPlanDetail {
  return {
    id: '00000000-0000-4000-8000-0000000000f1', name: 'Plan 2017–2019', status: 'draft', campaignId: VAL, campaignName: 'TNA 2016', strategyId: null, parentId: null,
    fromYear: 2017, toYear: 2017,
    settings: { budgetFactor: 1, excludedSourceIds: [], trainerDaysFactor: 1, includePledged: true, timeLimitSeconds: 20 },
    job: { state: 'done', elapsedSeconds: 3, objective: 90, bound: 100, phase: 'done', error: null },
    objective: 90, bound: 100, greedyObjective: 70, solverStatus: 'feasible', totalCost: 5000, totalRuns: 4, computedAt: '2026-01-01T00:00:00Z', approvedAt: null, createdAt: '2026-01-01T00:00:00Z',
    inputsChanged: [], inputErrors: [], currency: 'USD',
    periods: ['2017Q1', '2017Q2', '2017Q3', '2017Q4'],
    trainerDays: { '2017Q1': { available: 60, used: 10 }, '2017Q2': { available: 60, used: 70 } },
    pins: [],
    runs: [
      run(VAL, 'VAL-1', '2017Q1', 1, { 'dili/examiner': 12 }),
      run(HS, 'HS-1', '2017Q1', 2, { 'dili/examiner': 10, 'airport/examiner': 20 }),
      run(HS, 'HS-1', '2017Q2', 1, { 'airport/examiner': 15 }),
    ],
    groups: [],
    years: [{ year: '2017', budget: 6000, cost: 5000, byCategory: { 'trainer-fees': 2000, venue: 1000, 'travel-per-diem': 1500, materials: 500 }, runs: 4, participants: 57, unfunded: 0 }],
    sources: [
      { sourceId: GOV, sourceName: 'Government', byYear: { '2017': { available: 4000, allocated: 3000 } } },
      { sourceId: NORAD, sourceName: 'Norad', byYear: { '2017': { available: 2000, allocated: 2000 }, '2018': { available: 100, allocated: 0 } } },
    ],
    areas: [
      { functionalArea: 'valuation', gapBefore: 40, gapClosed: 10 },
      { functionalArea: 'tariff-classification', gapBefore: 60, gapClosed: 40 },
    ],
    units: [],
    violations: [],
    edited: false,
    ...overrides,
  };
}

describe('timelineRows', () => {
  it('puts one row per course, sums cells and sorts by functional area then code', () => {
    const rows = timelineRows(plan());
    expect(rows.map((r) => r.code)).toEqual(['HS-1', 'VAL-1']);
    const hs = rows[0]!;
    expect(hs.cells['2017Q1']).toEqual({ count: 2, participants: 30, pin: null, hasViolation: false });
    expect(hs.cells['2017Q2']?.count).toBe(1);
    expect(hs.runs).toBe(3);
    expect(hs.participants).toBe(45);
  });

  it('marks pins and bans, and names a pinned course missing from the result from the catalogue', () => {
    const rows = timelineRows(
      plan({ pins: [{ courseId: HS, period: '2017Q2', count: 1 }, { courseId: VAL, period: '2017Q3', count: 0 }, { courseId: AEO, period: '2017Q4', count: 2 }] }),
      new Map([[AEO, { courseId: AEO, code: 'AEO-1', titleEn: 'AEO', titlePt: 'OEA', functionalArea: 'trade-facilitation' as const }]]),
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('HS-1')?.cells['2017Q2']?.pin).toBe(1);
    expect(byCode.get('VAL-1')?.cells['2017Q3']).toEqual({ count: 0, participants: 0, pin: 0, hasViolation: false });
    expect(byCode.get('AEO-1')?.cells['2017Q4']?.pin).toBe(2);
    expect(byCode.get('AEO-1')?.runs).toBe(0);
  });

  it('falls back to a short id for a pinned course the catalogue cannot name', () => {
    const rows = timelineRows(plan({ runs: [], pins: [{ courseId: AEO, period: '2017Q1', count: 0 }] }));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.code).toBe(AEO.slice(0, 8));
  });

  it('marks the cells a violation names, by course id or by code, even where nothing runs', () => {
    const rows = timelineRows(
      plan({
        violations: [
          { code: 'capacity', message: 'HS-1 in 2017Q1: too many', course: 'HS-1', period: '2017Q1' },
          { code: 'forbidden', message: 'VAL forbidden', course: VAL, period: '2017Q4' },
          { code: 'budget', message: '2017: over budget', year: '2017' },
        ],
      }),
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('HS-1')?.cells['2017Q1']?.hasViolation).toBe(true);
    expect(byCode.get('HS-1')?.cells['2017Q2']?.hasViolation).toBe(false);
    expect(byCode.get('VAL-1')?.cells['2017Q4']).toEqual({ count: 0, participants: 0, pin: null, hasViolation: true });
  });
});

describe('periodTotals', () => {
  it('sums runs and participants per quarter, with trainer-days where known', () => {
    expect(periodTotals(plan())).toEqual([
      { period: '2017Q1', runs: 3, participants: 42, trainerDaysUsed: 10, trainerDaysAvailable: 60 },
      { period: '2017Q2', runs: 1, participants: 15, trainerDaysUsed: 70, trainerDaysAvailable: 60 },
      { period: '2017Q3', runs: 0, participants: 0, trainerDaysUsed: null, trainerDaysAvailable: null },
      { period: '2017Q4', runs: 0, participants: 0, trainerDaysUsed: null, trainerDaysAvailable: null },
    ]);
  });
});

describe('figures', () => {
  it('splits a period into year and quarter', () => {
    expect(splitPeriod('2019Q4')).toEqual({ year: '2019', quarter: 4 });
  });

  it('measures the gap to the bound in %, never negative, unknown without both', () => {
    expect(gapToBound(90, 100)).toBeCloseTo(10);
    expect(gapToBound(100, 100)).toBe(0);
    expect(gapToBound(101, 100)).toBe(0);
    expect(gapToBound(null, 100)).toBeNull();
    expect(gapToBound(5, null)).toBeNull();
    expect(gapToBound(0, 0)).toBe(0);
  });

  it('gives the share of the gap closed, or null when there was none', () => {
    expect(closedShare(plan().areas)).toBeCloseTo(50);
    expect(closedShare([])).toBeNull();
  });

  it('sums what the comparison shows', () => {
    const f = planFigures(plan());
    expect(f.runs).toBe(4);
    expect(f.participants).toBe(57);
    expect(f.totalCost).toBe(5000);
    expect(f.costByYear).toEqual({ '2017': 5000 });
    expect(f.costBySource).toEqual({ [GOV]: 3000, [NORAD]: 2000 });
    expect(f.gapClosedByArea).toEqual({ valuation: 10, 'tariff-classification': 40 });
    expect([...f.courseIds].sort()).toEqual([VAL, HS].sort());
  });

  it('lists the courses only one of two plans runs', () => {
    const a = plan();
    const b = plan({ runs: [run(HS, 'HS-1', '2017Q3', 1, { 'dili/examiner': 10 }), run(AEO, 'AEO-1', '2017Q1', 1, { 'dili/examiner': 9 }), run(VAL, 'VAL-1', '2017Q2', 0, {})] });
    const diff = courseDifference(a, b);
    expect(diff.onlyA.map((c) => c.code)).toEqual(['VAL-1']);
    expect(diff.onlyB.map((c) => c.code)).toEqual(['AEO-1']);
  });

  it('unites and sorts keys', () => {
    expect(unionKeys({ '2018': 1 }, { '2017': 2, '2018': 3 })).toEqual(['2017', '2018']);
  });
});

describe('presetSettings', () => {
  const base = plan().settings;
  it('cuts the budget by a fifth of the plan’s own figure', () => {
    expect(presetSettings('budgetCut', base).budgetFactor).toBe(0.8);
    expect(presetSettings('budgetCut', { ...base, budgetFactor: 0.8 }).budgetFactor).toBe(0.64);
  });
  it('adds a quarter to the trainer-days and leaves the rest', () => {
    const s = presetSettings('moreTrainers', base);
    expect(s.trainerDaysFactor).toBe(1.25);
    expect(s.budgetFactor).toBe(1);
  });
  it('copies the settings for the donor and custom presets', () => {
    expect(presetSettings('donorWithdraws', { ...base, excludedSourceIds: [NORAD] })).toEqual({ ...base, excludedSourceIds: [NORAD] });
    expect(presetSettings('custom', base)).toEqual(base);
  });
});
