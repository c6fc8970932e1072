import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** A session's quarter: the one its first day falls in, or the plan quarter it was made for while it has no days. */
const quarter = sql`coalesce(to_char(s.start_day, 'YYYY"Q"Q'), s.period)`;
const ofYear = (year: number) => sql`${quarter} like ${`${year}Q_`}`;
const cat = (c: string) => sql.raw(c);

/** The figures of plan vs actual and of sustainability, grouped by quarter; scoped by administration. */
export function makeReportRepository() {
  return {
    currency: async (tx: Tx, administrationId: string) =>
      (
        await rows<{ currency: string }>(
          tx,
          sql`select coalesce(f.currency, a.currency, 'USD') as currency from administrations a left join funding_settings f on f.administration_id = a.id where a.id = ${administrationId}`,
        )
      )[0]?.currency ?? 'USD',

    /** Approved plans' runs of the year with the course's cost model per category, as the plan costs them. */
    planned: (tx: Tx, administrationId: string, year: number) =>
      rows<{ period: string; runs: number; participants: number; trainerFees: number; venue: number; travelPerDiem: number; materials: number }>(
        tx,
        sql`with r as (
              select r.period, r.count, c.fixed_trainer_fees, c.fixed_venue, c.fixed_travel_per_diem, c.fixed_materials,
                     c.participant_trainer_fees, c.participant_venue, c.participant_travel_per_diem, c.participant_materials, (select coalesce(sum(value::numeric), 0) from jsonb_each_text(r.participants)) as n
              from plan_runs r join plans p on p.administration_id = r.administration_id and p.id = r.plan_id
              join courses c on c.administration_id = r.administration_id and c.id = r.course_id
              where r.administration_id = ${administrationId} and p.status = 'approved' and r.count > 0 and r.period like ${`${year}Q_`})
            select period, sum(count)::int as runs, sum(n)::int as participants,
                   ${sql.join(
                     [
                       ['trainer_fees', 'trainerFees'],
                       ['venue', 'venue'],
                       ['travel_per_diem', 'travelPerDiem'],
                       ['materials', 'materials'],
                     ].map(([col, key]) => sql`sum(${cat(`fixed_${col}`)} * count + ${cat(`participant_${col}`)} * n)::float8 as ${cat(`"${key}"`)}`),
                     sql`, `,
                   )}
            from r group by period`,
      ),

    sessions: (tx: Tx, administrationId: string, year: number) =>
      rows<{ period: string; scheduled: number; delivered: number; enrolled: number; completed: number }>(
        tx,
        sql`select ${quarter} as period,
                   count(*) filter (where s.status in ('scheduled', 'in_progress', 'completed'))::int as scheduled,
                   count(*) filter (where s.status = 'completed')::int as delivered,
                   coalesce(sum((select count(*) from enrolments e where e.administration_id = s.administration_id and e.session_id = s.id and e.status = 'enrolled')) filter (where s.status <> 'cancelled'), 0)::int as enrolled,
                   coalesce(sum((select count(*) from session_results x where x.administration_id = s.administration_id and x.session_id = s.id and x.completed)) filter (where s.status = 'completed'), 0)::int as completed
            from course_sessions s where s.administration_id = ${administrationId} and ${ofYear(year)} group by 1`,
      ),

    /** Actual costs per quarter, category and funding source; `completedOnly` keeps delivered sessions. */
    costs: (tx: Tx, administrationId: string, year: number, completedOnly: boolean) =>
      rows<{ period: string; category: string; sourceId: string | null; sourceName: string | null; amount: number }>(
        tx,
        sql`select ${quarter} as period, k.category, k.source_id as "sourceId", f.name as "sourceName", sum(k.amount)::float8 as amount
            from session_costs k join course_sessions s on s.administration_id = k.administration_id and s.id = k.session_id
            left join funding_sources f on f.administration_id = k.administration_id and f.id = k.source_id
            where k.administration_id = ${administrationId} and ${ofYear(year)} ${completedOnly ? sql`and s.status = 'completed'` : sql``}
            group by 1, 2, 3, 4 order by 1, 2, 4`,
      ),

    /** Trainer-days (days × trainers) and participant-hours of completed sessions per quarter. */
    delivery: (tx: Tx, administrationId: string, year: number) =>
      rows<{ period: string; internalDays: number; externalDays: number; participantHours: number }>(
        tx,
        sql`with s as (
              select s.*, ${quarter} as q,
                     (select count(*) from session_days d where d.administration_id = s.administration_id and d.session_id = s.id) as days,
                     (select coalesce(sum(extract(epoch from d.ends_at - d.starts_at)) / 3600, 0) from session_days d where d.administration_id = s.administration_id and d.session_id = s.id) as hours,
                     (select count(*) from session_results x where x.administration_id = s.administration_id and x.session_id = s.id and x.completed) as completers
              from course_sessions s where s.administration_id = ${administrationId} and s.status = 'completed' and ${ofYear(year)})
            select q as period,
                   coalesce(sum(days * (select count(*) from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
                                        where st.administration_id = s.administration_id and st.session_id = s.id and t.kind = 'internal')), 0)::float8 as "internalDays",
                   coalesce(sum(days * (select count(*) from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
                                        where st.administration_id = s.administration_id and st.session_id = s.id and t.kind = 'external')), 0)::float8 as "externalDays",
                   coalesce(sum(completers * hours), 0)::float8 as "participantHours"
            from s group by q`,
      ),

    /** Trainers who reached a new step of the train-the-trainer path, per quarter. */
    advanced: (tx: Tx, administrationId: string, year: number) =>
      rows<{ period: string; trainers: number }>(
        tx,
        sql`select to_char(e.day, 'YYYY"Q"Q') as period, count(distinct q.trainer_id)::int as trainers
            from trainer_path_events e join trainer_qualifications q on q.administration_id = e.administration_id and q.id = e.qualification_id
            where e.administration_id = ${administrationId} and e.status_to is not null and e.day between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
            group by 1`,
      ),
  };
}
export type ReportRepository = ReturnType<typeof makeReportRepository>;
