import { currentLocale } from '../i18n';

/**
 * Formatting locale per UI language: these administrations write day-month-year, so English is British
 * ("13 Jan 2012") and Portuguese is European ("13/01/2012"), whatever the browser's region.
 */
const FORMAT_LOCALE = { en: 'en-GB', pt: 'pt-PT' } as const;

function formatLocale(): string {
  return FORMAT_LOCALE[currentLocale()];
}

/** Formats a YYYY-MM-DD date for the current language without shifting it across time zones. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(formatLocale()).format(value);
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
