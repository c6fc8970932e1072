import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

export interface TrainerRow {
  id: string;
  kind: 'internal' | 'external';
  officerId: string | null;
  name: string;
  organisation: string | null;
  position: string | null;
  employeeNumber: string | null;
  email: string | null;
  phone: string | null;
  dailyFee: string | null;
  languages: string[];
  daysPerQuarter: string;
  active: boolean;
  notes: string | null;
  statuses: string[];
  qualifiedCourses: number;
  sessionsThisQuarter: number;
}
export interface QualificationRow {
  id: string;
  trainerId: string;
  courseId: string | null;
  courseCode: string | null;
  courseTitleEn: string | null;
  courseTitlePt: string | null;
  competencyCode: string | null;
  status: string;
  since: string;
}
export interface PathEventRow {
  id: string;
  qualificationId: string;
  day: string;
  kind: string;
  statusTo: string | null;
  sessionId: string | null;
  sessionCode: string | null;
  observationResult: string | null;
  note: string | null;
}
export interface LeaveRow {
  id: string;
  trainerId: string;
  fromDay: string;
  toDay: string;
  reason: string | null;
}

const exists = async (tx: Tx, query: ReturnType<typeof sql>) => (await rows(tx, query)).length > 0;

/** The trainer pool: trainers, qualifications and their path events, leave; every query is scoped by administration. */
export function makeTrainerRepository() {
  return {
    /** Trainers with what the list shows; internal trainers' name, unit, position and contact come from the officer. */
    findTrainers: (tx: Tx, administrationId: string, quarter: { from: string; to: string }, filter: { id?: string; officerId?: string } = {}) =>
      rows<TrainerRow>(
        tx,
        sql`select t.id, t.kind, t.officer_id as "officerId",
                   coalesce(t.name, o.given_names || ' ' || o.family_name) as name,
                   coalesce(t.organisation, u.name) as organisation, p.title as position, o.employee_number as "employeeNumber",
                   coalesce(t.email, o.email) as email, coalesce(t.phone, o.phone) as phone, t.daily_fee::text as "dailyFee",
                   t.languages, t.days_per_quarter::text as "daysPerQuarter", t.active, t.notes,
                   coalesce((select array_agg(q.status) from trainer_qualifications q
                              where q.administration_id = t.administration_id and q.trainer_id = t.id), '{}') as statuses,
                   (select count(*)::int from trainer_qualifications q
                     where q.administration_id = t.administration_id and q.trainer_id = t.id and q.course_id is not null) as "qualifiedCourses",
                   (select count(distinct st.session_id)::int from session_trainers st
                      join course_sessions s on s.administration_id = st.administration_id and s.id = st.session_id
                     where st.administration_id = t.administration_id and st.trainer_id = t.id and s.status <> 'cancelled'
                       and s.start_day <= ${quarter.to}::date and s.end_day >= ${quarter.from}::date) as "sessionsThisQuarter"
            from trainers t
            left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
            left join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
            left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
            where t.administration_id = ${administrationId}
              and (${filter.id ?? null}::uuid is null or t.id = ${filter.id ?? null}::uuid)
              and (${filter.officerId ?? null}::uuid is null or t.officer_id = ${filter.officerId ?? null}::uuid)
            order by t.active desc, lower(coalesce(t.name, o.family_name || ' ' || o.given_names))`,
      ),

    officerExists: (tx: Tx, administrationId: string, id: string) => exists(tx, sql`select 1 from officers where administration_id = ${administrationId} and id = ${id}`),
    trainerOfOfficer: async (tx: Tx, administrationId: string, officerId: string) =>
      (await rows<{ id: string }>(tx, sql`select id from trainers where administration_id = ${administrationId} and officer_id = ${officerId}`))[0]?.id ?? null,
    courseExists: (tx: Tx, administrationId: string, id: string) => exists(tx, sql`select 1 from courses where administration_id = ${administrationId} and id = ${id}`),
    /** A code of the competency framework (any version) or one a course raises. */
    competencyExists: (tx: Tx, administrationId: string, code: string) =>
      exists(
        tx,
        sql`select 1 from competencies where administration_id = ${administrationId} and code = ${code}
            union all select 1 from course_competencies where administration_id = ${administrationId} and competency_code = ${code} limit 1`,
      ),
    sessionExists: (tx: Tx, administrationId: string, id: string) =>
      exists(tx, sql`select 1 from course_sessions where administration_id = ${administrationId} and id = ${id}`),

    async insertTrainer(
      tx: Tx,
      administrationId: string,
      t: { kind: string; officerId: string | null; name: string | null; organisation: string | null; email: string | null; phone: string | null; dailyFee: number | null; languages: string[]; daysPerQuarter: number; active: boolean; notes: string | null },
    ) {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into trainers (administration_id, kind, officer_id, name, organisation, email, phone, daily_fee, languages, days_per_quarter, active, notes)
            values (${administrationId}, ${t.kind}, ${t.officerId}, ${t.name}, ${t.organisation}, ${t.email}, ${t.phone}, ${t.dailyFee},
                    ${sql.param(t.languages)}::text[], ${t.daysPerQuarter}, ${t.active}, ${t.notes}) returning id`,
      );
      return row!.id;
    },

    async updateTrainer(
      tx: Tx,
      administrationId: string,
      id: string,
      t: { name: string | null; organisation: string | null; email: string | null; phone: string | null; dailyFee: number | null; languages: string[]; daysPerQuarter: number; active: boolean; notes: string | null },
    ) {
      await tx.execute(
        sql`update trainers set name = ${t.name}, organisation = ${t.organisation}, email = ${t.email}, phone = ${t.phone}, daily_fee = ${t.dailyFee},
                   languages = ${sql.param(t.languages)}::text[], days_per_quarter = ${t.daysPerQuarter}, active = ${t.active}, notes = ${t.notes}
            where administration_id = ${administrationId} and id = ${id}`,
      );
    },

    /** Sessions naming the trainer: such a trainer is archived (active = false), not deleted. */
    trainerSessions: async (tx: Tx, administrationId: string, id: string) =>
      (await rows<{ n: number }>(tx, sql`select count(*)::int as n from session_trainers where administration_id = ${administrationId} and trainer_id = ${id}`))[0]!.n,
    deleteTrainer: (tx: Tx, administrationId: string, id: string) => tx.execute(sql`delete from trainers where administration_id = ${administrationId} and id = ${id}`),

    findQualifications: (tx: Tx, administrationId: string, by: { trainerId?: string; id?: string }) =>
      rows<QualificationRow>(
        tx,
        sql`select q.id, q.trainer_id as "trainerId", q.course_id as "courseId", c.code as "courseCode", c.title_en as "courseTitleEn",
                   c.title_pt as "courseTitlePt", q.competency_code as "competencyCode", q.status, q.since::text as since
            from trainer_qualifications q
            left join courses c on c.administration_id = q.administration_id and c.id = q.course_id
            where q.administration_id = ${administrationId}
              and (${by.trainerId ?? null}::uuid is null or q.trainer_id = ${by.trainerId ?? null}::uuid)
              and (${by.id ?? null}::uuid is null or q.id = ${by.id ?? null}::uuid)
            order by coalesce(c.code, q.competency_code)`,
      ),

    findEvents: (tx: Tx, administrationId: string, qualificationIds: string[]) =>
      rows<PathEventRow>(
        tx,
        sql`select e.id, e.qualification_id as "qualificationId", e.day::text as day, e.kind, e.status_to as "statusTo", e.session_id as "sessionId",
                   s.code as "sessionCode", e.observation_result as "observationResult", e.note
            from trainer_path_events e
            left join course_sessions s on s.administration_id = e.administration_id and s.id = e.session_id
            where e.administration_id = ${administrationId} and e.qualification_id = any(${sql.param(qualificationIds)}::uuid[])
            order by e.day, e.created_at`,
      ),

    qualificationTaken: (tx: Tx, administrationId: string, trainerId: string, q: { courseId: string | null; competencyCode: string | null }) =>
      exists(
        tx,
        sql`select 1 from trainer_qualifications where administration_id = ${administrationId} and trainer_id = ${trainerId}
            and (course_id = ${q.courseId}::uuid or competency_code = ${q.competencyCode})`,
      ),

    async insertQualification(tx: Tx, administrationId: string, q: { trainerId: string; courseId: string | null; competencyCode: string | null; status: string; since: string }) {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into trainer_qualifications (administration_id, trainer_id, course_id, competency_code, status, since)
            values (${administrationId}, ${q.trainerId}, ${q.courseId}, ${q.competencyCode}, ${q.status}, ${q.since}::date) returning id`,
      );
      return row!.id;
    },

    setQualificationStatus: (tx: Tx, administrationId: string, id: string, status: string, since: string) =>
      tx.execute(sql`update trainer_qualifications set status = ${status}, since = ${since}::date where administration_id = ${administrationId} and id = ${id}`),
    deleteQualification: (tx: Tx, administrationId: string, id: string) =>
      tx.execute(sql`delete from trainer_qualifications where administration_id = ${administrationId} and id = ${id}`),

    insertEvent: (
      tx: Tx,
      administrationId: string,
      e: { qualificationId: string; day: string; kind: string; statusTo: string | null; sessionId: string | null; observationResult: string | null; note: string | null; recordedBy: string },
    ) =>
      tx.execute(
        sql`insert into trainer_path_events (administration_id, qualification_id, day, kind, status_to, session_id, observation_result, note, recorded_by)
            values (${administrationId}, ${e.qualificationId}, ${e.day}::date, ${e.kind}, ${e.statusTo}, ${e.sessionId}, ${e.observationResult}, ${e.note}, ${e.recordedBy})`,
      ),

    findLeave: (tx: Tx, administrationId: string, by: { trainerId?: string; id?: string }) =>
      rows<LeaveRow>(
        tx,
        sql`select id, trainer_id as "trainerId", from_day::text as "fromDay", to_day::text as "toDay", reason from trainer_leave
            where administration_id = ${administrationId}
              and (${by.trainerId ?? null}::uuid is null or trainer_id = ${by.trainerId ?? null}::uuid)
              and (${by.id ?? null}::uuid is null or id = ${by.id ?? null}::uuid)
            order by from_day desc`,
      ),
    leaveOverlaps: (tx: Tx, administrationId: string, trainerId: string, l: { fromDay: string; toDay: string }, exceptId: string | null) =>
      exists(
        tx,
        sql`select 1 from trainer_leave where administration_id = ${administrationId} and trainer_id = ${trainerId}
            and from_day <= ${l.toDay}::date and to_day >= ${l.fromDay}::date and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)`,
      ),
    async insertLeave(tx: Tx, administrationId: string, trainerId: string, l: { fromDay: string; toDay: string; reason: string | null }) {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into trainer_leave (administration_id, trainer_id, from_day, to_day, reason)
            values (${administrationId}, ${trainerId}, ${l.fromDay}::date, ${l.toDay}::date, ${l.reason}) returning id`,
      );
      return row!.id;
    },
    updateLeave: (tx: Tx, administrationId: string, id: string, l: { fromDay: string; toDay: string; reason: string | null }) =>
      tx.execute(
        sql`update trainer_leave set from_day = ${l.fromDay}::date, to_day = ${l.toDay}::date, reason = ${l.reason}
            where administration_id = ${administrationId} and id = ${id}`,
      ),
    deleteLeave: (tx: Tx, administrationId: string, id: string) => tx.execute(sql`delete from trainer_leave where administration_id = ${administrationId} and id = ${id}`),

    /** Active trainers with their leave overlapping [from, to], and the public holidays in it: the pool's trainer-days. */
    async pool(tx: Tx, administrationId: string, from: string, to: string) {
      const trainers = await rows<{ id: string; daysPerQuarter: string }>(
        tx,
        sql`select id, days_per_quarter::text as "daysPerQuarter" from trainers where administration_id = ${administrationId} and active`,
      );
      const leave = await rows<{ trainerId: string; fromDay: string; toDay: string }>(
        tx,
        sql`select l.trainer_id as "trainerId", l.from_day::text as "fromDay", l.to_day::text as "toDay" from trainer_leave l
            join trainers t on t.administration_id = l.administration_id and t.id = l.trainer_id and t.active
            where l.administration_id = ${administrationId} and l.from_day <= ${to}::date and l.to_day >= ${from}::date`,
      );
      const holidays = await rows<{ day: string }>(
        tx,
        sql`select day::text as day from public_holidays where administration_id = ${administrationId} and day between ${from}::date and ${to}::date`,
      );
      return { trainers, leave, holidays: holidays.map((h) => h.day) };
    },
  };
}
export type TrainerRepository = ReturnType<typeof makeTrainerRepository>;
