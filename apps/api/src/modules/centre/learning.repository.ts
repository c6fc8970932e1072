import type { TMySession, TTrainingEvidence, TTrainingSession } from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** An officer's sessions, evidence and scope; a trainer's sessions. Every query is scoped by administration. */
export function makeLearningRepository() {
  return {
    officer: async (tx: Tx, administrationId: string, officerId: string) =>
      (
        await rows<{ id: string; name: string; orgUnitId: string }>(
          tx,
          sql`select id, given_names || ' ' || family_name as name, org_unit_id as "orgUnitId" from officers
              where administration_id = ${administrationId} and id = ${officerId}`,
        )
      )[0],

    /** Whether the unit lies in one of the subtrees rooted at `roots`. */
    inSubtree: async (tx: Tx, administrationId: string, roots: string[], unitId: string) => {
      if (!roots.length) return false;
      const found = await rows<{ one: number }>(
        tx,
        sql`with recursive up as (
              select id, parent_id from org_units where administration_id = ${administrationId} and id = ${unitId}
              union
              select u.id, u.parent_id from org_units u join up on u.id = up.parent_id where u.administration_id = ${administrationId})
            select 1 as one from up where id = any(${sql.param(roots)}::uuid[]) limit 1`,
      );
      return found.length > 0;
    },

    /** Every enrolment of the officer with its session and, once decided, the result. */
    sessions: (tx: Tx, administrationId: string, officerId: string) =>
      rows<TTrainingSession>(
        tx,
        sql`select s.id as "sessionId", s.code as "sessionCode", json_build_object('en', c.title_en, 'pt', c.title_pt) as "courseTitle",
                   s.start_day::text as "startDay", s.end_day::text as "endDay", s.status as "sessionStatus", e.status as "enrolmentStatus",
                   case when e.status = 'waitlisted' then (
                     select count(*)::int from enrolments w where w.administration_id = e.administration_id and w.session_id = e.session_id
                       and w.status = 'waitlisted' and w.waitlist_seq <= e.waitlist_seq) end as "waitlistPosition",
                   r.name as "roomName", sr.completed, sr.score::float8 as score, sr.passed
            from enrolments e
            join course_sessions s on s.administration_id = e.administration_id and s.id = e.session_id
            join courses c on c.administration_id = s.administration_id and c.id = s.course_id
            left join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
            left join session_results sr on sr.administration_id = e.administration_id and sr.session_id = e.session_id and sr.officer_id = e.officer_id
            where e.administration_id = ${administrationId} and e.officer_id = ${officerId}
            order by s.start_day desc nulls last, s.code`,
      ),

    evidence: (tx: Tx, administrationId: string, officerId: string) =>
      rows<TTrainingEvidence>(
        tx,
        sql`select te.id, te.competency_code as "competencyCode",
                   (select json_build_object('en', k.name_en, 'pt', k.name_pt) from competencies k
                      join framework_versions fv on fv.administration_id = k.administration_id and fv.id = k.framework_version_id
                      where k.administration_id = te.administration_id and k.code = te.competency_code
                      order by fv.created_at desc, fv.version desc limit 1) as "competencyName",
                   te.levels::float8 as levels, te.to_level as "toLevel", te.source, te.on_day::text as "onDay", s.code as "sessionCode",
                   case when c.id is null then null else json_build_object('en', c.title_en, 'pt', c.title_pt) end as "courseTitle"
            from training_evidence te
            left join course_sessions s on s.administration_id = te.administration_id and s.id = te.session_id
            left join courses c on c.administration_id = te.administration_id and c.id = te.course_id
            where te.administration_id = ${administrationId} and te.officer_id = ${officerId}
            order by te.on_day desc, te.competency_code`,
      ),

    /** Sessions the officer trains (as an internal trainer), most recent first. */
    trainerSessions: (tx: Tx, administrationId: string, officerId: string) =>
      rows<TMySession>(
        tx,
        sql`select s.id as "sessionId", s.code as "sessionCode", json_build_object('en', c.title_en, 'pt', c.title_pt) as "courseTitle",
                   s.start_day::text as "startDay", s.end_day::text as "endDay", s.status as "sessionStatus", st.role,
                   s.enrolled_count as "enrolledCount", s.capacity, r.name as "roomName"
            from trainers t
            join session_trainers st on st.administration_id = t.administration_id and st.trainer_id = t.id
            join course_sessions s on s.administration_id = st.administration_id and s.id = st.session_id
            join courses c on c.administration_id = s.administration_id and c.id = s.course_id
            left join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
            where t.administration_id = ${administrationId} and t.officer_id = ${officerId}
            order by s.start_day nulls last, s.code`,
      ),
  };
}
export type LearningRepository = ReturnType<typeof makeLearningRepository>;
