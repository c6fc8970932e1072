import {
  COST_CATEGORIES,
  DEFAULT_DAYS_PER_QUARTER,
  DEFAULT_RELEASE_SHARE,
  FUNCTIONAL_AREAS,
  type TCostCategory,
  type TEnvelope,
  type TEnvelopeStatus,
  type TFundingSettings,
  type TFundingSource,
  type TFundingSourceKind,
  type TFunctionalArea,
  type TStatusTotals,
} from '@formasaun/shared';
import type { EnvelopeWithSource, SourceRow } from './funding.repository.js';

/** Earmarks as stored: without repeats, in the order of FUNCTIONAL_AREAS / COST_CATEGORIES, so equal sets compare equal. */
export const normaliseAreas = (areas: readonly string[]): TFunctionalArea[] => FUNCTIONAL_AREAS.filter((a) => areas.includes(a));
export const normaliseCategories = (categories: readonly string[]): TCostCategory[] => COST_CATEGORIES.filter((c) => categories.includes(c));

export const presentEnvelope = (e: EnvelopeWithSource): TEnvelope => ({
  id: e.id,
  sourceId: e.sourceId,
  sourceName: e.sourceName,
  sourceKind: e.sourceKind as TFundingSourceKind,
  year: e.year,
  amount: Number(e.amount),
  status: e.status as TEnvelopeStatus,
  functionalAreas: normaliseAreas(e.functionalAreas),
  costCategories: normaliseCategories(e.costCategories),
  note: e.note,
});

export const presentSource = (s: SourceRow, envelopeCount: number, totals: TStatusTotals): TFundingSource => ({
  id: s.id,
  name: s.name,
  kind: s.kind as TFundingSourceKind,
  notes: s.notes,
  envelopeCount,
  totals,
});

export const presentSettings = (s: { currency: string; daysPerQuarter: number | null; defaultReleaseShare: string | null } | undefined): TFundingSettings => ({
  currency: s?.currency ?? 'USD',
  daysPerQuarter: s?.daysPerQuarter ?? DEFAULT_DAYS_PER_QUARTER,
  defaultReleaseShare: s?.defaultReleaseShare === null || s?.defaultReleaseShare === undefined ? DEFAULT_RELEASE_SHARE : Number(s.defaultReleaseShare),
});
