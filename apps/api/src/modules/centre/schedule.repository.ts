import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';
import { type Booking, type CourseFacts, equipmentFor, type RoomFacts, type TrainerFacts, type UnitFacts, type World } from './schedule.rules.js';

const ids = (list: string[]) => sql`${sql.param(list)}::uuid[]`;
const daysJson = sql`coalesce((select json_agg(json_build_object('day', d.day::text, 'startsAt', to_char(d.starts_at, 'HH24:MI'), 'endsAt', to_char(d.ends_at, 'HH24:MI')) order by d.day)
                     from session_days d where d.administration_id = s.administration_id and d.session_id = s.id), '[]'::json)`;

/**
 * What the conflict rules and the assistant read: the centre as it stands over a range of days. Every query is
 * scoped by administration; the caller's transaction sees its own writes.
 */
export function makeScheduleRepository() {
  const officerFacts = async (tx: Tx, administrationId: string, officerIds: string[]) => {
    const officers = officerIds.length
      ? await rows<{ id: string; unitId: string; name: string }>(
          tx,
          sql`select id, org_unit_id as "unitId", given_names || ' ' || family_name as name from officers
              where administration_id = ${administrationId} and id = any(${ids(officerIds)})`,
        )
      : [];
    const unitIds = [...new Set(officers.map((o) => o.unitId))];
    const units = unitIds.length
      ? await rows<{ id: string; name: string; headcount: number; share: number }>(
          tx,
          sql`with recursive up as (
                select u.id as unit_id, u.id as at_id, 0 as depth from org_units u where u.administration_id = ${administrationId} and u.id = any(${ids(unitIds)})
                union all
                select up.unit_id, p.parent_id, up.depth + 1 from up join org_units p on p.administration_id = ${administrationId} and p.id = up.at_id
                where p.parent_id is not null)
              select u.id, u.name,
                     (select count(*) from officers o where o.administration_id = u.administration_id and o.org_unit_id = u.id and o.status = 'active')::int as headcount,
                     coalesce((select rs.share from up join release_shares rs on rs.administration_id = ${administrationId} and rs.org_unit_id = up.at_id
                               where up.unit_id = u.id order by up.depth limit 1),
                              (select default_release_share from funding_settings where administration_id = ${administrationId}), 0.1)::float8 as share
              from org_units u where u.administration_id = ${administrationId} and u.id = any(${ids(unitIds)})`,
        )
      : [];
    return {
      officerUnits: new Map(officers.map((o) => [o.id, o.unitId])),
      officerNames: new Map(officers.map((o) => [o.id, o.name])),
      units: new Map<string, UnitFacts>(units.map((u) => [u.id, { name: u.name, headcount: Number(u.headcount), share: Number(u.share) }])),
    };
  };

  return {
    /** The world between two days: holidays, bookings of non-cancelled sessions, the trainer pool, rooms, units. */
    async world(tx: Tx, administrationId: string, range: { from: string; to: string }, extraOfficerIds: string[] = []): Promise<World> {
      const holidays = await rows<{ day: string; name: string }>(
        tx,
        sql`select day::text as day, name from public_holidays where administration_id = ${administrationId} and day between ${range.from}::date and ${range.to}::date`,
      );
      const bookings = await rows<Booking>(
        tx,
        sql`select s.id as "sessionId", s.code, s.room_id as "roomId", ${daysJson} as days,
                   coalesce((select json_agg(t.trainer_id) from session_trainers t where t.administration_id = s.administration_id and t.session_id = s.id), '[]'::json) as "trainerIds",
                   coalesce((select json_agg(e.officer_id) from enrolments e where e.administration_id = s.administration_id and e.session_id = s.id and e.status = 'enrolled'), '[]'::json) as "officerIds"
            from course_sessions s
            where s.administration_id = ${administrationId} and s.status <> 'cancelled' and s.start_day <= ${range.to}::date and s.end_day >= ${range.from}::date`,
      );
      const trainers = await rows<Omit<TrainerFacts, 'daysPerQuarter'> & { daysPerQuarter: string }>(
        tx,
        sql`select t.id, t.kind, t.active, t.days_per_quarter::text as "daysPerQuarter",
                   coalesce(t.name, o.given_names || ' ' || o.family_name) as name,
                   coalesce((select json_agg(json_build_object('courseId', q.course_id, 'competencyCode', q.competency_code, 'status', q.status))
                             from trainer_qualifications q where q.administration_id = t.administration_id and q.trainer_id = t.id), '[]'::json) as qualifications,
                   coalesce((select json_agg(json_build_object('from', l.from_day::text, 'to', l.to_day::text))
                             from trainer_leave l where l.administration_id = t.administration_id and l.trainer_id = t.id
                               and l.to_day >= ${range.from}::date and l.from_day <= ${range.to}::date), '[]'::json) as leave
            from trainers t left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
            where t.administration_id = ${administrationId}`,
      );
      const rooms = await rows<RoomFacts>(
        tx,
        sql`select r.id, r.name, v.name as "venueName", r.capacity, r.equipment, (r.active and v.active) as active,
                   coalesce((select json_agg(json_build_object('from', c.from_day::text, 'to', c.to_day::text))
                             from room_closures c where c.administration_id = r.administration_id and c.room_id = r.id
                               and c.to_day >= ${range.from}::date and c.from_day <= ${range.to}::date), '[]'::json) as closures
            from rooms r join venues v on v.administration_id = r.administration_id and v.id = r.venue_id
            where r.administration_id = ${administrationId}`,
      );
      const officerIds = [...new Set([...bookings.flatMap((b) => b.officerIds), ...extraOfficerIds])];
      return {
        holidays: new Map(holidays.map((h) => [h.day, h.name])),
        bookings,
        trainers: new Map(
          trainers.map((t) => [t.id, { ...t, daysPerQuarter: Number(t.daysPerQuarter), qualifications: t.qualifications }]),
        ),
        rooms: new Map(rooms.map((r) => [r.id, r])),
        ...(await officerFacts(tx, administrationId, officerIds)),
      };
    },

    /** A course as the rules see it. */
    async courseFacts(tx: Tx, administrationId: string, courseIds: string[]): Promise<Map<string, CourseFacts>> {
      if (!courseIds.length) return new Map();
      const found = await rows<{ id: string; code: string; days: string; capacity: number; trainersPerRun: number; trainerCompetencyCode: string | null; methods: string[] }>(
        tx,
        sql`select id, code, days::text as days, capacity, trainers_per_run as "trainersPerRun", trainer_competency_code as "trainerCompetencyCode", methods
            from courses where administration_id = ${administrationId} and id = any(${ids(courseIds)})`,
      );
      return new Map(found.map((c) => [c.id, { id: c.id, code: c.code, days: Number(c.days), capacity: c.capacity, trainersPerRun: c.trainersPerRun, trainerCompetencyCode: c.trainerCompetencyCode, equipment: equipmentFor(c.methods) }]));
    },

    /** Draft sessions of a quarter (from the plan, or ad hoc starting in it), with their enrolled officers. */
    drafts: (tx: Tx, administrationId: string, period: string, range: { from: string; to: string }, sessionIds?: string[]) =>
      rows<{ sessionId: string; code: string; courseId: string; capacity: number; officerIds: string[] }>(
        tx,
        sql`select s.id as "sessionId", s.code, s.course_id as "courseId", s.capacity,
                   coalesce((select json_agg(e.officer_id) from enrolments e where e.administration_id = s.administration_id and e.session_id = s.id and e.status = 'enrolled'), '[]'::json) as "officerIds"
            from course_sessions s
            where s.administration_id = ${administrationId} and s.status = 'draft'
              and (s.period = ${period} or (s.period is null and s.start_day between ${range.from}::date and ${range.to}::date))
              ${sessionIds ? sql`and s.id = any(${ids(sessionIds)})` : sql``}
            order by s.code`,
      ),
  };
}
export type ScheduleRepository = ReturnType<typeof makeScheduleRepository>;
