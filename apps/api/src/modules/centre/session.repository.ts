import type { TSessionQuery } from '@formasaun/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';
import type { DaySlot } from './schedule.rules.js';

export interface SessionRow {
  id: string;
  code: string;
  courseId: string;
  courseCode: string;
  titleEn: string;
  titlePt: string;
  functionalArea: string;
  courseDays: string;
  status: string;
  startDay: string | null;
  endDay: string | null;
  roomId: string | null;
  roomName: string | null;
  venueName: string | null;
  leadTrainerName: string | null;
  trainerIds: string[];
  capacity: number;
  enrolledCount: number;
  planId: string | null;
  period: string | null;
  language: string;
  targetGroups: Record<string, number>;
  openForRequests: boolean;
  notes: string | null;
  cancelReason: string | null;
}

export interface SessionWrite {
  code?: string;
  courseId?: string;
  planId?: string | null;
  period?: string | null;
  targetGroups?: Record<string, number>;
  language?: string;
  capacity?: number;
  openForRequests?: boolean;
  roomId?: string | null;
  notes?: string | null;
}

const trainerName = sql`coalesce(t.name, o.given_names || ' ' || o.family_name)`;
const select = sql`
  select s.id, s.code, s.course_id as "courseId", c.code as "courseCode", c.title_en as "titleEn", c.title_pt as "titlePt",
         c.functional_area as "functionalArea", c.days::text as "courseDays", s.status, s.start_day::text as "startDay", s.end_day::text as "endDay",
         s.room_id as "roomId", r.name as "roomName", v.name as "venueName",
         (select ${trainerName} from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
            left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
          where st.administration_id = s.administration_id and st.session_id = s.id and st.role = 'lead') as "leadTrainerName",
         coalesce((select json_agg(st.trainer_id order by st.role desc, st.trainer_id) from session_trainers st
                   where st.administration_id = s.administration_id and st.session_id = s.id), '[]'::json) as "trainerIds",
         s.capacity, s.enrolled_count as "enrolledCount", s.plan_id as "planId", s.period, s.language, s.target_groups as "targetGroups",
         s.open_for_requests as "openForRequests", s.notes, s.cancel_reason as "cancelReason"
  from course_sessions s
  join courses c on c.administration_id = s.administration_id and c.id = s.course_id
  left join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
  left join venues v on v.administration_id = r.administration_id and v.id = r.venue_id`;

