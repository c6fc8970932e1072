import { describe, expect, it } from 'vitest';
import { targetYearIssues, ZStrategyInput, ZStrategyUpdate } from './strategy.js';

describe('targetYearIssues', () => {
  it('names each target year outside the strategy, in year order', () => {
    expect(targetYearIssues({ '2021': 1, '2017': 2, '2016': 3, '2019': 4 }, 2017, 2019, 'body.targets')).toEqual([
      { path: 'body.targets.2016', message: "2016 is outside the strategy's years 2017–2019" },
      { path: 'body.targets.2021', message: "2021 is outside the strategy's years 2017–2019" },
    ]);
    expect(targetYearIssues({ '2017': 1, '2019': 2 }, 2017, 2019, 'x')).toEqual([]);
  });
});

describe('strategy contracts', () => {
  const base = { title: 'Strategy', fromYear: 2017, toYear: 2019 };
  it('refuses years in the wrong order or spanning more than ten years, on toYear', () => {
    for (const years of [{ fromYear: 2019, toYear: 2017 }, { fromYear: 2017, toYear: 2027 }]) {
      const r = ZStrategyInput.safeParse({ ...base, ...years });
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['toYear']);
    }
    expect(ZStrategyInput.safeParse({ ...base, toYear: 2026 }).success).toBe(true);
    expect(ZStrategyUpdate.safeParse({ fromYear: 2020, toYear: 2019 }).success).toBe(false);
    expect(ZStrategyUpdate.safeParse({ toYear: 2019 }).success).toBe(true);
  });

  it('wants a baseline with both its value and its year', () => {
    const kpi = { name: 'Seizures', unit: 'count', direction: 'increase' };
    const parse = (extra: object) => ZStrategyInput.safeParse({ ...base, goals: [{ title: 'g', objectives: [{ title: 'o', kpis: [{ ...kpi, ...extra }] }] }] });
    expect(parse({}).success).toBe(true);
    expect(parse({ baselineValue: 12, baselineYear: 2016 }).success).toBe(true);
    expect(parse({ baselineValue: 12 }).error?.issues[0]?.path.join('.')).toBe('goals.0.objectives.0.kpis.0.baselineYear');
  });
});
