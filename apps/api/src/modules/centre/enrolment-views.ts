import type { TEnrolmentQueueQuery, TEnrolmentSessionSummary, TMyEnrolments, TSessionEnrolments, TSessionStatus, TTeam } from '@formasaun/shared';
import { type Actor, can, officerScope, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { isoDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { makeEnrolmentTeamRepository, type SessionSummaryRow } from './enrolment-team.repository.js';
import { presentEnrolment } from './enrolment.presenter.js';
import type { EnrolmentListRow, EnrolmentRepository } from './enrolment.repository.js';
import { ACTIVE_STATUSES, groupKeyOf } from './enrolment.rules.js';

/** Officers shown at most in one team view (a manager's "team" is the whole administration). */
const TEAM_LIMIT = 1000;
const UPCOMING_LIMIT = 200;

const presentSummary = (s: SessionSummaryRow): TEnrolmentSessionSummary => ({ ...s, status: s.status as TSessionStatus });

/** The read side of enrolment: a session's participants, the decision queues, one's own learning, the team view. */
export function makeEnrolmentViews(deps: { database: Database; clock: Clock; repo: EnrolmentRepository }) {
  const { database, clock, repo } = deps;
  const team = makeEnrolmentTeamRepository();
  const rootsOf = (actor: Actor) => (officerScope(actor) === 'administration' ? null : actor.supervisedOrgUnitIds);

  return {
    /**
     * A session's enrolments: the manager sees all; a supervisor those of their subtrees; a trainer of the session
     * the enrolled list. Anyone else: 404.
     */
    async sessionEnrolments(actor: Actor, sessionId: string): Promise<TSessionEnrolments> {
      requirePermission(actor, 'CentreRead');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const session = await repo.findSession(tx, adm, sessionId);
        if (!session) throw notFound('session');
        const roots = rootsOf(actor);
        const seen = new Map<string, EnrolmentListRow>();
        let allowed = false;
        if (can(actor, 'EnrolmentDecide') && roots === null) {
          allowed = true;
          for (const r of await repo.list(tx, adm, { sessionId })) seen.set(r.id, r);
        } else if (can(actor, 'EnrolmentNominate') && roots && roots.length) {
          allowed = true;
          for (const r of await repo.list(tx, adm, { sessionId, subtreeRoots: roots })) seen.set(r.id, r);
        }
        if (actor.officerId && can(actor, 'AttendanceRecord') && (await repo.isTrainerOf(tx, adm, sessionId, actor.officerId))) {
          allowed = true;
          for (const r of await repo.list(tx, adm, { sessionId, statuses: ['enrolled'] })) seen.set(r.id, r);
        }
        if (!allowed) throw notFound('session');
        const all = await repo.list(tx, adm, { sessionId, ids: [...seen.keys()] });
        return { sessionId, capacity: session.capacity, enrolledCount: session.enrolledCount, items: all.map(presentEnrolment) };
      });
    },

    /** The decision queues: nominations for the manager; requests of the team for a supervisor (all for the manager). */
    async queue(actor: Actor, query: TEnrolmentQueueQuery) {
      requirePermission(actor, query.status === 'nominated' ? 'EnrolmentDecide' : 'EnrolmentNominate');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        if (query.sessionId && !(await repo.findSession(tx, adm, query.sessionId))) throw notFound('session');
        const roots = rootsOf(actor);
        if (roots !== null && roots.length === 0) return [];
        const found = await repo.list(tx, adm, {
          statuses: [query.status],
          ...(query.sessionId ? { sessionId: query.sessionId } : {}),
          ...(roots === null ? {} : { subtreeRoots: roots }),
        });
        return found.map(presentEnrolment);
      });
    },

    /** The officer's own enrolments (upcoming, waitlisted with position, pending, history) and the open sessions to ask for. */
    async mine(actor: Actor): Promise<TMyEnrolments> {
      requirePermission(actor, 'LearningSelf');
      const adm = actor.administrationId;
      const officerId = actor.officerId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const openSessions = (await team.upcomingSessions(tx, adm, isoDate(clock.now()), { openOnly: true, limit: UPCOMING_LIMIT })).map(presentSummary);
        if (!officerId) return { items: [], openSessions };
        return { items: (await repo.list(tx, adm, { officerId })).map(presentEnrolment), openSessions };
      });
    },

    /**
     * The supervisor's team: officers of the supervised subtrees with their live enrolments and completed courses,
     * and the upcoming sessions with, for each, the officers whose planning group (unit × position, as the plan's
     * target groups name them) the session was planned for.
     */
    async team(actor: Actor): Promise<TTeam> {
      requirePermission(actor, 'EnrolmentNominate');
      const adm = actor.administrationId;
      return database.transaction(tenantOf(actor), async (tx) => {
        const roots = rootsOf(actor);
        const today = isoDate(clock.now());
        const sessions = await team.upcomingSessions(tx, adm, today, { openOnly: false, limit: UPCOMING_LIMIT });
        if (roots !== null && roots.length === 0) return { officers: [], sessions: sessions.map((s) => ({ ...presentSummary(s), targetOfficerIds: [] })) };
        const officers = await team.teamOfficers(tx, adm, roots, TEAM_LIMIT);
        const ids = officers.map((o) => o.id);
        const live = ids.length
          ? await repo.list(tx, adm, { statuses: ACTIVE_STATUSES, ...(roots === null ? {} : { subtreeRoots: roots }) })
          : [];
        const byOfficer = new Map<string, EnrolmentListRow[]>();
        for (const e of live) {
          if (e.sessionStatus === 'completed' || e.sessionStatus === 'cancelled') continue;
          byOfficer.set(e.officerId, [...(byOfficer.get(e.officerId) ?? []), e]);
        }
        const done = new Map<string, TTeam['officers'][number]['completed']>();
        for (const c of await team.completed(tx, adm, ids)) {
          const { officerId, ...rest } = c;
          done.set(officerId, [...(done.get(officerId) ?? []), rest]);
        }
        const members = officers.map((o) => ({
          id: o.id,
          name: o.name,
          employeeNumber: o.employeeNumber,
          orgUnitName: o.orgUnitName,
          positionTitle: o.positionTitle,
          groupKey: groupKeyOf(o.orgUnitCode, o.positionCode),
          enrolments: (byOfficer.get(o.id) ?? []).map(presentEnrolment),
          completed: done.get(o.id) ?? [],
        }));
        return {
          officers: members,
          sessions: sessions.map((s) => {
            const groups = new Set(s.targetGroups);
            return { ...presentSummary(s), targetOfficerIds: members.filter((m) => m.groupKey !== null && groups.has(m.groupKey)).map((m) => m.id) };
          }),
        };
      });
    },
  };
}
