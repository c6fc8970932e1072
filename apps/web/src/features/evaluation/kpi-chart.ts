import type { TKpiResultsObjective, TTrainingQuarter } from '@formasaun/shared';

type Kpi = TKpiResultsObjective['kpis'][number];

/** Where a period sits on the time axis: the middle of its year, quarter or month (UTC milliseconds). */
export function periodTime(period: string): number {
  const year = Number(period.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return Date.UTC(year, (Number(quarter[1]) - 1) * 3 + 1, 15);
  const month = /^\d{4}-(\d{2})$/.exec(period);
  if (month) return Date.UTC(year, Number(month[1]) - 1, 15);
  return Date.UTC(year, 6, 1);
}

/** A yearly target is due at the end of its year. */
export const targetTime = (year: string) => Date.UTC(Number(year), 11, 31);

export interface ChartLabels {
  values: string;
  baseline: string;
  target: string;
  training: string;
  trainingAxis: string;
  /** Tooltip line of a training bar. */
  trainingTip: (q: TTrainingQuarter) => string;
  description: string;
}

/** Data of one KPI chart: values as a line, baseline dashed across, targets as points, training as bars on a second axis. */
export function kpiChartSeries(kpi: Kpi, training: readonly TTrainingQuarter[], years: { fromYear: number; toYear: number }) {
  const firstYear = Math.min(years.fromYear - 1, kpi.baselineYear ?? years.fromYear - 1);
  const min = Date.UTC(firstYear, 0, 1);
  const max = Date.UTC(years.toYear + 1, 0, 1);
  return {
    min,
    max,
    values: kpi.values.map((v) => [periodTime(v.period), v.value, v.period] as const),
    baseline: kpi.baselineValue === null ? [] : ([[min, kpi.baselineValue, String(kpi.baselineYear)], [max, kpi.baselineValue, String(kpi.baselineYear)]] as const),
    targets: Object.entries(kpi.targets).map(([year, value]) => [targetTime(year), value, year] as const),
    training: training.map((q) => [periodTime(q.quarter), q.participants, q.quarter, q.sessions] as const),
  };
}
