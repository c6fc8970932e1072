import type { TStrategy } from '@formasaun/shared';
import { describe, expect, it } from 'vitest';
import { goalRows, normaliseAreas, strandedTargets } from './strategy.service.js';

const kpi = (name: string, targets: Record<string, number>) => ({
  id: name, objectiveId: 'o', name, unit: '%', baselineValue: null, baselineYear: null, targets, source: null, direction: 'increase' as const, sort: 0,
});
const strategy = (kpis: ReturnType<typeof kpi>[]): TStrategy => ({
  id: 's', title: 'S', fromYear: 2017, toYear: 2019, vision: null, mission: null, createdAt: '', updatedAt: '',
  goals: [{ id: 'g', strategyId: 's', title: 'G', description: null, sort: 0, objectives: [{ id: 'o', goalId: 'g', title: 'O', description: null, functionalAreas: [], sort: 0, kpis }] }],
});

describe('strandedTargets', () => {
  it('names, per field, the years and the KPIs that new years would leave without a place', () => {
    const s = strategy([kpi('A', { '2017': 1, '2019': 2 }), kpi('B', { '2019': 3 }), kpi('C', { '2018': 1 })]);
    expect(strandedTargets(s, 2017, 2019)).toEqual([]);
    expect(strandedTargets(s, 2018, 2018)).toEqual([
      { path: 'body.fromYear', message: '1 KPI(s) have targets for 2017: "A"' },
      { path: 'body.toYear', message: '2 KPI(s) have targets for 2019: "A", "B"' },
    ]);
  });

  it('keeps the message short when many KPIs are affected', () => {
    const s = strategy(['A', 'B', 'C', 'D', 'E'].map((n) => kpi(n, { '2019': 1 })));
    expect(strandedTargets(s, 2017, 2018)[0]!.message).toBe('5 KPI(s) have targets for 2019: "A", "B", "C" and 2 more');
  });
});

describe('goalRows', () => {
  it('builds rows for every level with fresh ids, sorted as given and areas normalised', () => {
    const rows = goalRows('adm', 's', [
      { title: 'G1', description: null, objectives: [{ title: 'O1', description: null, functionalAreas: ['valuation', 'integrity', 'valuation'], kpis: [
        { name: 'K', unit: '%', direction: 'increase', baselineValue: null, baselineYear: null, targets: {}, source: null },
      ] }] },
      { title: 'G2', description: null, objectives: [] },
    ], 3);
    expect(rows.goals.map((g) => [g.title, g.sort])).toEqual([['G1', 3], ['G2', 4]]);
    expect(rows.objectives[0]).toMatchObject({ goalId: rows.goals[0]!.id, functionalAreas: ['integrity', 'valuation'], sort: 0 });
    expect(rows.kpis[0]).toMatchObject({ objectiveId: rows.objectives[0]!.id, administrationId: 'adm', sort: 0 });
    expect(new Set([...rows.goals, ...rows.objectives, ...rows.kpis].map((r) => r.id)).size).toBe(4);
    expect(normaliseAreas(['origin', 'astrology', 'integrity'])).toEqual(['integrity', 'origin']);
  });
});
