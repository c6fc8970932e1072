import { z } from 'zod';
import { optionalText, text, ZId } from './common.js';
import { ZCostCategory, ZFunctionalArea, ZPeriod, ZYear } from './resources.js';

/** Contracts of the funding context: sources, budget envelopes, totals, and the capacity inputs of planning. */
export const FUNDING_SOURCE_KINDS = ['government', 'donor', 'other'] as const;
export const ZFundingSourceKind = z.enum(FUNDING_SOURCE_KINDS);
export type TFundingSourceKind = z.infer<typeof ZFundingSourceKind>;

export const ENVELOPE_STATUSES = ['pledged', 'secured', 'disbursed'] as const;
export const ZEnvelopeStatus = z.enum(ENVELOPE_STATUSES);
export type TEnvelopeStatus = z.infer<typeof ZEnvelopeStatus>;

/** Share of a unit's staff that can be away at once when no figure is set for the unit. */
export const DEFAULT_RELEASE_SHARE = 0.1;
export const DEFAULT_DAYS_PER_QUARTER = 60;

/** Participant-days a unit can spend in training per quarter: headcount × share × working days, rounded down. */
export function releaseDaysOf(headcount: number, share: number, daysPerQuarter: number): number {
  return Math.floor(headcount * share * daysPerQuarter + 1e-9);
}

