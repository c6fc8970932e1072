import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';

export { notificationOutbox, type NotificationInput, type NotificationOutbox } from './notifications.outbox.js';

/**
 * Delivers the outbox: in-app list for each person, e-mail through SMTP when configured (with an .ics
 * attachment), day-before reminders. Placeholder until the dispatcher lands.
 */
export function makeNotificationsModule(_deps: { database: Database; clock: Clock; env: Env; log: (line: string) => void }) {
  return {
    /** Starts the background dispatcher and the reminder scan (the server calls it; tests drive them directly). */
    start(): void {},
    async stop(): Promise<void> {},
  };
}
export type NotificationsModule = ReturnType<typeof makeNotificationsModule>;
