import type { TAttendanceStatus } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import { makeAttendanceRepository } from './attendance.repository.js';
import { decideCompletion, tallyAttendance } from './attendance.rules.js';
import { newCertificateCode } from './certificate-code.js';

const repo = makeAttendanceRepository();

/**
 * Applies the course's completion rule to every enrolled participant of a session that has just been completed:
 * decides session_results.completed (a result row is added where none was entered), records training evidence
 * (the course's raises, on the session's last day) and issues a certificate to each participant who completed.
 * Called by the session service in the transaction that moves the session to 'completed'. Calling it again
 * re-decides but never duplicates evidence or certificates, nor revokes one already issued.
 * Answers how many participants completed and how many certificates the session holds for them.
 */
export async function recordCompletion(tx: Tx, administrationId: string, sessionId: string, today: string): Promise<{ completed: number; certificates: number }> {
  const session = await repo.session(tx, administrationId, sessionId);
  if (!session) return { completed: 0, certificates: 0 };
  const days = (await repo.days(tx, administrationId, sessionId)).map((d) => d.day);
  const participants = await repo.participants(tx, administrationId, sessionId);
  const marks = new Map<string, Record<string, TAttendanceStatus>>();
  for (const m of await repo.marks(tx, administrationId, sessionId)) marks.set(m.officerId, { ...marks.get(m.officerId), [m.day]: m.status });
  const results = new Map((await repo.results(tx, administrationId, sessionId)).map((r) => [r.officerId, r]));
  const rule = { minAttendance: session.minAttendance, passScore: session.passScore };

  const decisions = participants.map((p) => {
    const result = results.get(p.officerId);
    const tally = tallyAttendance(days, marks.get(p.officerId) ?? {});
    return { officerId: p.officerId, completed: decideCompletion(rule, tally, { score: result?.score ?? null, passed: result?.passed ?? null }).completed };
  });
  await repo.setCompleted(tx, administrationId, sessionId, decisions);
  const done = decisions.filter((d) => d.completed).map((d) => d.officerId);
  await repo.insertEvidence(tx, administrationId, sessionId, done, session.endDay ?? today);
  await repo.insertCertificates(tx, administrationId, sessionId, done.map((officerId) => ({ officerId, code: newCertificateCode() })), today);
  const held = new Set((await repo.certificateOfficers(tx, administrationId, sessionId)).map((c) => c.officerId));
  return { completed: done.length, certificates: done.filter((id) => held.has(id)).length };
}
