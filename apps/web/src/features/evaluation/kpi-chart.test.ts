import { describe, expect, it } from 'vitest';
import { kpiChartSeries, periodTime, targetTime } from './kpi-chart';

describe('KPI chart data', () => {
  it('places years, quarters and months in the middle of their span, targets at the year end', () => {
    expect(new Date(periodTime('2017')).toISOString().slice(0, 10)).toBe('2017-07-01');
    expect(new Date(periodTime('2017-Q2')).toISOString().slice(0, 10)).toBe('2017-05-15');
    expect(new Date(periodTime('2017-11')).toISOString().slice(0, 10)).toBe('2017-11-15');
    expect(new Date(targetTime('2018')).toISOString().slice(0, 10)).toBe('2018-12-31');
  });

  it('spans the baseline year to the strategy’s end, with the baseline drawn across', () => {
    const kpi = {
      id: '00000000-0000-4000-8000-000000000001',
      objectiveId: '00000000-0000-4000-8000-000000000002',
      name: 'Clearance time',
      unit: 'hours',
      direction: 'decrease' as const,
      baselineValue: 52,
      baselineYear: 2016,
      targets: { '2017': 44 },
      values: [{ id: '00000000-0000-4000-8000-000000000003', period: '2017-Q1', value: 50, source: null, note: null }],
    };
    const data = kpiChartSeries(kpi, [{ quarter: '2017-Q1', sessions: 1, participants: 12 }], { fromYear: 2017, toYear: 2019 });
    expect([new Date(data.min).toISOString().slice(0, 10), new Date(data.max).toISOString().slice(0, 10)]).toEqual(['2016-01-01', '2020-01-01']);
    expect(data.baseline.map((p) => p[1])).toEqual([52, 52]);
    expect(data.values).toEqual([[periodTime('2017-Q1'), 50, '2017-Q1']]);
    expect(data.targets).toEqual([[targetTime('2017'), 44, '2017']]);
    expect(data.training).toEqual([[periodTime('2017-Q1'), 12, '2017-Q1', 1]]);
  });
});
