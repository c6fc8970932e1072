import { beforeAll, describe, expect, it } from 'vitest';
import { makeKpiValues } from '../../modules/evaluation/index.js';
import { fundingLookups } from '../../modules/funding/index.js';
import { strategyLookups } from '../../modules/strategy/index.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { freshDatabase } from './demo.test-support.js';
import { generateDemoFunding } from './funding.js';
import { generateDemo } from './index.js';
import { generateDemoKpiValues, quarterValues } from './kpi-values.js';
import { createRng, hashSeed } from './prng.js';
import { demoManager, generateDemoStrategy } from './strategy.js';

describe('demo strategy and funding', () => {
  let db: Database;
  const ids: Record<string, string> = {};
  const lines: string[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    for (const administration of ['timor-leste', 'mozambique'] as const) {
      const { administrationId } = await generateDemo(db, { administration, officers: 120, tna: false, passwordHash: 'x' });
      ids[administration] = administrationId;
      await db.transaction('all', async (tx) => {
        await generateDemoStrategy(tx, { database: db, administrationId, fromYear: 2017, log: (l) => lines.push(l) });
        await generateDemoFunding(tx, { database: db, administrationId, fromYear: 2017, log: (l) => lines.push(l) });
        await generateDemoKpiValues(tx, { database: db, administrationId, seed: 7, log: (l) => lines.push(l) });
      });
    }
  }, 120_000);

  it('writes a three-year strategy of 4–5 goals with 2–3 objectives and measurable KPIs each', async () => {
    const adm = ids['timor-leste']!;
    const s = (await db.transaction({ administrationId: adm }, (tx) => strategyLookups.latest(tx, adm)))!;
    expect(s).toMatchObject({ fromYear: 2017, toYear: 2019, title: 'Customs training strategy 2017–2019' });
    expect(s.vision).toContain('Timor-Leste');
    expect(s.goals.length).toBeGreaterThanOrEqual(4);
    expect(s.goals.length).toBeLessThanOrEqual(5);
    for (const g of s.goals) expect(g.objectives.length).toBeGreaterThanOrEqual(2);
    const kpis = s.goals.flatMap((g) => g.objectives.flatMap((o) => o.kpis));
    for (const k of kpis) expect({ name: k.name, years: Object.keys(k.targets), baselineYear: k.baselineYear }).toEqual({ name: k.name, years: ['2017', '2018', '2019'], baselineYear: 2016 });
    expect(kpis.find((k) => k.name === 'Average clearance time at Dili port')).toMatchObject({ unit: 'hours', direction: 'decrease' });
    expect(kpis.find((k) => k.name === 'Revenue collected')?.unit).toBe('USD');
  });

  it('funds each year with USD 60–120k from the state budget and two donors, and sets capacities', async () => {
    const adm = ids['timor-leste']!;
    const { envelopes, days, shares } = await db.transaction({ administrationId: adm }, async (tx) => ({
      envelopes: await fundingLookups.envelopes(tx, adm, [2017, 2018, 2019]),
      days: await fundingLookups.trainerDays(tx, adm, ['2017Q1', '2019Q4', '2020Q1']),
      shares: await fundingLookups.releaseShares(tx, adm),
    }));
    for (const year of [2017, 2018, 2019]) {
      const total = envelopes.filter((e) => e.year === year).reduce((a, e) => a + e.amount, 0);
      expect({ year, fits: total >= 60_000 && total <= 120_000 }).toEqual({ year, fits: true });
    }
    expect(new Set(envelopes.map((e) => e.sourceKind))).toEqual(new Set(['government', 'donor']));
    expect(envelopes.filter((e) => e.year === 2017).map((e) => e.status)).not.toContain('pledged');
    expect(envelopes.filter((e) => e.year === 2019).map((e) => e.status)).not.toContain('disbursed');
    expect(envelopes.find((e) => e.sourceName === 'WCO')).toMatchObject({ functionalAreas: [], costCategories: ['trainer-fees', 'travel-per-diem'] });
    expect(days).toEqual({ '2017Q1': 40, '2019Q4': 58 });
    expect(shares.defaultShare).toBe(0.1);
    expect(Object.values(shares.byOrgUnit)).toEqual([0.05, 0.05]);
  });

  it('speaks in the administration’s currency elsewhere', async () => {
    const adm = ids.mozambique!;
    const envelopes = await db.transaction({ administrationId: adm }, (tx) => fundingLookups.envelopes(tx, adm, [2017]));
    expect(envelopes.reduce((a, e) => a + e.amount, 0)).toBeGreaterThan(1_000_000);
    expect(lines.some((l) => l.includes('(MZN)'))).toBe(true);
  });

  it('records a year of quarterly KPI values moving from the baseline towards the first target, in the KPI’s unit', async () => {
    const adm = ids['timor-leste']!;
    const results = await makeKpiValues({ database: db, clock: fixedClock('2018-01-20T09:00:00Z') }).results(demoManager(adm), {});
    const kpis = results.objectives.flatMap((o) => o.kpis);
    expect(kpis.length).toBeGreaterThanOrEqual(10);
    for (const k of kpis) {
      expect({ name: k.name, periods: k.values.map((v) => v.period) }).toEqual({ name: k.name, periods: ['2017-Q1', '2017-Q2', '2017-Q3', '2017-Q4'] });
      const [start, target, last] = [k.baselineValue!, k.targets['2017']!, k.values[3]!.value];
      // The year ends nearer the target than the baseline was, on the side the KPI should move to.
      expect({ name: k.name, closer: Math.abs(target - last) < Math.abs(target - start) }).toEqual({ name: k.name, closer: true });
    }
    const clearance = kpis.find((k) => k.name === 'Average clearance time at Dili port')!;
    expect(clearance.values.every((v) => v.value > 30 && v.value < 60)).toBe(true);
    const revenue = kpis.find((k) => k.name === 'Revenue collected')!;
    expect(revenue.values.every((v) => v.value % 1000 === 0 && v.note?.includes('annual rate'))).toBe(true);
    const kpi = (await db.transaction({ administrationId: adm }, (tx) => strategyLookups.latest(tx, adm)))!.goals[0]!.objectives[0]!.kpis[0]!;
    // Deterministic: the stored values are what the seed gives.
    const again = quarterValues(kpi, 2017, createRng(hashSeed(7, `kpi-values:${kpi.name}`)));
    expect(kpis.find((k) => k.id === kpi.id)!.values.map((v) => [v.period, v.value])).toEqual(again.map((v) => [v.period, v.value]));
    expect(lines.some((l) => l.startsWith('KPI values: '))).toBe(true);
  });
});
