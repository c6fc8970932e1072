import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** A session as the enrolment rules need it (read under the row lock when seats may move). */
export interface SessionForEnrolment {
  id: string;
  code: string;
  courseId: string;
  status: string;
  capacity: number;
  enrolledCount: number;
  openForRequests: boolean;
}

export interface OfficerForEnrolment {
  id: string;
  status: string;
  orgUnitId: string;
  name: string;
}

export interface EnrolmentRow {
  id: string;
  sessionId: string;
  officerId: string;
  status: string;
  origin: string;
  officerOrgUnitId: string;
  createdAt: string;
}

/** One row of the enrolment lists, before presenting. */
export interface EnrolmentListRow {
  id: string;
  sessionId: string;
  sessionCode: string;
  sessionStatus: string;
  courseId: string;
  courseCode: string;
  courseTitleEn: string;
  courseTitlePt: string;
  startDay: string | null;
  endDay: string | null;
  officerId: string;
  officerName: string;
  employeeNumber: string;
  orgUnitName: string;
  positionTitle: string | null;
  status: string;
  origin: string;
  waitlistPosition: number | null;
  reason: string | null;
  nominatedBy: string | null;
  decidedBy: string | null;
  createdAt: string;
  decidedAt: string | null;
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

/** Units inside the subtrees rooted at `roots`, roots included. */
const subtree = (adm: string, roots: readonly string[]) =>
  sql`with recursive t as (
        select id from org_units where administration_id = ${adm} and id = any(${uuids(roots)})
        union
        select u.id from org_units u join t on u.parent_id = t.id where u.administration_id = ${adm})
      select id from t`;

/** Filters of the enrolment list; all optional, combined with and. */
export interface EnrolmentFilter {
  sessionId?: string;
  officerId?: string;
  statuses?: readonly string[];
  /** Only officers in these subtrees (a supervisor's scope). */
  subtreeRoots?: readonly string[];
  ids?: readonly string[];
}

/** Enrolments, seats and the waitlist of sessions; every query is scoped by administration. */
export function makeEnrolmentRepository() {
  return {
    /** Locks the session row: every change of seats or of the queue of one session runs one after the other. */
    lockSession: async (tx: Tx, adm: string, id: string) =>
      (
        await rows<SessionForEnrolment>(
          tx,
          sql`select id, code, course_id as "courseId", status, capacity, enrolled_count as "enrolledCount", open_for_requests as "openForRequests"
              from course_sessions where administration_id = ${adm} and id = ${id} for update`,
        )
      )[0],
    findSession: async (tx: Tx, adm: string, id: string) =>
      (
        await rows<SessionForEnrolment>(
          tx,
          sql`select id, code, course_id as "courseId", status, capacity, enrolled_count as "enrolledCount", open_for_requests as "openForRequests"
              from course_sessions where administration_id = ${adm} and id = ${id}`,
        )
      )[0],
    isTrainerOf: async (tx: Tx, adm: string, sessionId: string, officerId: string) =>
      (
        await rows<{ one: number }>(
          tx,
          sql`select 1 as one from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
              where st.administration_id = ${adm} and st.session_id = ${sessionId} and t.officer_id = ${officerId}`,
        )
      ).length > 0,

    officers: (tx: Tx, adm: string, ids: readonly string[]) =>
      rows<OfficerForEnrolment>(
        tx,
        sql`select id, status, org_unit_id as "orgUnitId", given_names || ' ' || family_name as name
            from officers where administration_id = ${adm} and id = any(${uuids(ids)})`,
      ),
    /** Which of these units lie in the subtrees of `roots`. */
    unitsInSubtrees: async (tx: Tx, adm: string, roots: readonly string[], unitIds: readonly string[]) => {
      if (roots.length === 0 || unitIds.length === 0) return new Set<string>();
      const found = await rows<{ id: string }>(tx, sql`select id from (${subtree(adm, roots)}) s where id = any(${uuids(unitIds)})`);
      return new Set(found.map((r) => r.id));
    },

    /** The officers' enrolments in the session, whatever their status. */
    existing: (tx: Tx, adm: string, sessionId: string, officerIds: readonly string[]) =>
      rows<{ id: string; officerId: string; status: string }>(
        tx,
        sql`select id, officer_id as "officerId", status from enrolments
            where administration_id = ${adm} and session_id = ${sessionId} and officer_id = any(${uuids(officerIds)})`,
      ),

    /** Prerequisite courses the officers have not completed (a completed result of a session of it, or evidence from it). */
    missingPrerequisites: (tx: Tx, adm: string, courseId: string, officerIds: readonly string[]) =>
      rows<{ officerId: string; courseCode: string; courseTitle: string }>(
        tx,
        sql`select o.id as "officerId", c.code as "courseCode", c.title_en as "courseTitle"
            from course_prerequisites p
            join courses c on c.administration_id = p.administration_id and c.id = p.prerequisite_id
            cross join unnest(${uuids(officerIds)}) as o(id)
            where p.administration_id = ${adm} and p.course_id = ${courseId}
              and not exists (select 1 from session_results r join course_sessions s on s.administration_id = r.administration_id and s.id = r.session_id
                              where r.administration_id = ${adm} and r.officer_id = o.id and r.completed and s.course_id = p.prerequisite_id)
              and not exists (select 1 from training_evidence te
                              where te.administration_id = ${adm} and te.officer_id = o.id and te.course_id = p.prerequisite_id)
            order by c.code`,
      ),

    /** Seats the officers hold in other live sessions on a day of this one. */
    overlaps: (tx: Tx, adm: string, sessionId: string, officerIds: readonly string[]) =>
      rows<{ officerId: string; sessionCode: string; day: string }>(
        tx,
        sql`select distinct on (e.officer_id) e.officer_id as "officerId", s.code as "sessionCode", d.day::text as day
            from enrolments e
            join course_sessions s on s.administration_id = e.administration_id and s.id = e.session_id
            join session_days d on d.administration_id = e.administration_id and d.session_id = e.session_id
            join session_days mine on mine.administration_id = d.administration_id and mine.session_id = ${sessionId} and mine.day = d.day
            where e.administration_id = ${adm} and e.session_id <> ${sessionId} and e.status = 'enrolled'
              and s.status not in ('cancelled', 'draft') and e.officer_id = any(${uuids(officerIds)})
            order by e.officer_id, d.day`,
      ),

    /** Takes one seat, if one is free; the CHECK (enrolled_count <= capacity) backs the condition. */
    takeSeat: async (tx: Tx, adm: string, sessionId: string) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`update course_sessions set enrolled_count = enrolled_count + 1, updated_at = now()
              where administration_id = ${adm} and id = ${sessionId} and enrolled_count < capacity returning id`,
        )
      ).length === 1,
    releaseSeats: (tx: Tx, adm: string, sessionId: string, n: number) =>
      tx.execute(
        sql`update course_sessions set enrolled_count = greatest(enrolled_count - ${n}, 0), updated_at = now() where administration_id = ${adm} and id = ${sessionId}`,
      ),
    addSeats: (tx: Tx, adm: string, sessionId: string, n: number) =>
      tx.execute(sql`update course_sessions set enrolled_count = enrolled_count + ${n}, updated_at = now() where administration_id = ${adm} and id = ${sessionId}`),
    nextWaitlistSeq: async (tx: Tx) => Number((await rows<{ seq: string }>(tx, sql`select nextval('enrolment_waitlist_seq')::text as seq`))[0]!.seq),