export const ZFundingSourceInput = z.object({ name: text(200), kind: ZFundingSourceKind, notes: optionalText(2000) });
export type TFundingSourceInput = z.input<typeof ZFundingSourceInput>;
export const ZFundingSourceUpdate = z.object({
  name: text(200).optional(),
  kind: ZFundingSourceKind.optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type TFundingSourceUpdate = z.infer<typeof ZFundingSourceUpdate>;

export const ZStatusTotals = z.object({
  pledged: z.number(),
  secured: z.number(),
  disbursed: z.number(),
  total: z.number(),
});
export type TStatusTotals = z.infer<typeof ZStatusTotals>;

export const ZFundingSource = z.object({
  id: ZId,
  name: z.string(),
  kind: ZFundingSourceKind,
  notes: z.string().nullable(),
  envelopeCount: z.number().int(),
  /** All years together. */
  totals: ZStatusTotals,
});
export type TFundingSource = z.infer<typeof ZFundingSource>;

const ZAmount = z.number().gt(0, 'must be more than 0').max(1e12).multipleOf(0.01);
/** Earmarks: empty lists mean "any functional area" / "any cost category". */
const ZAreas = z.array(ZFunctionalArea).max(40);
const ZCategories = z.array(ZCostCategory).max(10);

export const ZEnvelopeInput = z.object({
  sourceId: ZId,
  year: ZYear,
  amount: ZAmount,
  status: ZEnvelopeStatus,
  functionalAreas: ZAreas.default([]),
  costCategories: ZCategories.default([]),
  note: optionalText(1000),
});
export type TEnvelopeInput = z.input<typeof ZEnvelopeInput>;
export const ZEnvelopeUpdate = z.object({
  sourceId: ZId.optional(),
  year: ZYear.optional(),
  amount: ZAmount.optional(),
  status: ZEnvelopeStatus.optional(),
  functionalAreas: ZAreas.optional(),
  costCategories: ZCategories.optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type TEnvelopeUpdate = z.infer<typeof ZEnvelopeUpdate>;

export const ZEnvelope = z.object({
  id: ZId,
  sourceId: ZId,
  sourceName: z.string(),
  sourceKind: ZFundingSourceKind,
  year: z.number().int(),
  amount: z.number(),
  status: ZEnvelopeStatus,
  functionalAreas: z.array(ZFunctionalArea),
  costCategories: z.array(ZCostCategory),
  note: z.string().nullable(),
});
export type TEnvelope = z.infer<typeof ZEnvelope>;

export const ZEnvelopeQuery = z.object({
  year: z.coerce.number().pipe(ZYear).optional(),
  sourceId: ZId.optional(),
});

const ZYearRangeQuery = z
  .object({ fromYear: z.coerce.number().pipe(ZYear).optional(), toYear: z.coerce.number().pipe(ZYear).optional() })
  .refine((q) => q.fromYear === undefined || q.toYear === undefined || q.toYear >= q.fromYear, {
    message: 'must not be before fromYear',
    path: ['toYear'],
  });
export const ZFundingTotalsQuery = ZYearRangeQuery;

export const ZYearTotals = ZStatusTotals.extend({ year: z.number().int() });
export const ZFundingTotals = z.object({
  currency: z.string(),
  /** Every year with an envelope (within the range asked), ascending. */
  years: z.array(ZYearTotals),
  sources: z.array(
    z.object({ sourceId: ZId, name: z.string(), kind: ZFundingSourceKind, years: z.array(ZYearTotals), totals: ZStatusTotals }),
  ),
  totals: ZStatusTotals,
});
export type TFundingTotals = z.infer<typeof ZFundingTotals>;

const ZShare = z.number().gt(0, 'must be more than 0').max(1, 'must be at most 1').multipleOf(0.001);

export const ZFundingSettings = z.object({
  /** ISO 4217 code the budgets are entered in. */
  currency: z.string(),
  /** Working days an officer has per quarter: releaseDays = headcount × share × daysPerQuarter. */
  daysPerQuarter: z.number().int(),
  defaultReleaseShare: z.number(),
});
export type TFundingSettings = z.infer<typeof ZFundingSettings>;
export const ZFundingSettingsUpdate = z.object({
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as USD').optional(),
  daysPerQuarter: z.number().int().min(1).max(92).optional(),
  defaultReleaseShare: ZShare.optional(),
});
export type TFundingSettingsUpdate = z.infer<typeof ZFundingSettingsUpdate>;

export const ZTrainerDaysQuery = z
  .object({ fromYear: z.coerce.number().pipe(ZYear), toYear: z.coerce.number().pipe(ZYear) })
  .refine((q) => q.toYear >= q.fromYear, { message: 'must not be before fromYear', path: ['toYear'] })
  .refine((q) => q.toYear - q.fromYear < 10, { message: 'at most 10 years at once', path: ['toYear'] });
export const ZTrainerDays = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  /**
   * Every quarter of the years asked; null where no figure is entered. source: 'pool' when the figure is computed
   * from the trainer pool (it replaces the manual one), 'manual' or absent when entered here.
   */
  periods: z.array(z.object({ period: z.string(), days: z.number().nullable(), source: z.enum(['pool', 'manual']).optional() })),
});
export type TTrainerDays = z.infer<typeof ZTrainerDays>;
/** Figures per quarter to write; null removes a quarter's figure. */
export const ZTrainerDaysPut = z.object({
  days: z
    .record(ZPeriod, z.number().min(0, 'must not be negative').max(100000).multipleOf(0.5).nullable())
    .refine((d) => Object.keys(d).length > 0 && Object.keys(d).length <= 200, 'between 1 and 200 quarters'),
});
export type TTrainerDaysPut = z.infer<typeof ZTrainerDaysPut>;

export const ZReleaseShares = z.object({
  defaultShare: z.number(),
  daysPerQuarter: z.number().int(),
  /** Units with their own share; every other unit uses the default. */
  shares: z.array(z.object({ orgUnitId: ZId, share: z.number() })),
});
export type TReleaseShares = z.infer<typeof ZReleaseShares>;
/** Shares to write; null returns the unit to the default. */
export const ZReleaseSharesPut = z.object({
  shares: z
    .array(z.object({ orgUnitId: ZId, share: ZShare.nullable() }))
    .max(5000)
    .refine((s) => new Set(s.map((x) => x.orgUnitId)).size === s.length, 'each org unit at most once'),
});
export type TReleaseSharesPut = z.infer<typeof ZReleaseSharesPut>;
