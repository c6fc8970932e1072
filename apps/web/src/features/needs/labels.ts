import type { TCampaign, TFormSummary } from '@formasaun/shared';
import type { Tone } from '../../components/ToneBadge';
import { currentLocale } from '../../i18n';

/** The name in the UI language, from the API's {en, pt} pairs. */
export const inLocale = (name: { en: string; pt: string }) => name[currentLocale()];
export const scaleName = (level: { nameEn: string; namePt: string }) => (currentLocale() === 'pt' ? level.namePt : level.nameEn);

export const CAMPAIGN_TONE: Record<TCampaign['status'], Tone> = { draft: 'neutral', open: 'warning', closed: 'positive' };
export const FORM_TONE: Record<TFormSummary['status'], Tone> = { sent: 'neutral', started: 'warning', submitted: 'positive' };

export const formatShare = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
export const formatGap = (gap: number | null) => (gap === null ? '—' : gap.toFixed(2));

type Counts = { sent: number; started: number; submitted: number };
/** Self and supervisor totals of a campaign's progress (the API's total mixes both kinds). */
export function totalsByKind(rows: readonly { self: Counts; supervisor: Counts & { noAssessor: number } }[]) {
  const zero = () => ({ sent: 0, started: 0, submitted: 0 });
  const self = zero();
  const supervisor = { ...zero(), noAssessor: 0 };
  for (const r of rows) {
    for (const k of ['sent', 'started', 'submitted'] as const) {
      self[k] += r.self[k];
      supervisor[k] += r.supervisor[k];
    }
    supervisor.noAssessor += r.supervisor.noAssessor;
  }
  return { self, supervisor };
}

export const submittedShare = (c: Counts) => {
  const total = c.sent + c.started + c.submitted;
  return total === 0 ? 0 : Math.round((c.submitted / total) * 100);
};
