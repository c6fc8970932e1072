import type { TPlanProgress, TPlanRun, TPlanSummary } from '@formasaun/shared';
import type { TFunction } from 'i18next';
import type { Tone } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';
import { areaLabel } from '../areas/labels';
import { splitPeriod, type CourseInfo } from './plan-views';

export const PLAN_TONE: Record<TPlanSummary['status'], Tone> = { draft: 'neutral', approved: 'positive', superseded: 'warning' };
export const JOB_TONE: Record<TPlanProgress['state'], Tone> = { idle: 'neutral', running: 'warning', done: 'positive', failed: 'warning', cancelled: 'neutral' };

const FORMAT_LOCALE = { en: 'en-GB', pt: 'pt-PT' } as const;
const locale = () => FORMAT_LOCALE[currentLocale()];

/** Whole units of money: plans are read in thousands, cents are noise. */
export function formatMoney(value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined) return '—';
  if (!currency) return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value);
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
  } catch {
    return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(value)} ${currency}`;
  }
}

export function formatFigure(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return `${formatFigure(value, digits)} %`;
}

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale()).format(value);
}

export const courseTitle = (c: Pick<CourseInfo, 'titleEn' | 'titlePt'> | Pick<TPlanRun, 'titleEn' | 'titlePt'>) =>
  (currentLocale() === 'pt' ? c.titlePt : c.titleEn) || c.titleEn;

/** The shared functional-area name (features/areas). */
export const areaName = (t: TFunction, area: string | null) => areaLabel(t, area);

export function periodName(t: TFunction, period: string): string {
  const { year, quarter } = splitPeriod(period);
  return t('planning.quarter', { year, quarter });
}

/** The computation state in words, with the solver's verdict once it is done. */
export function jobLabel(t: TFunction, plan: Pick<TPlanSummary, 'job' | 'solverStatus' | 'computedAt'>): string {
  const state = plan.job.state;
  if (state === 'done' || (state === 'idle' && plan.computedAt)) {
    const verdict = plan.solverStatus ? t(`planning.solverStatus.${plan.solverStatus}`, { defaultValue: plan.solverStatus }) : null;
    return verdict ? `${t('planning.job.done')} · ${verdict}` : t('planning.job.done');
  }
  return t(`planning.job.${state}`);
}

export const phaseName = (t: TFunction, phase: string) => (phase ? t(`planning.phase.${phase}`, { defaultValue: phase }) : '—');
