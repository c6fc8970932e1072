import type { Tx } from '../../platform/db.js';
import type { NotificationOutbox } from '../notifications/notifications.outbox.js';
import { makeEnrolmentRepository } from './enrolment.repository.js';
import { promotionOrder, SEATS_OPEN } from './enrolment.rules.js';

const repo = makeEnrolmentRepository();

/**
 * Gives free seats of a session to the waitlist in arrival order (after a withdrawal or a larger capacity), with a
 * 'promotion' notification each; answers how many were promoted. Locks the session row first, so it runs after
 * any enrolment in flight; officers seated elsewhere on the same days keep their place and are skipped.
 */
export async function fillFreeSeats(tx: Tx, administrationId: string, sessionId: string, outbox: NotificationOutbox): Promise<number> {
  const session = await repo.lockSession(tx, administrationId, sessionId);
  if (!session || !SEATS_OPEN.includes(session.status as (typeof SEATS_OPEN)[number])) return 0;
  const queue = await repo.queue(tx, administrationId, sessionId);
  const promoted = promotionOrder(session.capacity - session.enrolledCount, queue);
  if (promoted.length === 0) return 0;
  const officerOf = new Map(queue.map((q) => [q.id, q.officerId]));
  for (const id of promoted) await repo.setStatus(tx, administrationId, id, { status: 'enrolled' });
  await repo.addSeats(tx, administrationId, sessionId, promoted.length);
  for (const id of promoted) {
    await outbox.enqueue(tx, administrationId, { kind: 'promotion', officerId: officerOf.get(id)!, sessionId, dedupeKey: `promotion:${id}:${queue.find((q) => q.id === id)!.seq}` });
  }
  return promoted.length;
}
