import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** A session as calendars and messages show it. */
export interface CalendarSessionRow {
  id: string;
  code: string;
  status: string;
  startDay: string | null;
  endDay: string | null;
  cancelReason: string | null;
  updatedAt: Date | string;
  courseCode: string;
  titleEn: string;
  titlePt: string;
  roomName: string | null;
  venueName: string | null;
  venueAddress: string | null;
  trainers: string | null;
}

export interface CalendarDayRow {
  sessionId: string;
  day: string;
  startsAt: string;
  endsAt: string;
}

export interface FeedRow {
  id: string;
  administrationId: string;
  userId: string;
  scope: string;
  subjectId: string | null;
  subjectName: string | null;
  createdAt: Date | string;
  revokedAt: Date | string | null;
}

/** Which sessions a calendar shows: an officer's seats, a trainer's sessions, a room, the whole centre. */
export type CalendarFilter =
  | { scope: 'officer'; officerId: string }
  | { scope: 'trainer'; trainerId: string }
  | { scope: 'room'; roomId: string }
  | { scope: 'centre' }
  /** Given sessions, drafts included (messages about them). */
  | { scope: 'sessions'; sessionIds: string[] };

function filterSql(f: CalendarFilter): SQL {
  switch (f.scope) {
    case 'officer':
      return sql`exists (select 1 from enrolments e where e.administration_id = s.administration_id and e.session_id = s.id
                           and e.officer_id = ${f.officerId} and e.status in ('enrolled', 'waitlisted'))`;
    case 'trainer':
      return sql`exists (select 1 from session_trainers st where st.administration_id = s.administration_id and st.session_id = s.id and st.trainer_id = ${f.trainerId})`;
    case 'room':
      return sql`s.room_id = ${f.roomId}`;
    case 'centre':
      return sql`true`;
    case 'sessions':
      return sql`s.id = any(${sql.param(f.sessionIds)}::uuid[])`;
  }
}

const subjectName = sql`case f.scope
  when 'room' then (select r.name || ' — ' || v.name from rooms r join venues v on v.administration_id = r.administration_id and v.id = r.venue_id
                    where r.administration_id = f.administration_id and r.id = f.subject_id)
  when 'officer' then (select o.given_names || ' ' || o.family_name from officers o where o.administration_id = f.administration_id and o.id = f.subject_id)
  when 'trainer' then (select coalesce(t.name, o.given_names || ' ' || o.family_name) from trainers t
                       left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
                       where t.administration_id = f.administration_id and t.id = f.subject_id)
  end`;

const feedColumns = sql`f.id, f.administration_id as "administrationId", f.user_id as "userId", f.scope, f.subject_id as "subjectId",
  ${subjectName} as "subjectName", f.created_at as "createdAt", f.revoked_at as "revokedAt"`;

/** Calendar feeds and the sessions they show; every query names the administration. */
export const calendarRepository = {
  /** Sessions that are not drafts, ending on or after `fromDay`, with course, room, venue and trainers (lead first). */
  sessions: (tx: Tx, administrationId: string, filter: CalendarFilter, fromDay: string | null) =>
    rows<CalendarSessionRow>(
      tx,
      sql`select s.id, s.code, s.status, s.start_day::text as "startDay", s.end_day::text as "endDay", s.cancel_reason as "cancelReason",
                 s.updated_at as "updatedAt", c.code as "courseCode", c.title_en as "titleEn", c.title_pt as "titlePt",
                 r.name as "roomName", v.name as "venueName", v.address as "venueAddress",
                 (select string_agg(coalesce(t.name, o.given_names || ' ' || o.family_name), ', ' order by st.role desc, 1)
                    from session_trainers st
                    join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
                    left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
                   where st.administration_id = s.administration_id and st.session_id = s.id) as trainers
          from course_sessions s
          join courses c on c.administration_id = s.administration_id and c.id = s.course_id
          left join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
          left join venues v on v.administration_id = r.administration_id and v.id = r.venue_id
          where s.administration_id = ${administrationId} and ${filterSql(filter)}
            ${filter.scope === 'sessions' ? sql`` : sql`and s.status <> 'draft' and s.start_day is not null`}
            ${fromDay ? sql`and s.end_day >= ${fromDay}` : sql``}
          order by s.start_day, s.code
          limit 5000`,
    ),

  days: (tx: Tx, administrationId: string, sessionIds: string[]) =>
    sessionIds.length === 0
      ? Promise.resolve([] as CalendarDayRow[])
      : rows<CalendarDayRow>(
          tx,
          sql`select session_id as "sessionId", day::text as day, to_char(starts_at, 'HH24:MI') as "startsAt", to_char(ends_at, 'HH24:MI') as "endsAt"
              from session_days where administration_id = ${administrationId} and session_id = any(${sql.param(sessionIds)}::uuid[])
              order by day`,
        ),

  /** The administration's zone and default language. */
  administration: async (tx: Tx, administrationId: string) =>
    (
      await rows<{ name: string; timezone: string; defaultLocale: string }>(
        tx,
        sql`select name, timezone, default_locale as "defaultLocale" from administrations where id = ${administrationId}`,
      )
    )[0],

  roomExists: async (tx: Tx, administrationId: string, roomId: string) =>
    (await rows<{ id: string }>(tx, sql`select id from rooms where administration_id = ${administrationId} and id = ${roomId}`)).length > 0,

  trainerOfOfficer: async (tx: Tx, administrationId: string, officerId: string) =>
    (await rows<{ id: string }>(tx, sql`select id from trainers where administration_id = ${administrationId} and officer_id = ${officerId}`))[0]?.id ?? null,

  userLocale: async (tx: Tx, userId: string) => (await rows<{ locale: string }>(tx, sql`select locale from users where id = ${userId}`))[0]?.locale ?? 'en',

  insertFeed: async (tx: Tx, f: { administrationId: string; userId: string; scope: string; subjectId: string | null; tokenHash: string }) => {
    const [row] = await rows<{ id: string }>(
      tx,
      sql`insert into calendar_feeds (administration_id, user_id, scope, subject_id, token_hash)
          values (${f.administrationId}, ${f.userId}, ${f.scope}, ${f.subjectId}, ${f.tokenHash}) returning id`,
    );
    return row!.id;
  },

  findFeeds: (tx: Tx, administrationId: string, userId: string, scope: string | undefined, id?: string) =>
    rows<FeedRow>(
      tx,
      sql`select ${feedColumns} from calendar_feeds f
          where f.administration_id = ${administrationId} and f.user_id = ${userId}
            ${scope ? sql`and f.scope = ${scope}` : sql``} ${id ? sql`and f.id = ${id}` : sql``}
          order by f.revoked_at is not null, f.created_at desc`,
    ),

  revokeFeed: (tx: Tx, administrationId: string, userId: string, id: string, at: Date) =>
    tx.execute(sql`update calendar_feeds set revoked_at = ${at.toISOString()} where administration_id = ${administrationId} and user_id = ${userId} and id = ${id} and revoked_at is null`),

  /** A live feed by its token's hash, whatever the administration (read in the 'all' scope), with its owner still active. */
  feedByHash: async (tx: Tx, tokenHash: string) =>
    (
      await rows<FeedRow>(
        tx,
        sql`select ${feedColumns} from calendar_feeds f join users u on u.id = f.user_id
            where f.token_hash = ${tokenHash} and f.revoked_at is null and u.is_active`,
      )
    )[0],
};
