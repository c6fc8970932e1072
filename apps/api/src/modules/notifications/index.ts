import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';
import { calendarLookups } from '../centre/calendar.lookups.js';
import { makeDispatcher } from './notifications.dispatcher.js';
import { makeInboxService } from './notifications.service.js';

export { notificationOutbox, type NotificationInput, type NotificationOutbox } from './notifications.outbox.js';

/** How often the background dispatcher looks at the outbox, and the reminder scan at the sessions. */
const DISPATCH_EVERY_MS = 5_000;
const REMINDERS_EVERY_MS = 3_600_000;

/**
 * Delivers the outbox: the in-app list for each person, e-mail through SMTP when configured (with an .ics
 * attachment), and the day-before reminders.
 */
export function makeNotificationsModule(deps: { database: Database; clock: Clock; env: Env; log: (line: string) => void }) {
  const { database, clock, log } = deps;
  const dispatcher = makeDispatcher(deps);
  const timers: NodeJS.Timeout[] = [];
  const report = (what: string) => (err: unknown) => log(`${what}: ${err instanceof Error ? err.message : String(err)}`);

  const enqueueReminders = () => calendarLookups.enqueueReminders(database, clock);

  return {
    inbox: makeInboxService(deps),
    /** Sends what is due now; tests call it directly. */
    dispatchPending: () => dispatcher.dispatchPending(),
    /** Queues the reminders for sessions starting tomorrow (idempotent). */
    enqueueReminders,

    /** Starts the background dispatcher and the reminder scan (the server calls it; tests drive them directly). */
    start(): void {
      if (timers.length > 0) return;
      const remind = () => void enqueueReminders().then(() => dispatcher.dispatchPending(), report('reminder scan')).catch(report('notification dispatch'));
      timers.push(setInterval(() => void dispatcher.dispatchPending().catch(report('notification dispatch')), DISPATCH_EVERY_MS).unref());
      timers.push(setInterval(remind, REMINDERS_EVERY_MS).unref());
      remind();
    },
    async stop(): Promise<void> {
      for (const t of timers.splice(0)) clearInterval(t);
      await dispatcher.close();
    },
  };
}
export type NotificationsModule = ReturnType<typeof makeNotificationsModule>;
