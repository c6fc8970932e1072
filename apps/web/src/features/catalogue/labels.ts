import type { TCourse } from '@formasaun/shared';
import type { TFunction } from 'i18next';
import { currentLocale } from '../../i18n';

const FORMAT_LOCALE = { en: 'en-GB', pt: 'pt-PT' } as const;

/** Whole units of the administration's currency (US dollars in Timor-Leste); cents only when there are some. */
export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat(FORMAT_LOCALE[currentLocale()], {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatDays(t: TFunction, days: number): string {
  return t('catalogue.daysValue', { count: days, days: new Intl.NumberFormat(FORMAT_LOCALE[currentLocale()]).format(days) });
}

export const courseTitle = (c: Pick<TCourse, 'titleEn' | 'titlePt'>) => (currentLocale() === 'pt' ? c.titlePt : c.titleEn);
export const courseSummary = (c: Pick<TCourse, 'summaryEn' | 'summaryPt'>) => (currentLocale() === 'pt' ? c.summaryPt : c.summaryEn);

/** "+1 → 3": levels gained, and the level it raises up to when capped. */
export const raiseLevels = (r: { levels: number; toLevel: number | null }): string => `+${r.levels}${r.toLevel === null ? '' : ` → ${r.toLevel}`}`;

/** "hs-classification +1 → 3": the code with the levels gained. */
export function raiseLabel(r: { competencyCode: string; levels: number; toLevel: number | null }): string {
  return `${r.competencyCode} ${raiseLevels(r)}`;
}

export const competencyName = (r: { competencyCode: string; nameEn: string | null; namePt: string | null }) =>
  (currentLocale() === 'pt' ? r.namePt : r.nameEn) ?? r.competencyCode;
