import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPlanningGroups,
  type Consolidation,
  consolidate,
  consolidationOf,
  gapOf,
  multiplierOf,
  type PlanningResult,
  weightedNeedOf,
} from './needs.domain.js';

const level = fc.integer({ min: 0, max: 4 });
const maybeLevel = fc.option(level, { nil: null });
const rule: fc.Arbitrary<Consolidation> = fc.record({
  rule: fc.constantFrom('supervisor', 'mean', 'max', 'weighted'),
  supervisorWeight: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  singleSource: fc.constantFrom('use_available', 'exclude'),
});

describe('consolidation', () => {
  it('stays within the range of the levels it consolidates', () => {
    fc.assert(
      fc.property(level, level, rule, (self, sup, c) => {
        const assessed = consolidate(self, sup, c)!;
        expect(assessed).toBeGreaterThanOrEqual(Math.min(self, sup));
        expect(assessed).toBeLessThanOrEqual(Math.max(self, sup));
      }),
    );
  });

  it('applies each rule', () => {
    const base = { supervisorWeight: 0.7, singleSource: 'use_available' } as const;
    expect(consolidate(1, 3, { ...base, rule: 'supervisor' })).toBe(3);
    expect(consolidate(1, 2, { ...base, rule: 'mean' })).toBe(1.5);
    expect(consolidate(4, 2, { ...base, rule: 'max' })).toBe(4);
    expect(consolidate(1, 3, { ...base, rule: 'weighted' })).toBe(2.4);
  });

  it('uses the single available rating or leaves the competency unassessed', () => {
    fc.assert(
      fc.property(level, rule, fc.boolean(), (only, c, isSelf) => {
        const got = isSelf ? consolidate(only, null, c) : consolidate(null, only, c);
        expect(got).toBe(c.singleSource === 'use_available' ? only : null);
        expect(consolidate(null, null, c)).toBeNull();
      }),
    );
  });

  it('ignores the single-source rule in a campaign that collects one kind of rating', () => {
    const c = consolidationOf({ mode: 'self', consolidation: 'supervisor', supervisorWeight: 0.5, singleSource: 'exclude' });
    expect(consolidate(2, null, c)).toBe(2);
  });
});

describe('gap and weighted need', () => {
  it('never gives a negative gap, and an unassessed competency no gap', () => {
    fc.assert(
      fc.property(level, maybeLevel, maybeLevel, rule, (required, self, sup, c) => {
        const assessed = consolidate(self, sup, c);
        const gap = gapOf(required, assessed);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(required);
        if (assessed === null) expect(gap).toBe(0);
      }),
    );
  });

  it('grows with the gap and with the criticality', () => {
    const gap = fc.integer({ min: 0, max: 400 }).map((n) => n / 100);
    const crit = fc.integer({ min: 1, max: 5 });
    const mult = fc.integer({ min: 1, max: 1000 }).map((n) => n / 100);
    fc.assert(
      fc.property(gap, gap, crit, crit, mult, (g1, g2, c1, c2, m) => {
        const [gLo, gHi] = g1 <= g2 ? [g1, g2] : [g2, g1];
        const [cLo, cHi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        expect(weightedNeedOf(gLo, cLo, m)).toBeLessThanOrEqual(weightedNeedOf(gHi, cLo, m));
        expect(weightedNeedOf(gLo, cLo, m)).toBeLessThanOrEqual(weightedNeedOf(gLo, cHi, m));
        expect(weightedNeedOf(gLo, cLo, m)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('takes the largest multiplier of the priorities touching a competency, 1 when none', () => {
    const priorities = [
      { multiplier: 2, competencyCodes: ['valuation', 'hs'] },
      { multiplier: 1.5, competencyCodes: ['valuation'] },
    ];
    expect(multiplierOf('valuation', priorities)).toBe(2);
    expect(multiplierOf('hs', priorities)).toBe(2);
    expect(multiplierOf('ethics', priorities)).toBe(1);
  });
});

describe('planning groups', () => {
  const row = (officerId: string, competencyCode: string, gap: number | null, extra: Partial<PlanningResult> = {}): PlanningResult => ({
    officerId,
    orgUnitCode: 'DILI-PORT',
    positionCode: 'Examiner',
    competencyCode,
    gap,
    criticality: 3,
    multiplier: 1,
    ...extra,
  });

  it('builds one group per org unit and position with mean gaps, weights and release days', () => {
    const groups = buildPlanningGroups([
      row('a', 'valuation', 2),
      row('b', 'valuation', 1),
      row('a', 'hs', 0, { multiplier: 2 }),
      row('b', 'hs', null, { multiplier: 2 }),
      row('c', 'valuation', 3, { orgUnitCode: 'Airport' }),
    ]);
    expect(groups).toEqual([
      { id: 'airport/examiner', size: 1, releaseDays: 6, gaps: { valuation: 3 }, weights: { valuation: 3 } },
      { id: 'dili-port/examiner', size: 2, releaseDays: 12, gaps: { hs: 0, valuation: 1.5 }, weights: { hs: 6, valuation: 3 } },
    ]);
  });

  it('takes the release share and days per period', () => {
    const [g] = buildPlanningGroups([row('a', 'x', 1)], { releaseShare: 0.25, daysPerPeriod: 10 });
    expect(g!.releaseDays).toBe(3);
  });

  it('keeps gaps non-negative and sizes equal to distinct officers', () => {
    const result = fc.record({
      officerId: fc.constantFrom('a', 'b', 'c', 'd'),
      orgUnitCode: fc.constantFrom('U1', 'U2'),
      positionCode: fc.constantFrom('P1', 'P2'),
      competencyCode: fc.constantFrom('c1', 'c2', 'c3'),
      gap: fc.option(fc.integer({ min: 0, max: 400 }).map((n) => n / 100), { nil: null }),
      criticality: fc.integer({ min: 1, max: 5 }),
      multiplier: fc.constantFrom(1, 1.5, 2),
    });
    fc.assert(
      fc.property(fc.array(result, { maxLength: 60 }), (results) => {
        const groups = buildPlanningGroups(results);
        for (const g of groups) {
          const officers = new Set(results.filter((r) => `${r.orgUnitCode}/${r.positionCode}`.toLowerCase() === g.id).map((r) => r.officerId));
          expect(g.size).toBe(officers.size);
          for (const gap of Object.values(g.gaps)) expect(gap).toBeGreaterThanOrEqual(0);
          for (const w of Object.values(g.weights)) expect(w).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
