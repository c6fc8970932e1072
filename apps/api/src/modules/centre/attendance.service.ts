import type { TAttendanceGrid, TAttendanceStatus, TAttendanceUpdate, TResultsList, TResultsUpdate } from '@formasaun/shared';
import { type Actor, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { recordableSession, refuseUnlessRunning } from './attendance-access.js';
import { makeSignInSheetService } from './attendance-sheet.service.js';
import { makeAttendanceRepository, type SessionHeader } from './attendance.repository.js';
import { decideCompletion, tallyAttendance } from './attendance.rules.js';
import type { CentreDeps } from './index.js';

type Issue = { path: string; message: string };

/** Attendance per day and results with the completion rule, for the trainers of a session and the manager. */
export function makeAttendanceService(deps: CentreDeps) {
  const { database, clock } = deps;
  const repo = makeAttendanceRepository();
  const today = () => isoDate(clock.now());

  async function marksByOfficer(tx: Tx, administrationId: string, sessionId: string) {
    const marks = new Map<string, Record<string, TAttendanceStatus>>();
    for (const m of await repo.marks(tx, administrationId, sessionId)) marks.set(m.officerId, { ...marks.get(m.officerId), [m.day]: m.status });
    return marks;
  }

  async function grid(tx: Tx, actor: Actor, session: SessionHeader): Promise<TAttendanceGrid> {
    const now = today();
    const days = await repo.days(tx, actor.administrationId, session.id);
    const marks = await marksByOfficer(tx, actor.administrationId, session.id);
    return {
      sessionId: session.id,
      sessionCode: session.code,
      courseTitle: { en: session.titleEn, pt: session.titlePt },
      sessionStatus: session.status,
      canRecord: session.status === 'scheduled' || session.status === 'in_progress',
      days: days.map((d) => ({ day: d.day, startsAt: d.startsAt, endsAt: d.endsAt, isFuture: d.day > now })),
      participants: (await repo.participants(tx, actor.administrationId, session.id)).map((p) => ({ ...p, marks: marks.get(p.officerId) ?? {} })),
    };
  }

  async function results(tx: Tx, actor: Actor, session: SessionHeader): Promise<TResultsList> {
    const days = (await repo.days(tx, actor.administrationId, session.id)).map((d) => d.day);
    const marks = await marksByOfficer(tx, actor.administrationId, session.id);
    const stored = new Map((await repo.results(tx, actor.administrationId, session.id)).map((r) => [r.officerId, r]));
    const certificates = new Map((await repo.certificateOfficers(tx, actor.administrationId, session.id)).map((c) => [c.officerId, c.id]));
    const rule = { minAttendance: session.minAttendance, passScore: session.passScore };
    const participants = await repo.participants(tx, actor.administrationId, session.id);
    return {
      sessionId: session.id,
      sessionStatus: session.status,
      endDay: session.endDay,
      canEnter: (session.status === 'scheduled' || session.status === 'in_progress') && session.endDay !== null && today() >= session.endDay,
      minAttendance: session.minAttendance,
      passScore: session.passScore,
      rows: participants.map((p) => {
        const r = stored.get(p.officerId);
        const outcome = { score: r?.score ?? null, passed: r?.passed ?? null };
        const attendance = tallyAttendance(days, marks.get(p.officerId) ?? {});
        return {
          officerId: p.officerId,
          name: p.name,
          employeeNumber: p.employeeNumber,
          ...outcome,
          comment: r?.comment ?? null,
          attendance,
          decision: decideCompletion(rule, attendance, outcome),
          completed: r?.completed ?? null,
          certificateId: certificates.get(p.officerId) ?? null,
        };
      }),
    };
  }

  /** Names every entry for an officer without a seat in the session. */
  async function requireEnrolled(tx: Tx, administrationId: string, sessionId: string, officerIds: string[]) {
    const enrolled = new Set((await repo.participants(tx, administrationId, sessionId)).map((p) => p.officerId));
    const strangers = [...new Set(officerIds.filter((id) => !enrolled.has(id)))];
    // An id that is no officer of this administration is not found, as everywhere else.
    if (strangers.length && (await repo.existingOfficers(tx, administrationId, strangers)).length < strangers.length) throw notFound('officer');
    const issues: Issue[] = [];
    officerIds.forEach((id, i) => {
      if (!enrolled.has(id)) issues.push({ path: `body.entries.${i}.officerId`, message: `officer ${id} is not enrolled in this session` });
    });
    if (issues.length) throw invalid(`${issues.length} entr${issues.length === 1 ? 'y names an officer' : 'ies name officers'} not enrolled in this session`, issues);
  }

  return {
    async getAttendance(actor: Actor, sessionId: string): Promise<TAttendanceGrid> {
      return database.transaction(tenantOf(actor), async (tx) => grid(tx, actor, await recordableSession(tx, repo, actor, sessionId)));
    },

    /** Records marks for days that have come; all entries or none. */
    async recordAttendance(actor: Actor, sessionId: string, input: TAttendanceUpdate): Promise<TAttendanceGrid> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await recordableSession(tx, repo, actor, sessionId);
        refuseUnlessRunning(session);
        await requireEnrolled(tx, actor.administrationId, sessionId, input.entries.map((e) => e.officerId));
        const days = new Set((await repo.days(tx, actor.administrationId, sessionId)).map((d) => d.day));
        const now = today();
        const issues: Issue[] = [];
        const seen = new Set<string>();
        input.entries.forEach((e, i) => {
          if (!days.has(e.day)) issues.push({ path: `body.entries.${i}.day`, message: `${e.day} is not a day of this session` });
          else if (e.day > now) issues.push({ path: `body.entries.${i}.day`, message: `${e.day} has not come yet` });
          const key = `${e.officerId}|${e.day}`;
          if (seen.has(key)) issues.push({ path: `body.entries.${i}`, message: 'the same officer and day appear twice' });
          seen.add(key);
        });
        if (issues.length) throw invalid('some entries cannot be recorded', issues);
        await repo.upsertMarks(tx, actor.administrationId, sessionId, input.entries, actor.userId);
        return grid(tx, actor, session);
      });
    },

    async getResults(actor: Actor, sessionId: string): Promise<TResultsList> {
      return database.transaction(tenantOf(actor), async (tx) => results(tx, actor, await recordableSession(tx, repo, actor, sessionId)));
    },

    /** Results from the session's last day on; a field left out keeps its stored value. */
    async recordResults(actor: Actor, sessionId: string, input: TResultsUpdate): Promise<TResultsList> {
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await recordableSession(tx, repo, actor, sessionId);
        refuseUnlessRunning(session);
        if (!session.endDay || today() < session.endDay) throw conflict(`results can be entered from ${session.endDay ?? 'the last day of the session'}`, { from: session.endDay });
        await requireEnrolled(tx, actor.administrationId, sessionId, input.entries.map((e) => e.officerId));
        const ids = input.entries.map((e) => e.officerId);
        if (new Set(ids).size !== ids.length) throw invalid('an officer appears twice', [{ path: 'body.entries', message: 'one entry per officer' }]);
        const stored = new Map((await repo.results(tx, actor.administrationId, sessionId)).map((r) => [r.officerId, r]));
        const keep = <T>(value: T | undefined, old: T | null | undefined): T | null => (value === undefined ? (old ?? null) : value);
        await repo.upsertResults(
          tx,
          actor.administrationId,
          sessionId,
          input.entries.map((e) => {
            const old = stored.get(e.officerId);
            const comment = e.comment === undefined ? undefined : e.comment?.trim() || null;
            return { officerId: e.officerId, score: keep(e.score, old?.score), passed: keep(e.passed, old?.passed), comment: keep(comment, old?.comment) };
          }),
          actor.userId,
        );
        return results(tx, actor, session);
      });
    },

    ...makeSignInSheetService(deps, repo),
  };
}
export type AttendanceService = ReturnType<typeof makeAttendanceService>;
