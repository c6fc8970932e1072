import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';
import { subtreeSql, uuidArray } from './enrolment.repository.js';

export interface SessionSummaryRow {
  id: string;
  code: string;
  courseId: string;
  courseCode: string;
  courseTitleEn: string;
  courseTitlePt: string;
  status: string;
  startDay: string | null;
  endDay: string | null;
  capacity: number;
  enrolledCount: number;
  waitlisted: number;
  openForRequests: boolean;
  language: string;
  targetGroups: string[];
}

const summaryColumns = sql`s.id, s.code, s.course_id as "courseId", c.code as "courseCode", c.title_en as "courseTitleEn", c.title_pt as "courseTitlePt",
  s.status, s.start_day::text as "startDay", s.end_day::text as "endDay", s.capacity, s.enrolled_count as "enrolledCount",
  (select count(*)::int from enrolments w where w.administration_id = s.administration_id and w.session_id = s.id and w.status = 'waitlisted') as waitlisted,
  s.open_for_requests as "openForRequests", s.language,
  array(select jsonb_object_keys(s.target_groups) order by 1) as "targetGroups"`;

/** What the team view and "my learning" read: officers of a subtree, completed courses, upcoming sessions. */
export function makeEnrolmentTeamRepository() {
  return {
    /** Officers (not left) of the subtrees, or of the whole administration when `roots` is null; at most `limit`. */
    teamOfficers: (tx: Tx, adm: string, roots: readonly string[] | null, limit: number) =>
      rows<{ id: string; name: string; employeeNumber: string; orgUnitName: string; orgUnitCode: string; positionTitle: string | null; positionCode: string | null }>(
        tx,
        sql`select o.id, o.given_names || ' ' || o.family_name as name, o.employee_number as "employeeNumber", u.name as "orgUnitName", u.code as "orgUnitCode",
                   p.title as "positionTitle", p.code as "positionCode"
            from officers o
            join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
            left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
            where o.administration_id = ${adm} and o.status <> 'left' ${roots === null ? sql`` : sql`and o.org_unit_id in (${subtreeSql(adm, roots)})`}
            order by u.name, o.family_name, o.given_names, o.id
            limit ${limit}`,
      ),
    /** Courses completed by the officers (the completion rule said so), latest first. */
    completed: (tx: Tx, adm: string, officerIds: readonly string[]) =>
      officerIds.length === 0
        ? Promise.resolve([])
        : rows<{ officerId: string; sessionId: string; courseCode: string; courseTitleEn: string; courseTitlePt: string; endDay: string | null }>(
            tx,
            sql`select r.officer_id as "officerId", s.id as "sessionId", c.code as "courseCode", c.title_en as "courseTitleEn", c.title_pt as "courseTitlePt",
                       s.end_day::text as "endDay"
                from session_results r
                join course_sessions s on s.administration_id = r.administration_id and s.id = r.session_id
                join courses c on c.administration_id = s.administration_id and c.id = s.course_id
                where r.administration_id = ${adm} and r.completed and r.officer_id = any(${uuidArray(officerIds)})
                order by s.end_day desc nulls last, c.code`,
          ),
    /** Scheduled sessions starting from `today`, soonest first; `openOnly` keeps those open for requests. */
    upcomingSessions: (tx: Tx, adm: string, today: string, opts: { openOnly: boolean; limit: number }) =>
      rows<SessionSummaryRow>(
        tx,
        sql`select ${summaryColumns}
            from course_sessions s join courses c on c.administration_id = s.administration_id and c.id = s.course_id
            where s.administration_id = ${adm} and s.status = 'scheduled' and s.start_day >= ${today}::date
              ${opts.openOnly ? sql`and s.open_for_requests` : sql``}
            order by s.start_day, s.code
            limit ${opts.limit}`,
      ),
  };
}
