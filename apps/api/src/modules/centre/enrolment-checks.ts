import type { Tx } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { EnrolmentRepository, OfficerForEnrolment, SessionForEnrolment } from './enrolment.repository.js';
import { isActive } from './enrolment.rules.js';

/** One reason an officer cannot take part, as the 409's details list it. */
export type EnrolmentProblem =
  | { officerId: string; officerName: string; problem: 'already'; status: string }
  | { officerId: string; officerName: string; problem: 'left' }
  | { officerId: string; officerName: string; problem: 'prerequisites'; courses: string[] }
  | { officerId: string; officerName: string; problem: 'overlap'; sessionCode: string; day: string };

function describe(p: EnrolmentProblem): string {
  switch (p.problem) {
    case 'already':
      return `${p.officerName} already has an enrolment for this session (${p.status})`;
    case 'left':
      return `${p.officerName} has left the administration`;
    case 'prerequisites':
      return `${p.officerName} has not completed the prerequisite course(s) ${p.courses.join(', ')}`;
    case 'overlap':
      return `${p.officerName} is enrolled in session ${p.sessionCode} on ${p.day}`;
  }
}

/** Refuses session statuses that do not take this kind of change, in words. */
export function requireSessionStatus(session: SessionForEnrolment, allowed: readonly string[], action: string) {
  if (!allowed.includes(session.status)) {
    throw conflict(`session ${session.code} is ${session.status.replace('_', ' ')}: it does not take ${action}`, { sessionStatus: session.status });
  }
}

export interface CheckOptions {
  /** Units the actor may act for (a supervisor's subtrees); null: the whole administration. */
  subtreeRoots: readonly string[] | null;
  /** Missing prerequisites are accepted (the manager's override) and noted in the reason. */
  override: boolean;
  /** Whether an existing active enrolment of the officer is a conflict (not when deciding that very enrolment). */
  checkExisting: boolean;
}

/**
 * The checks before an officer is nominated, requested or seated: in scope (404 otherwise), not left, no live
 * enrolment for the session yet, prerequisites completed, no seat in another session on the same days. All
 * problems of all officers are reported in one 409; answers the officers and, per officer, the override note.
 */
export async function checkOfficers(tx: Tx, repo: EnrolmentRepository, adm: string, session: SessionForEnrolment, officerIds: readonly string[], opts: CheckOptions) {
  const officers = await repo.officers(tx, adm, officerIds);
  if (officers.length !== officerIds.length) throw notFound('officer');
  if (opts.subtreeRoots) {
    const inScope = await repo.unitsInSubtrees(tx, adm, opts.subtreeRoots, [...new Set(officers.map((o) => o.orgUnitId))]);
    if (officers.some((o) => !inScope.has(o.orgUnitId))) throw notFound('officer');
  }
  const byId = new Map(officers.map((o) => [o.id, o]));
  const nameOf = (id: string) => byId.get(id)!.name;
  const problems: EnrolmentProblem[] = [];
  for (const o of officers) if (o.status === 'left') problems.push({ officerId: o.id, officerName: o.name, problem: 'left' });
  if (opts.checkExisting) {
    for (const e of await repo.existing(tx, adm, session.id, officerIds)) {
      if (isActive(e.status)) problems.push({ officerId: e.officerId, officerName: nameOf(e.officerId), problem: 'already', status: e.status });
    }
  }
  const missing = new Map<string, string[]>();
  for (const m of await repo.missingPrerequisites(tx, adm, session.courseId, officerIds)) {
    missing.set(m.officerId, [...(missing.get(m.officerId) ?? []), `${m.courseCode} ${m.courseTitle}`]);
  }
  if (!opts.override) {
    for (const [officerId, courses] of missing) problems.push({ officerId, officerName: nameOf(officerId), problem: 'prerequisites', courses });
  }
  for (const o of await repo.overlaps(tx, adm, session.id, officerIds)) {
    problems.push({ officerId: o.officerId, officerName: nameOf(o.officerId), problem: 'overlap', sessionCode: o.sessionCode, day: o.day });
  }
  if (problems.length) throw conflict(problems.map(describe).join('; '), { problems });
  const overrideNotes = new Map<string, string>();
  for (const [officerId, courses] of missing) overrideNotes.set(officerId, `prerequisites overridden: ${courses.join(', ')}`);
  return { officers: officerIds.map((id): OfficerForEnrolment => byId.get(id)!), overrideNotes };
}

/** The reason stored with an enrolment: the override note first, then the actor's words. */
export const joinReason = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' — ') || null;
