import type { TAttendanceStatus, TSessionStatus } from '@formasaun/shared';
import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

export interface SessionHeader {
  id: string;
  code: string;
  status: TSessionStatus;
  courseId: string;
  titleEn: string;
  titlePt: string;
  language: string;
  startDay: string | null;
  endDay: string | null;
  roomName: string | null;
  venueName: string | null;
  minAttendance: number;
  passScore: number | null;
  administrationName: string;
}

export interface Participant {
  officerId: string;
  name: string;
  employeeNumber: string;
  orgUnitName: string;
}

export interface ResultRow {
  officerId: string;
  score: number | null;
  passed: boolean | null;
  comment: string | null;
  completed: boolean | null;
}

const officerName = sql.raw(`o.given_names || ' ' || o.family_name`);

/** Attendance, results, sign-in sheets and what completion writes; every query is scoped by administration. */
export function makeAttendanceRepository() {
  return {
    session: async (tx: Tx, administrationId: string, sessionId: string) =>
      (
        await rows<SessionHeader>(
          tx,
          sql`select s.id, s.code, s.status, s.course_id as "courseId", c.title_en as "titleEn", c.title_pt as "titlePt", s.language,
                     s.start_day::text as "startDay", s.end_day::text as "endDay", r.name as "roomName", v.name as "venueName",
                     c.completion_min_attendance::float8 as "minAttendance", c.completion_pass_score::float8 as "passScore",
                     a.name as "administrationName"
              from course_sessions s
              join courses c on c.administration_id = s.administration_id and c.id = s.course_id
              join administrations a on a.id = s.administration_id
              left join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
              left join venues v on v.administration_id = r.administration_id and v.id = r.venue_id
              where s.administration_id = ${administrationId} and s.id = ${sessionId}`,
        )
      )[0],

    /** Whether the officer is one of the session's trainers (lead or co-trainer). */
    isTrainerOf: async (tx: Tx, administrationId: string, sessionId: string, officerId: string) =>
      (
        await rows<{ one: number }>(
          tx,
          sql`select 1 as one from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
              where st.administration_id = ${administrationId} and st.session_id = ${sessionId} and t.officer_id = ${officerId}`,
        )
      ).length > 0,

    trainerNames: async (tx: Tx, administrationId: string, sessionId: string) =>
      rows<{ name: string; role: 'lead' | 'co' }>(
        tx,
        sql`select coalesce(o.given_names || ' ' || o.family_name, t.name) as name, st.role
            from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
            left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
            where st.administration_id = ${administrationId} and st.session_id = ${sessionId}
            order by st.role desc, name`,
      ),

    days: (tx: Tx, administrationId: string, sessionId: string) =>
      rows<{ day: string; startsAt: string; endsAt: string; hours: number }>(
        tx,
        sql`select day::text as day, to_char(starts_at, 'HH24:MI') as "startsAt", to_char(ends_at, 'HH24:MI') as "endsAt",
                   extract(epoch from (ends_at - starts_at))::float8 / 3600 as hours
            from session_days where administration_id = ${administrationId} and session_id = ${sessionId} order by day`,
      ),

    /** Officers holding a seat (status enrolled), by name. */
    participants: (tx: Tx, administrationId: string, sessionId: string) =>
      rows<Participant>(
        tx,
        sql`select o.id as "officerId", ${officerName} as name, o.employee_number as "employeeNumber", u.name as "orgUnitName"
            from enrolments e
            join officers o on o.administration_id = e.administration_id and o.id = e.officer_id
            join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
            where e.administration_id = ${administrationId} and e.session_id = ${sessionId} and e.status = 'enrolled'
            order by o.family_name, o.given_names, o.employee_number`,
      ),

    marks: (tx: Tx, administrationId: string, sessionId: string) =>
      rows<{ officerId: string; day: string; status: TAttendanceStatus }>(
        tx,
        sql`select officer_id as "officerId", day::text as day, status from attendance
            where administration_id = ${administrationId} and session_id = ${sessionId}`,
      ),

    upsertMarks: async (tx: Tx, administrationId: string, sessionId: string, marks: { officerId: string; day: string; status: string }[], userId: string | null) => {
      if (!marks.length) return;
      await tx.execute(
        sql`insert into attendance (administration_id, session_id, officer_id, day, status, recorded_by)
            select ${administrationId}, ${sessionId}, m.officer_id, m.day, m.status, ${userId}
            from unnest(${sql.param(marks.map((m) => m.officerId))}::uuid[], ${sql.param(marks.map((m) => m.day))}::date[],
                        ${sql.param(marks.map((m) => m.status))}::text[]) as m(officer_id, day, status)
            on conflict (administration_id, session_id, officer_id, day)
            do update set status = excluded.status, recorded_by = excluded.recorded_by, recorded_at = now()`,
      );
    },

    results: (tx: Tx, administrationId: string, sessionId: string) =>
      rows<ResultRow>(
        tx,
        sql`select officer_id as "officerId", score::float8 as score, passed, comment, completed from session_results
            where administration_id = ${administrationId} and session_id = ${sessionId}`,
      ),

    upsertResults: async (tx: Tx, administrationId: string, sessionId: string, entries: { officerId: string; score: number | null; passed: boolean | null; comment: string | null }[], userId: string) => {
      if (!entries.length) return;
      await tx.execute(
        sql`insert into session_results (administration_id, session_id, officer_id, score, passed, comment, recorded_by)
            select ${administrationId}, ${sessionId}, r.officer_id, r.score, r.passed, r.comment, ${userId}
            from unnest(${sql.param(entries.map((e) => e.officerId))}::uuid[], ${sql.param(entries.map((e) => e.score))}::numeric[],
                        ${sql.param(entries.map((e) => e.passed))}::boolean[], ${sql.param(entries.map((e) => e.comment))}::text[]) as r(officer_id, score, passed, comment)
            on conflict (administration_id, session_id, officer_id)
            do update set score = excluded.score, passed = excluded.passed, comment = excluded.comment, recorded_by = excluded.recorded_by, recorded_at = now()`,
      );
    },

    /** Writes the rule's decision, inserting a result row for participants without one. */
    setCompleted: async (tx: Tx, administrationId: string, sessionId: string, decisions: { officerId: string; completed: boolean }[]) => {
      if (!decisions.length) return;
      await tx.execute(
        sql`insert into session_results (administration_id, session_id, officer_id, completed)
            select ${administrationId}, ${sessionId}, d.officer_id, d.completed
            from unnest(${sql.param(decisions.map((d) => d.officerId))}::uuid[], ${sql.param(decisions.map((d) => d.completed))}::boolean[]) as d(officer_id, completed)
            on conflict (administration_id, session_id, officer_id) do update set completed = excluded.completed`,
      );
    },

    /** The course's raises as evidence for each completing officer; an existing row of the same session stays. */
    insertEvidence: async (tx: Tx, administrationId: string, sessionId: string, officerIds: string[], onDay: string) => {
      if (!officerIds.length) return;
      await tx.execute(
        sql`insert into training_evidence (administration_id, officer_id, competency_code, levels, to_level, source, course_id, session_id, on_day)
            select s.administration_id, o.officer_id, cc.competency_code, cc.levels, cc.to_level, 'course', s.course_id, s.id, ${onDay}::date
            from course_sessions s
            join course_competencies cc on cc.administration_id = s.administration_id and cc.course_id = s.course_id
            cross join unnest(${sql.param(officerIds)}::uuid[]) as o(officer_id)
            where s.administration_id = ${administrationId} and s.id = ${sessionId}
            on conflict (administration_id, session_id, officer_id, competency_code) where session_id is not null do nothing`,
      );
    },

    insertCertificates: async (tx: Tx, administrationId: string, sessionId: string, certs: { officerId: string; code: string }[], issuedOn: string) => {
      if (!certs.length) return;
      await tx.execute(
        sql`insert into certificates (administration_id, code, session_id, officer_id, issued_on)
            select ${administrationId}, c.code, ${sessionId}, c.officer_id, ${issuedOn}::date
            from unnest(${sql.param(certs.map((c) => c.officerId))}::uuid[], ${sql.param(certs.map((c) => c.code))}::text[]) as c(officer_id, code)
            on conflict (administration_id, session_id, officer_id) do nothing`,
      );
    },

    certificateOfficers: async (tx: Tx, administrationId: string, sessionId: string) =>
      rows<{ officerId: string; id: string }>(
        tx,
        sql`select officer_id as "officerId", id from certificates where administration_id = ${administrationId} and session_id = ${sessionId}`,
      ),

    sheetCodes: async (tx: Tx, administrationId: string, sessionId: string) =>
      (
        await rows<{ code: string }>(
          tx,
          sql`select code from sign_in_sheets where administration_id = ${administrationId} and session_id = ${sessionId} order by created_at, code`,
        )
      ).map((r) => r.code),

    insertSheet: (tx: Tx, administrationId: string, sessionId: string, code: string) =>
      tx.execute(sql`insert into sign_in_sheets (administration_id, code, session_id) values (${administrationId}, ${code}, ${sessionId})`),

    /** Which session each code belongs to (codes unknown in this administration are left out). */
    sheetSessions: (tx: Tx, administrationId: string, codes: string[]) =>
      rows<{ code: string; sessionId: string; sessionCode: string }>(
        tx,
        sql`select sh.code, sh.session_id as "sessionId", s.code as "sessionCode" from sign_in_sheets sh
            join course_sessions s on s.administration_id = sh.administration_id and s.id = sh.session_id
            where sh.administration_id = ${administrationId} and sh.code = any(${sql.param(codes)}::text[])`,
      ),

    existingOfficers: async (tx: Tx, administrationId: string, ids: string[]) =>
      (await rows<{ id: string }>(tx, sql`select id from officers where administration_id = ${administrationId} and id = any(${sql.param(ids)}::uuid[])`)).map((r) => r.id),

    officersByNumber: (tx: Tx, administrationId: string, numbers: string[]) =>
      rows<{ id: string; employeeNumber: string }>(
        tx,
        sql`select id, employee_number as "employeeNumber" from officers
            where administration_id = ${administrationId} and upper(employee_number) = any(${sql.param(numbers.map((n) => n.toUpperCase()))}::text[])`,
      ),
  };
}
export type AttendanceRepository = ReturnType<typeof makeAttendanceRepository>;
