import type { Tx } from '../../platform/db.js';
import type { NotificationOutbox } from '../notifications/notifications.outbox.js';

/**
 * Gives free seats of a session to the waitlist in arrival order (after a withdrawal or a larger capacity), with a
 * 'promotion' notification each; answers how many were promoted. Placeholder until the enrolment area lands.
 */
export function fillFreeSeats(_tx: Tx, _administrationId: string, _sessionId: string, _outbox: NotificationOutbox): Promise<number> {
  return Promise.resolve(0);
}
