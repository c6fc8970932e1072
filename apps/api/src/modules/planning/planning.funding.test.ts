import { describe, expect, it } from 'vitest';
import { allocateFunding, type CostItem, type FundingEnvelope } from './planning.funding.js';

const env = (id: string, amount: number, extra: Partial<FundingEnvelope> = {}): FundingEnvelope => ({
  id,
  sourceId: extra.sourceId ?? id,
  year: '2018',
  amount,
  functionalAreas: [],
  costCategories: [],
  ...extra,
});
const item = (run: string, area: string, category: string, amount: number, year = '2018'): CostItem => ({ run, year, area, category, amount });
const paid = (a: ReturnType<typeof allocateFunding>, run: string) => Object.fromEntries([...(a.byRun.get(run) ?? new Map<string, number>())].map(([k, v]) => [k, Math.round(v * 100) / 100]));

describe('funding allocation', () => {
  it('pays earmarked costs from the earmarked envelope first, the rest from the general one', () => {
    const a = allocateFunding(
      [item('val', 'valuation', 'venue', 600), item('ethics', 'integrity', 'venue', 400)],
      [env('gov', 1000), env('donor', 600, { functionalAreas: ['valuation'] })],
    );
    expect(paid(a, 'val')).toEqual({ donor: 600 });
    expect(paid(a, 'ethics')).toEqual({ gov: 400 });
    expect(a.unfundedByYear.size).toBe(0);
  });

  it('finds the placement a greedy order would miss (a max-flow, not first come first served)', () => {
    // If the general envelope paid valuation first, integrity would be left without money.
    const a = allocateFunding(
      [item('val', 'valuation', 'venue', 500), item('ethics', 'integrity', 'venue', 500)],
      [env('general', 500), env('val-only', 500, { functionalAreas: ['valuation'] })],
    );
    expect(paid(a, 'val')).toEqual({ 'val-only': 500 });
    expect(paid(a, 'ethics')).toEqual({ general: 500 });
  });

  it('honours cost-category earmarks', () => {
    const a = allocateFunding(
      [item('r1', 'valuation', 'trainer-fees', 300), item('r1', 'valuation', 'travel-per-diem', 200)],
      [env('fees', 1000, { costCategories: ['trainer-fees'] })],
    );
    expect(paid(a, 'r1')).toEqual({ fees: 300 });
    expect(a.unfundedByRun.get('r1')).toBe(200);
    expect(a.unfundedByYear.get('2018')).toBe(200);
  });

  it('shares an item among its runs in proportion to their cost and shows what no envelope can take', () => {
    const a = allocateFunding([item('r1', 'valuation', 'venue', 300), item('r2', 'valuation', 'venue', 100)], [env('gov', 200)]);
    expect(paid(a, 'r1')).toEqual({ gov: 150 });
    expect(paid(a, 'r2')).toEqual({ gov: 50 });
    expect(a.unfundedByRun.get('r1')).toBeCloseTo(150);
    expect(a.unfundedByRun.get('r2')).toBeCloseTo(50);
    expect(a.byEnvelope.get('gov')).toBe(200);
  });

  it('keeps years apart: one year’s envelope never pays another year’s runs', () => {
    const a = allocateFunding([item('r2019', 'valuation', 'venue', 100, '2019')], [env('gov', 1000)]);
    expect(a.byRun.size).toBe(0);
    expect(a.unfundedByYear.get('2019')).toBe(100);
  });

  it('adds up a source’s envelopes per run and never allocates more than an envelope holds', () => {
    const a = allocateFunding(
      [item('r1', 'valuation', 'venue', 700), item('r1', 'valuation', 'materials', 100)],
      [env('a', 500, { sourceId: 'norad', functionalAreas: ['valuation'] }), env('b', 500, { sourceId: 'norad' })],
    );
    expect(paid(a, 'r1')).toEqual({ norad: 800 });
    expect(a.byEnvelope.get('a')).toBe(500);
    expect(a.byEnvelope.get('b')).toBe(300);
  });
});
