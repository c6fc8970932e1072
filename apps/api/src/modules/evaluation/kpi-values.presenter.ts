import {
  KPI_PERIOD,
  periodYear,
  type TKpiDirection,
  type TKpiHead,
  type TKpiValue,
  type TStrategy,
  type TKpiResults,
  type TTrainingQuarter,
} from '@formasaun/shared';
import type { KpiRef, TrainingRow, ValueRow } from './kpi-values.repository.js';

/** Targets in year order, as numbers, whatever order jsonb kept them in. */
const sortedTargets = (targets: Record<string, number>) =>
  Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)).map(([y, v]) => [y, Number(v)]));

export const presentKpiHead = (k: Pick<KpiRef, 'id' | 'objectiveId' | 'name' | 'unit' | 'direction' | 'baselineValue' | 'baselineYear' | 'targets'>): TKpiHead => ({
  id: k.id,
  objectiveId: k.objectiveId,
  name: k.name,
  unit: k.unit,
  direction: k.direction as TKpiDirection,
  baselineValue: k.baselineValue === null ? null : Number(k.baselineValue),
  baselineYear: k.baselineYear,
  targets: sortedTargets(k.targets),
});

export const presentValue = (v: ValueRow): TKpiValue => ({ id: v.id, period: v.period, value: Number(v.value), source: v.source, note: v.note });

/** Years sort before their quarters and months ("2017" < "2017-05" < "2017-Q1"): plain text order, the stored order. */
export const byPeriod = (a: { period: string }, b: { period: string }) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** Units compare without case or surrounding space: "USD" and "usd " are the same unit. */
export const sameUnit = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** What is wrong with one value for this KPI (empty when it may be stored). */
export function entryProblems(kpi: Pick<KpiRef, 'unit' | 'fromYear' | 'toYear'>, e: { period: string; value: number; unit: string }) {
  const problems: { field: 'period' | 'value' | 'unit'; code: string; reason: string }[] = [];
  if (!KPI_PERIOD.test(e.period)) {
    problems.push({ field: 'period', code: 'invalid_period', reason: `"${e.period}" is not a year (2017), a quarter (2017-Q2) or a month (2017-05)` });
  } else if (periodYear(e.period) < kpi.fromYear || periodYear(e.period) > kpi.toYear) {
    problems.push({ field: 'period', code: 'outside_years', reason: `${e.period} is outside the strategy's years ${kpi.fromYear}–${kpi.toYear}` });
  }
  if (!Number.isFinite(e.value) || Math.abs(e.value) > 1e13) problems.push({ field: 'value', code: 'invalid_number', reason: 'the value is not a finite number' });
  if (!sameUnit(e.unit, kpi.unit)) problems.push({ field: 'unit', code: 'wrong_unit', reason: `the unit is "${e.unit}" but the KPI is measured in "${kpi.unit}"` });
  return problems;
}

/** Every quarter from the baseline year to the strategy's last year, with the training of the areas given (all areas when none). */
export function trainingQuarters(rows: readonly TrainingRow[], areas: readonly string[], fromYear: number, toYear: number): TTrainingQuarter[] {
  const quarters: TTrainingQuarter[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let q = 1; q <= 4; q++) {
      const here = rows.filter((r) => r.year === year && r.quarter === q && (areas.length === 0 || areas.includes(r.area)));
      quarters.push({
        quarter: `${year}-Q${q}`,
        sessions: here.reduce((n, r) => n + r.sessions, 0),
        participants: here.reduce((n, r) => n + r.participants, 0),
      });
    }
  }
  return quarters;
}

/** Per objective with KPIs: each KPI with its values, and the training delivered in the objective's functional areas. */
export function presentResults(strategy: TStrategy | undefined, values: readonly ValueRow[], training: readonly TrainingRow[]): TKpiResults {
  if (!strategy) return { strategy: null, objectives: [] };
  const firstYear = strategy.fromYear - 1;
  return {
    strategy: { id: strategy.id, title: strategy.title, fromYear: strategy.fromYear, toYear: strategy.toYear },
    objectives: strategy.goals.flatMap((g) =>
      g.objectives
        .filter((o) => o.kpis.length > 0)
        .map((o) => ({
          id: o.id,
          title: o.title,
          goalTitle: g.title,
          functionalAreas: o.functionalAreas,
          training: trainingQuarters(training, o.functionalAreas, firstYear, strategy.toYear),
          kpis: o.kpis.map((k) => ({
            ...presentKpiHead(k),
            values: values.filter((v) => v.kpiId === k.id).map(presentValue).sort(byPeriod),
          })),
        })),
    ),
  };
}
