import { z } from 'zod';
import { optionalText, text, ZId } from './common.js';
import { ZImportRowError } from './imports.js';
import { ZFunctionalArea } from './resources.js';
import { ZKpiDirection, ZKpiTargets } from './strategy.js';

/** Contracts of the evaluation context (Kirkpatrick levels 1–4); level 4: KPI values against baseline and targets. */

/** A year ("2017"), a quarter ("2017-Q2") or a month ("2017-05"). */
export const KPI_PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;
export const ZKpiPeriod = z.string().trim().regex(KPI_PERIOD, 'a year (2017), a quarter (2017-Q2) or a month (2017-05)');
/** The calendar year a period falls in. */
export const periodYear = (period: string) => Number(period.slice(0, 4));

/** Stored as numeric(16,2): at most 14 digits before the decimal point. */
export const ZKpiMeasure = z.number().finite().min(-1e13).max(1e13);

export const ZKpiValueEntry = z.object({
  period: ZKpiPeriod,
  value: ZKpiMeasure,
  /** Must be the KPI's unit: a figure in another unit is refused rather than converted. */
  unit: text(40),
  source: optionalText(500),
  note: optionalText(1000),
});
export type TKpiValueEntry = z.input<typeof ZKpiValueEntry>;
/** Upsert by period, all or nothing; periods not listed stay as they are. */
export const ZKpiValuesPut = z.object({ values: z.array(ZKpiValueEntry).max(500) });
export type TKpiValuesPut = z.input<typeof ZKpiValuesPut>;

export const ZKpiValue = z.object({
  id: ZId,
  period: z.string(),
  value: z.number(),
  source: z.string().nullable(),
  note: z.string().nullable(),
});
export type TKpiValue = z.infer<typeof ZKpiValue>;

/** The KPI as evaluation shows it: what its values are measured against. */
export const ZKpiHead = z.object({
  id: ZId,
  objectiveId: ZId,
  name: z.string(),
  unit: z.string(),
  direction: ZKpiDirection,
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: ZKpiTargets,
});
export type TKpiHead = z.infer<typeof ZKpiHead>;

export const ZKpiValues = z.object({
  kpi: ZKpiHead,
  strategy: z.object({ id: ZId, fromYear: z.number().int(), toYear: z.number().int() }),
  /** Ordered by period. */
  values: z.array(ZKpiValue),
});
export type TKpiValues = z.infer<typeof ZKpiValues>;

export const ZKpiStrategyQuery = z.object({ strategyId: ZId.optional() });
export const ZKpiImportQuery = z.object({ fileName: z.string().trim().min(1).max(255).default('kpi-values.xlsx') });
export const ZKpiImportResult = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type TKpiImportResult = z.infer<typeof ZKpiImportResult>;
/** Details of a refused KPI value import: nothing was written. */
export const ZKpiImportErrors = z.object({ errors: z.array(ZImportRowError) });

/** Training delivered in one quarter ("2017-Q1"): completed sessions and the participants who completed them. */
export const ZTrainingQuarter = z.object({ quarter: z.string(), sessions: z.number().int(), participants: z.number().int() });
export type TTrainingQuarter = z.infer<typeof ZTrainingQuarter>;

export const ZKpiResultsObjective = z.object({
  id: ZId,
  title: z.string(),
  goalTitle: z.string(),
  functionalAreas: z.array(ZFunctionalArea),
  /** Quarters of the baseline year to the strategy's last year; an objective without areas counts all training. */
  training: z.array(ZTrainingQuarter),
  kpis: z.array(ZKpiHead.extend({ values: z.array(ZKpiValue) })),
});
export type TKpiResultsObjective = z.infer<typeof ZKpiResultsObjective>;

export const ZKpiResults = z.object({
  strategy: z.object({ id: ZId, title: z.string(), fromYear: z.number().int(), toYear: z.number().int() }).nullable(),
  objectives: z.array(ZKpiResultsObjective),
});
export type TKpiResults = z.infer<typeof ZKpiResults>;
