import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { notificationOutbox } from '../notifications/notifications.outbox.js';
import { knownZone } from './ics.js';
import { reminderRepository as repo } from './reminder.repository.js';

/** The calendar date in a time zone at an instant, YYYY-MM-DD. */
export function localDay(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: knownZone(timeZone), year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The day-before reminders: for every session (scheduled or in progress) starting tomorrow in its administration's
 * time zone, a 'reminder' to each enrolled officer and to the trainers' officers. The dedupe key makes a second
 * scan add nothing. Finds the administrations across tenants, then writes in one transaction per administration.
 */
export async function enqueueReminders(database: Database, clock: Clock): Promise<{ administrations: number; recipients: number }> {
  const now = clock.now();
  const candidates = await database.transaction('all', (tx) => repo.administrationsWithSessionsAround(tx, now.toISOString().slice(0, 10)));
  let recipients = 0;
  for (const adm of candidates) {
    const tomorrow = nextDay(localDay(adm.timezone, now));
    recipients += await database.transaction({ administrationId: adm.id }, async (tx) => {
      const found = await repo.recipients(tx, adm.id, tomorrow);
      for (const r of found) {
        await notificationOutbox.enqueue(tx, adm.id, { kind: 'reminder', officerId: r.officerId, sessionId: r.sessionId, dedupeKey: `reminder:${r.sessionId}:${r.officerId}` });
      }
      return found.length;
    });
  }
  return { administrations: candidates.length, recipients };
}
