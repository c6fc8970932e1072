import { z } from 'zod';

/** Customs functional areas: the catalogue's axes, the same codes as the default framework's competency areas. */
export const FUNCTIONAL_AREAS = [
  'integrity',
  'legal-framework',
  'languages-it-literacy',
  'instructional-skills',
  'tariff-classification',
  'valuation',
  'origin',
  'procedures-clearance',
  'revenue-accounting',
  'risk-management',
  'intelligence-investigation',
  'enforcement',
  'post-clearance-audit',
  'passenger-border',
  'trade-facilitation',
  'customs-it',
  'leadership-management',
] as const;
export const ZFunctionalArea = z.enum(FUNCTIONAL_AREAS);
export type TFunctionalArea = z.infer<typeof ZFunctionalArea>;

/** What a course run costs, by category: the axes of budgets, earmarks and actual costs. */
export const COST_CATEGORIES = ['trainer-fees', 'venue', 'travel-per-diem', 'materials'] as const;
export const ZCostCategory = z.enum(COST_CATEGORIES);
export type TCostCategory = z.infer<typeof ZCostCategory>;

/** A planning period: a calendar quarter such as "2017Q1"; the year is the text before "Q". */
export const ZPeriod = z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter such as 2017Q1');
export type TPeriod = z.infer<typeof ZPeriod>;

export const ZYear = z.number().int().min(2000).max(2100);

export function periodsOfYears(fromYear: number, toYear: number): string[] {
  const out: string[] = [];
  for (let y = fromYear; y <= toYear; y++) for (let q = 1; q <= 4; q++) out.push(`${y}Q${q}`);
  return out;
}
