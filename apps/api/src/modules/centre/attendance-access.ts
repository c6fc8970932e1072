import { type Actor, officerScope, requirePermission } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { AttendanceRepository, SessionHeader } from './attendance.repository.js';

/** The training manager (and the platform operator) sees every session of the administration. */
export const isCentreManager = (actor: Actor) => officerScope(actor) === 'administration';

/**
 * A session whose attendance, results and sheets the actor may handle: the manager any session, a trainer only the
 * sessions they train. Any other session answers 404, so a trainer cannot learn which sessions exist.
 */
export async function recordableSession(tx: Tx, repo: AttendanceRepository, actor: Actor, sessionId: string): Promise<SessionHeader> {
  requirePermission(actor, 'AttendanceRecord');
  const session = await repo.session(tx, actor.administrationId, sessionId);
  if (!session) throw notFound('session');
  if (isCentreManager(actor)) return session;
  if (actor.officerId && (await repo.isTrainerOf(tx, actor.administrationId, sessionId, actor.officerId))) return session;
  throw notFound('session');
}

/** Draft and cancelled sessions take no attendance; once completed, attendance and results are final. */
export function refuseUnlessRunning(session: SessionHeader) {
  if (session.status === 'draft' || session.status === 'cancelled') throw conflict(`the session is ${session.status}: nothing can be recorded for it`);
  if (session.status === 'completed') throw conflict('the session is completed: its attendance and results are final');
}