/** Sessions, their days and trainers, and their actual costs; every query is scoped by administration. */
export function makeSessionRepository() {
  return {
    find(tx: Tx, administrationId: string, f: TSessionQuery & { periodRange?: { from: string; to: string } }, includeDrafts: boolean): Promise<SessionRow[]> {
      const where: SQL[] = [sql`s.administration_id = ${administrationId}`];
      if (!includeDrafts) where.push(sql`s.status <> 'draft'`);
      if (f.from) where.push(sql`s.end_day >= ${f.from}::date`);
      if (f.to) where.push(sql`s.start_day <= ${f.to}::date`);
      if (f.status) where.push(sql`s.status = ${f.status}`);
      if (f.roomId) where.push(sql`s.room_id = ${f.roomId}`);
      if (f.courseId) where.push(sql`s.course_id = ${f.courseId}`);
      if (f.planId) where.push(sql`s.plan_id = ${f.planId}`);
      if (f.functionalArea) where.push(sql`c.functional_area = ${f.functionalArea}`);
      if (f.trainerId) {
        where.push(sql`exists (select 1 from session_trainers st where st.administration_id = s.administration_id and st.session_id = s.id and st.trainer_id = ${f.trainerId})`);
      }
      if (f.period && f.periodRange) {
        where.push(sql`(s.period = ${f.period} or (s.period is null and s.start_day between ${f.periodRange.from}::date and ${f.periodRange.to}::date))`);
      }
      return rows<SessionRow>(tx, sql`${select} where ${sql.join(where, sql` and `)} order by s.start_day nulls last, s.code limit 2000`);
    },

    get: async (tx: Tx, administrationId: string, id: string): Promise<SessionRow | undefined> =>
      (await rows<SessionRow>(tx, sql`${select} where s.administration_id = ${administrationId} and s.id = ${id}`))[0],

    /** The session's row, locked for the rest of the transaction (status and capacity changes). */
    lock: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<{ id: string; status: string; capacity: number; enrolledCount: number }>(
          tx,
          sql`select id, status, capacity, enrolled_count as "enrolledCount" from course_sessions where administration_id = ${administrationId} and id = ${id} for update`,
        )
      )[0],

    days: (tx: Tx, administrationId: string, id: string) =>
      rows<DaySlot>(
        tx,
        sql`select day::text as day, to_char(starts_at, 'HH24:MI') as "startsAt", to_char(ends_at, 'HH24:MI') as "endsAt"
            from session_days where administration_id = ${administrationId} and session_id = ${id} order by day`,
      ),

    trainers: (tx: Tx, administrationId: string, id: string) =>
      rows<{ trainerId: string; name: string; role: 'lead' | 'co'; kind: 'internal' | 'external'; officerId: string | null }>(
        tx,
        sql`select st.trainer_id as "trainerId", ${trainerName} as name, st.role, t.kind, t.officer_id as "officerId"
            from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
            left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
            where st.administration_id = ${administrationId} and st.session_id = ${id} order by st.role desc, name`,
      ),

    /** Officers holding or waiting for a seat. */
    participants: (tx: Tx, administrationId: string, id: string, statuses: string[]) =>
      rows<{ officerId: string; status: string }>(
        tx,
        sql`select officer_id as "officerId", status from enrolments
            where administration_id = ${administrationId} and session_id = ${id} and status = any(${sql.param(statuses)}::text[]) order by officer_id`,
      ),

    course: async (tx: Tx, administrationId: string, courseId: string) =>
      (
        await rows<{ id: string; code: string; capacity: number; days: string; status: string }>(
          tx,
          sql`select id, code, capacity, days::text as days, status from courses where administration_id = ${administrationId} and id = ${courseId}`,
        )
      )[0],

    roomCapacity: async (tx: Tx, administrationId: string, roomId: string) =>
      (await rows<{ capacity: number }>(tx, sql`select capacity from rooms where administration_id = ${administrationId} and id = ${roomId}`))[0]?.capacity,

    /** The given trainer ids that exist in the administration. */
    existingTrainers: async (tx: Tx, administrationId: string, trainerIds: string[]) =>
      trainerIds.length
        ? (await rows<{ id: string }>(tx, sql`select id from trainers where administration_id = ${administrationId} and id = any(${sql.param(trainerIds)}::uuid[])`)).map((r) => r.id)
        : [],

    /** Codes already given with this prefix (`HS-101-2017-`), to number the next one. */
    codesLike: async (tx: Tx, administrationId: string, prefix: string) =>
      (
        await rows<{ code: string }>(
          tx,
          sql`select code from course_sessions where administration_id = ${administrationId} and code like ${`${prefix.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`,
        )
      ).map((r) => r.code),

    insert: async (tx: Tx, administrationId: string, w: Required<Pick<SessionWrite, 'code' | 'courseId' | 'capacity'>> & SessionWrite) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`insert into course_sessions (administration_id, code, course_id, plan_id, period, target_groups, language, capacity, open_for_requests, room_id, notes)
              values (${administrationId}, ${w.code}, ${w.courseId}, ${w.planId ?? null}, ${w.period ?? null}, ${JSON.stringify(w.targetGroups ?? {})}::jsonb,
                      ${w.language ?? 'en'}, ${w.capacity}, ${w.openForRequests ?? false}, ${w.roomId ?? null}, ${w.notes ?? null})
              returning id`,
        )
      )[0]!.id,

    update: async (tx: Tx, administrationId: string, id: string, w: SessionWrite) => {
      const sets: SQL[] = [sql`updated_at = now()`];
      if (w.language !== undefined) sets.push(sql`language = ${w.language}`);
      if (w.capacity !== undefined) sets.push(sql`capacity = ${w.capacity}`);
      if (w.openForRequests !== undefined) sets.push(sql`open_for_requests = ${w.openForRequests}`);
      if (w.roomId !== undefined) sets.push(sql`room_id = ${w.roomId}`);
      if (w.notes !== undefined) sets.push(sql`notes = ${w.notes}`);
      await tx.execute(sql`update course_sessions set ${sql.join(sets, sql`, `)} where administration_id = ${administrationId} and id = ${id}`);
    },

    /** Replaces the days and keeps start_day / end_day in step with them. */
    replaceDays: async (tx: Tx, administrationId: string, id: string, days: DaySlot[]) => {
      await tx.execute(sql`delete from session_days where administration_id = ${administrationId} and session_id = ${id}`);
      if (days.length) {
        await tx.execute(sql`insert into session_days (administration_id, session_id, day, starts_at, ends_at)
          select ${administrationId}, ${id}, d, s::time, e::time
          from unnest(${sql.param(days.map((d) => d.day))}::date[], ${sql.param(days.map((d) => d.startsAt))}::text[], ${sql.param(days.map((d) => d.endsAt))}::text[]) as x(d, s, e)`);
      }
      const sorted = days.map((d) => d.day).sort();
      await tx.execute(sql`update course_sessions set start_day = ${sorted[0] ?? null}::date, end_day = ${sorted.at(-1) ?? null}::date, updated_at = now()
                           where administration_id = ${administrationId} and id = ${id}`);
    },

    replaceTrainers: async (tx: Tx, administrationId: string, id: string, trainers: { trainerId: string; role: 'lead' | 'co' }[]) => {
      await tx.execute(sql`delete from session_trainers where administration_id = ${administrationId} and session_id = ${id}`);
      if (trainers.length) {
        await tx.execute(sql`insert into session_trainers (administration_id, session_id, trainer_id, role)
          select ${administrationId}, ${id}, t, r from unnest(${sql.param(trainers.map((t) => t.trainerId))}::uuid[], ${sql.param(trainers.map((t) => t.role))}::text[]) as x(t, r)`);
      }
    },

    setStatus: (tx: Tx, administrationId: string, id: string, status: string, cancelReason: string | null) =>
      tx.execute(sql`update course_sessions set status = ${status}, cancel_reason = coalesce(${cancelReason}, cancel_reason), updated_at = now()
                     where administration_id = ${administrationId} and id = ${id}`),

    /** A cancelled session frees every seat and closes every open request. */
    closeEnrolments: async (tx: Tx, administrationId: string, id: string) => {
      await tx.execute(sql`update enrolments set status = 'cancelled', waitlist_seq = null, updated_at = now()
                           where administration_id = ${administrationId} and session_id = ${id} and status in ('requested', 'nominated', 'enrolled', 'waitlisted')`);
      await tx.execute(sql`update course_sessions set enrolled_count = 0 where administration_id = ${administrationId} and id = ${id}`);
    },

    waitlistCount: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from enrolments where administration_id = ${administrationId} and session_id = ${id} and status = 'waitlisted'`,
        )
      )[0]!.n,
  };
}
export type SessionRepository = ReturnType<typeof makeSessionRepository>;