    /** A new enrolment, or a closed one (declined, withdrawn, cancelled) opened again with the new status. */
    upsert: async (
      tx: Tx,
      e: { adm: string; sessionId: string; officerId: string; status: string; origin: string; waitlistSeq: number | null; nominatedBy: string | null; decidedBy: string | null; reason: string | null },
    ) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`insert into enrolments (administration_id, session_id, officer_id, status, origin, waitlist_seq, nominated_by, decided_by, reason, decided_at)
              values (${e.adm}, ${e.sessionId}, ${e.officerId}, ${e.status}, ${e.origin}, ${e.waitlistSeq}, ${e.nominatedBy}, ${e.decidedBy}, ${e.reason},
                      ${e.decidedBy ? sql`now()` : null})
              on conflict (administration_id, session_id, officer_id) do update
                set status = excluded.status, origin = excluded.origin, waitlist_seq = excluded.waitlist_seq, nominated_by = excluded.nominated_by,
                    decided_by = excluded.decided_by, reason = excluded.reason, decided_at = excluded.decided_at, created_at = now(), updated_at = now()
                where enrolments.status in ('declined', 'withdrawn', 'cancelled')
              returning id`,
        )
      )[0]!.id,
    setStatus: (tx: Tx, adm: string, id: string, patch: { status: string; waitlistSeq?: number | null; decidedBy?: string | null; reason?: string | null }) =>
      tx.execute(
        sql`update enrolments set status = ${patch.status},
              waitlist_seq = ${patch.waitlistSeq === undefined ? sql`waitlist_seq` : patch.waitlistSeq},
              decided_by = ${patch.decidedBy === undefined ? sql`decided_by` : patch.decidedBy},
              decided_at = ${patch.decidedBy === undefined ? sql`decided_at` : sql`now()`},
              reason = ${patch.reason === undefined ? sql`reason` : patch.reason}, updated_at = now()
            where administration_id = ${adm} and id = ${id}`,
      ),

    find: async (tx: Tx, adm: string, id: string) =>
      (
        await rows<EnrolmentRow>(
          tx,
          sql`select e.id, e.session_id as "sessionId", e.officer_id as "officerId", e.status, e.origin, o.org_unit_id as "officerOrgUnitId",
                     ${iso(sql`e.created_at`)} as "createdAt"
              from enrolments e join officers o on o.administration_id = e.administration_id and o.id = e.officer_id
              where e.administration_id = ${adm} and e.id = ${id}`,
        )
      )[0],
    findMany: (tx: Tx, adm: string, ids: readonly string[]) =>
      rows<EnrolmentRow>(
        tx,
        sql`select e.id, e.session_id as "sessionId", e.officer_id as "officerId", e.status, e.origin, o.org_unit_id as "officerOrgUnitId",
                   ${iso(sql`e.created_at`)} as "createdAt"
            from enrolments e join officers o on o.administration_id = e.administration_id and o.id = e.officer_id
            where e.administration_id = ${adm} and e.id = any(${uuids(ids)}) order by e.created_at, e.id`,
      ),
    /** Position in the queue (1 = next), or null when not waitlisted. */
    waitlistPosition: async (tx: Tx, adm: string, id: string) =>
      (
        await rows<{ position: number | null }>(
          tx,
          sql`select case when e.status = 'waitlisted' then (select count(*)::int from enrolments w where w.administration_id = e.administration_id
                and w.session_id = e.session_id and w.status = 'waitlisted' and w.waitlist_seq <= e.waitlist_seq) end as position
              from enrolments e where e.administration_id = ${adm} and e.id = ${id}`,
        )
      )[0]?.position ?? null,

    /** The queue of a session with, for each, whether the officer is seated elsewhere on one of its days. */
    queue: async (tx: Tx, adm: string, sessionId: string) =>
      (
        await rows<{ id: string; officerId: string; seq: string; blocked: boolean }>(
          tx,
          sql`select e.id, e.officer_id as "officerId", e.waitlist_seq::text as seq,
                     exists (select 1 from enrolments x
                             join course_sessions xs on xs.administration_id = x.administration_id and xs.id = x.session_id
                             join session_days xd on xd.administration_id = x.administration_id and xd.session_id = x.session_id
                             join session_days md on md.administration_id = xd.administration_id and md.session_id = e.session_id and md.day = xd.day
                             where x.administration_id = e.administration_id and x.officer_id = e.officer_id and x.session_id <> e.session_id
                               and x.status = 'enrolled' and xs.status not in ('cancelled', 'draft')) as blocked
              from enrolments e where e.administration_id = ${adm} and e.session_id = ${sessionId} and e.status = 'waitlisted'
              order by e.waitlist_seq for update of e`,
        )
      ).map((r) => ({ ...r, seq: Number(r.seq) })),

    /** Enrolments with session, course and officer, for the lists and the responses. */
    list: (tx: Tx, adm: string, f: EnrolmentFilter) => {
      const where: SQL[] = [sql`e.administration_id = ${adm}`];
      if (f.sessionId) where.push(sql`e.session_id = ${f.sessionId}`);
      if (f.officerId) where.push(sql`e.officer_id = ${f.officerId}`);
      if (f.statuses) where.push(sql`e.status = any(${sql.param([...f.statuses])}::text[])`);
      if (f.ids) where.push(sql`e.id = any(${uuids(f.ids)})`);
      if (f.subtreeRoots) where.push(sql`o.org_unit_id in (${subtree(adm, f.subtreeRoots)})`);
      return rows<EnrolmentListRow>(
        tx,
        sql`select e.id, e.session_id as "sessionId", s.code as "sessionCode", s.status as "sessionStatus", s.course_id as "courseId",
                   c.code as "courseCode", c.title_en as "courseTitleEn", c.title_pt as "courseTitlePt",
                   s.start_day::text as "startDay", s.end_day::text as "endDay",
                   e.officer_id as "officerId", o.given_names || ' ' || o.family_name as "officerName", o.employee_number as "employeeNumber",
                   u.name as "orgUnitName", p.title as "positionTitle", e.status, e.origin,
                   case when e.status = 'waitlisted' then (select count(*)::int from enrolments w where w.administration_id = e.administration_id
                     and w.session_id = e.session_id and w.status = 'waitlisted' and w.waitlist_seq <= e.waitlist_seq) end as "waitlistPosition",
                   e.reason, nb.display_name as "nominatedBy", db.display_name as "decidedBy",
                   ${iso(sql`e.created_at`)} as "createdAt", ${iso(sql`e.decided_at`)} as "decidedAt"
            from enrolments e
            join course_sessions s on s.administration_id = e.administration_id and s.id = e.session_id
            join courses c on c.administration_id = s.administration_id and c.id = s.course_id
            join officers o on o.administration_id = e.administration_id and o.id = e.officer_id
            join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
            left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
            left join users nb on nb.id = e.nominated_by
            left join users db on db.id = e.decided_by
            where ${sql.join(where, sql` and `)}
            order by s.start_day nulls last, s.code, array_position(array['enrolled','waitlisted','nominated','requested','declined','withdrawn','cancelled'], e.status),
                     e.waitlist_seq nulls last, o.family_name, o.given_names, e.id`,
      );
    },

    /** Accounts that supervise the unit: a supervisor role on the unit or on a unit above it. */
    supervisorsOf: async (tx: Tx, adm: string, orgUnitId: string) =>
      (
        await rows<{ userId: string }>(
          tx,
          sql`with recursive up(id, parent_id, depth) as (
                select id, parent_id, 0 from org_units where administration_id = ${adm} and id = ${orgUnitId}
                union all
                select u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id where u.administration_id = ${adm} and up.depth < 50)
              select distinct r.user_id as "userId" from role_assignments r join users a on a.id = r.user_id
              where r.administration_id = ${adm} and r.role = 'supervisor' and a.is_active and r.org_unit_id in (select id from up)
              order by 1`,
        )
      ).map((r) => r.userId),
  };
}
export type EnrolmentRepository = ReturnType<typeof makeEnrolmentRepository>;
export { subtree as subtreeSql, uuids as uuidArray };
