import { describe, expect, it } from 'vitest';
import { totalsOf } from './funding.totals.js';

describe('totalsOf', () => {
  const sources = [
    { id: 's1', name: 'State budget', kind: 'government' as const },
    { id: 's2', name: 'Norad', kind: 'donor' as const },
    { id: 's3', name: 'Unused', kind: 'other' as const },
  ];
  const amounts = [
    { sourceId: 's1', year: 2018, status: 'secured', amount: 45000 },
    { sourceId: 's1', year: 2017, status: 'disbursed', amount: 40000 },
    { sourceId: 's2', year: 2017, status: 'secured', amount: 0.1 },
    { sourceId: 's2', year: 2017, status: 'pledged', amount: 0.2 },
  ];

  it('sums per year by status, per source and overall, in whole cents', () => {
    const t = totalsOf('USD', amounts, sources);
    expect(t.years).toEqual([
      { year: 2017, pledged: 0.2, secured: 0.1, disbursed: 40000, total: 40000.3 },
      { year: 2018, pledged: 0, secured: 45000, disbursed: 0, total: 45000 },
    ]);
    expect(t.totals).toEqual({ pledged: 0.2, secured: 45000.1, disbursed: 40000, total: 85000.3 });
    expect(t.sources.map((s) => [s.name, s.totals.total, s.years.map((y) => y.year)])).toEqual([
      ['State budget', 85000, [2017, 2018]],
      ['Norad', 0.3, [2017]],
      ['Unused', 0, []],
    ]);
  });

  it('keeps the per-source totals adding up to the overall ones', () => {
    const t = totalsOf('USD', amounts, sources);
    const sum = t.sources.reduce((acc, s) => acc + s.totals.total, 0);
    expect(Math.round(sum * 100) / 100).toBe(t.totals.total);
  });
});
