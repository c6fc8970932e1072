import type { Tx } from '../../platform/db.js';
import { type CalendarLocale, daysOf, placeOf, sessionEvents } from './calendar-events.js';
import { calendarRepository as repo } from './calendar.repository.js';
import { type IcsPerson, renderCalendar } from './ics.js';
import { enqueueReminders } from './reminder.service.js';

/** What a message about a session says: course, dates, times, place, trainers. */
export interface SessionFacts {
  id: string;
  code: string;
  status: string;
  courseCode: string;
  titleEn: string;
  titlePt: string;
  startDay: string | null;
  endDay: string | null;
  /** Training days with their local times (HH:MM). */
  days: { day: string; startsAt: string; endsAt: string }[];
  /** Room and venue, or empty when no room is set. */
  place: string;
  trainers: string | null;
  cancelReason: string | null;
}

/**
 * What the notifications context asks of the training centre: the facts of the sessions a notification names,
 * the .ics of a session for an e-mail, and the day-before reminder scan. Callers pass their own transaction.
 */
export const calendarLookups = {
  async sessionFacts(tx: Tx, administrationId: string, sessionIds: string[]): Promise<Map<string, SessionFacts>> {
    const ids = [...new Set(sessionIds)];
    const out = new Map<string, SessionFacts>();
    if (ids.length === 0) return out;
    const sessions = await repo.sessions(tx, administrationId, { scope: 'sessions', sessionIds: ids }, null);
    const days = await repo.days(tx, administrationId, ids);
    for (const s of sessions) {
      out.set(s.id, {
        id: s.id,
        code: s.code,
        status: s.status,
        courseCode: s.courseCode,
        titleEn: s.titleEn,
        titlePt: s.titlePt,
        startDay: s.startDay,
        endDay: s.endDay,
        days: daysOf(s, days),
        place: placeOf(s),
        trainers: s.trainers,
        cancelReason: s.cancelReason,
      });
    }
    return out;
  },

  /** The session's days as an invitation (REQUEST) or its withdrawal (CANCEL); null when the session has no dates. */
  async sessionIcs(
    tx: Tx,
    administrationId: string,
    sessionId: string,
    opts: { method: 'REQUEST' | 'CANCEL'; locale: CalendarLocale; publicUrl: string; now: Date; organizer: IcsPerson | null; attendee: IcsPerson | null },
  ): Promise<string | null> {
    const [session] = await repo.sessions(tx, administrationId, { scope: 'sessions', sessionIds: [sessionId] }, null);
    if (!session?.startDay) return null;
    const adm = await repo.administration(tx, administrationId);
    const days = await repo.days(tx, administrationId, [sessionId]);
    const events = sessionEvents(session, days, { ...opts, cancelled: opts.method === 'CANCEL' });
    if (events.length === 0) return null;
    return renderCalendar({ method: opts.method, timeZone: adm?.timezone ?? 'UTC', now: opts.now, events });
  },

  /** The administration's name, zone and default language. */
  administration: (tx: Tx, administrationId: string) => repo.administration(tx, administrationId),

  enqueueReminders,
};
export type CalendarLookups = typeof calendarLookups;
