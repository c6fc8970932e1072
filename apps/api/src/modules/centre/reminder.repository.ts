import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** What the day-before reminder scan reads: administrations with sessions about to start, and who attends them. */
export const reminderRepository = {
  /** Administrations (read in the 'all' scope) with a scheduled session starting within a day of `aroundDay`. */
  administrationsWithSessionsAround: (tx: Tx, aroundDay: string) =>
    rows<{ id: string; timezone: string }>(
      tx,
      sql`select a.id, a.timezone from administrations a
          where exists (select 1 from course_sessions s where s.administration_id = a.id and s.status in ('scheduled', 'in_progress')
                          and s.start_day between (${aroundDay}::date - 1) and (${aroundDay}::date + 2))`,
    ),

  /** Enrolled officers and the trainers' officers of the sessions starting on `day`. */
  recipients: (tx: Tx, administrationId: string, day: string) =>
    rows<{ sessionId: string; officerId: string }>(
      tx,
      sql`select s.id as "sessionId", e.officer_id as "officerId"
            from course_sessions s join enrolments e on e.administration_id = s.administration_id and e.session_id = s.id and e.status = 'enrolled'
           where s.administration_id = ${administrationId} and s.start_day = ${day} and s.status in ('scheduled', 'in_progress')
          union
          select s.id, t.officer_id
            from course_sessions s
            join session_trainers st on st.administration_id = s.administration_id and st.session_id = s.id
            join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id and t.officer_id is not null
           where s.administration_id = ${administrationId} and s.start_day = ${day} and s.status in ('scheduled', 'in_progress')`,
    ),
};
