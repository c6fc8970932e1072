import type { Tx } from '../../platform/db.js';

/**
 * Applies the course's completion rule to every enrolled participant of a session that has just been completed:
 * decides session_results.completed, records training evidence (the course's raises) and issues certificates.
 * Called by the session service in the transaction that moves the session to 'completed'. Placeholder until the
 * attendance area lands.
 */
export function recordCompletion(_tx: Tx, _administrationId: string, _sessionId: string, _today: string): Promise<{ completed: number; certificates: number }> {
  return Promise.resolve({ completed: 0, certificates: 0 });
}
