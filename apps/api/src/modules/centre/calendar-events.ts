import type { CalendarDayRow, CalendarSessionRow } from './calendar.repository.js';
import type { IcsEvent, IcsPerson } from './ics.js';
import { sequenceOf } from './ics.js';

export type CalendarLocale = 'en' | 'pt';

const WORDS = {
  en: { trainers: 'Trainers', session: 'Session', cancelled: 'Cancelled' },
  pt: { trainers: 'Formadores', session: 'Sessão', cancelled: 'Cancelada' },
} as const;

export const localeOf = (value: string | null | undefined): CalendarLocale => (value === 'pt' ? 'pt' : 'en');

/** The course title in the reader's language. */
export const courseTitle = (s: Pick<CalendarSessionRow, 'titleEn' | 'titlePt'>, locale: CalendarLocale) => (locale === 'pt' ? s.titlePt : s.titleEn);

export const sessionLink = (publicUrl: string, sessionId: string) => `${publicUrl}/sessions/${sessionId}`;

export const placeOf = (s: Pick<CalendarSessionRow, 'roomName' | 'venueName'>) => [s.roomName, s.venueName].filter(Boolean).join(', ');

function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`) && out.length < 366; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** The training days of a session with their local times; a session without day rows spans its dates 08:30–16:30. */
export function daysOf(s: CalendarSessionRow, days: CalendarDayRow[]): { day: string; startsAt: string; endsAt: string }[] {
  const own = days.filter((d) => d.sessionId === s.id);
  if (own.length > 0 || !s.startDay) return own;
  return eachDay(s.startDay, s.endDay ?? s.startDay).map((day) => ({ day, startsAt: '08:30', endsAt: '16:30' }));
}

/** One VEVENT per training day of a session, with a UID stable across feeds and e-mails. */
export function sessionEvents(
  s: CalendarSessionRow,
  days: CalendarDayRow[],
  opts: { locale: CalendarLocale; publicUrl: string; organizer?: IcsPerson | null; attendee?: IcsPerson | null; cancelled?: boolean },
): IcsEvent[] {
  const w = WORDS[opts.locale];
  const cancelled = opts.cancelled || s.status === 'cancelled';
  const link = sessionLink(opts.publicUrl, s.id);
  const description = [
    s.trainers ? `${w.trainers}: ${s.trainers}` : null,
    `${w.session}: ${s.code}`,
    cancelled && s.cancelReason ? `${w.cancelled}: ${s.cancelReason}` : null,
    link,
  ]
    .filter(Boolean)
    .join('\n');
  return daysOf(s, days).map((d) => ({
    uid: `${s.id}-${d.day.replace(/-/g, '')}@formasaun`,
    start: { day: d.day, time: d.startsAt },
    end: { day: d.day, time: d.endsAt },
    summary: `${s.courseCode} ${courseTitle(s, opts.locale)}`,
    location: placeOf(s) || null,
    description,
    url: link,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: sequenceOf(new Date(s.updatedAt)),
    organizer: opts.organizer ?? null,
    attendee: opts.attendee ?? null,
  }));
}
