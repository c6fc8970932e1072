import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

export interface VenueRow {
  id: string;
  name: string;
  locationId: string | null;
  locationName: string | null;
  address: string | null;
  notes: string | null;
  active: boolean;
}
export interface RoomRow {
  id: string;
  venueId: string;
  name: string;
  capacity: number;
  equipment: string[];
  active: boolean;
  sessionCount: number;
}
export interface ClosureRow {
  id: string;
  roomId: string;
  fromDay: string;
  toDay: string;
  reason: string | null;
}

/** Venues, rooms, room closures and public holidays; every query is scoped by administration. */
export function makeVenueRepository() {
  return {
    findVenues: (tx: Tx, administrationId: string, id: string | null = null) =>
      rows<VenueRow>(
        tx,
        sql`select v.id, v.name, v.location_id as "locationId", l.name as "locationName", v.address, v.notes, v.active
            from venues v left join locations l on l.administration_id = v.administration_id and l.id = v.location_id
            where v.administration_id = ${administrationId} and (${id}::uuid is null or v.id = ${id}::uuid)
            order by v.active desc, lower(v.name)`,
      ),

    findRooms: (tx: Tx, administrationId: string, venueId: string | null = null) =>
      rows<RoomRow>(
        tx,
        sql`select r.id, r.venue_id as "venueId", r.name, r.capacity, r.equipment, r.active,
                   (select count(*)::int from course_sessions s
                     where s.administration_id = r.administration_id and s.room_id = r.id and s.status <> 'cancelled') as "sessionCount"
            from rooms r
            where r.administration_id = ${administrationId} and (${venueId}::uuid is null or r.venue_id = ${venueId}::uuid)
            order by r.active desc, lower(r.name)`,
      ),

    findRoom: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<{ id: string; venueId: string; name: string; sessions: number }>(
          tx,
          sql`select r.id, r.venue_id as "venueId", r.name,
                     (select count(*)::int from course_sessions s where s.administration_id = r.administration_id and s.room_id = r.id) as sessions
              from rooms r where r.administration_id = ${administrationId} and r.id = ${id}`,
        )
      )[0],

    /** Closures that end on `fromDay` or later. */
    findClosures: (tx: Tx, administrationId: string, fromDay: string) =>
      rows<ClosureRow>(
        tx,
        sql`select id, room_id as "roomId", from_day::text as "fromDay", to_day::text as "toDay", reason
            from room_closures where administration_id = ${administrationId} and to_day >= ${fromDay}::date
            order by from_day, to_day`,
      ),

    locationExists: async (tx: Tx, administrationId: string, id: string) =>
      (await rows(tx, sql`select 1 from locations where administration_id = ${administrationId} and id = ${id}`)).length > 0,

    venueNamed: async (tx: Tx, administrationId: string, name: string, exceptId: string | null) =>
      (
        await rows(
          tx,
          sql`select 1 from venues where administration_id = ${administrationId} and lower(name) = lower(${name})
              and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)`,
        )
      ).length > 0,

    roomNamed: async (tx: Tx, administrationId: string, venueId: string, name: string, exceptId: string | null) =>
      (
        await rows(
          tx,
          sql`select 1 from rooms where administration_id = ${administrationId} and venue_id = ${venueId} and lower(name) = lower(${name})
              and (${exceptId}::uuid is null or id <> ${exceptId}::uuid)`,
        )
      ).length > 0,

    async insertVenue(tx: Tx, administrationId: string, v: { name: string; locationId: string | null; address: string | null; notes: string | null; active: boolean }) {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into venues (administration_id, name, location_id, address, notes, active)
            values (${administrationId}, ${v.name}, ${v.locationId}, ${v.address}, ${v.notes}, ${v.active}) returning id`,
      );
      return row!.id;
    },

    async updateVenue(tx: Tx, administrationId: string, id: string, v: VenueRow) {
      await tx.execute(
        sql`update venues set name = ${v.name}, location_id = ${v.locationId}, address = ${v.address}, notes = ${v.notes}, active = ${v.active}
            where administration_id = ${administrationId} and id = ${id}`,
      );
    },

    /** Sessions booked in any room of the venue. */
    venueSessions: async (tx: Tx, administrationId: string, venueId: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from course_sessions s join rooms r on r.administration_id = s.administration_id and r.id = s.room_id
              where s.administration_id = ${administrationId} and r.venue_id = ${venueId}`,
        )
      )[0]!.n,

    deleteVenue: (tx: Tx, administrationId: string, id: string) => tx.execute(sql`delete from venues where administration_id = ${administrationId} and id = ${id}`),

    async insertRoom(tx: Tx, administrationId: string, venueId: string, r: { name: string; capacity: number; equipment: string[]; active: boolean }) {
      const [row] = await rows<{ id: string }>(
        tx,
        sql`insert into rooms (administration_id, venue_id, name, capacity, equipment, active)
            values (${administrationId}, ${venueId}, ${r.name}, ${r.capacity}, ${sql.param(r.equipment)}::text[], ${r.active}) returning id`,
      );
      return row!.id;
    },

    async updateRoom(tx: Tx, administrationId: string, id: string, r: { name: string; capacity: number; equipment: string[]; active: boolean }) {
      await tx.execute(
        sql`update rooms set name = ${r.name}, capacity = ${r.capacity}, equipment = ${sql.param(r.equipment)}::text[], active = ${r.active}
            where administration_id = ${administrationId} and id = ${id}`,
      );
    },

    deleteRoom: (tx: Tx, administrationId: string, id: string) => tx.execute(sql`delete from rooms where administration_id = ${administrationId} and id = ${id}`),

    async insertClosure(tx: Tx, administrationId: string, roomId: string, c: { fromDay: string; toDay: string; reason: string | null }) {
      const [row] = await rows<ClosureRow>(
        tx,
        sql`insert into room_closures (administration_id, room_id, from_day, to_day, reason)
            values (${administrationId}, ${roomId}, ${c.fromDay}::date, ${c.toDay}::date, ${c.reason})
            returning id, room_id as "roomId", from_day::text as "fromDay", to_day::text as "toDay", reason`,
      );
      return row!;
    },

    deleteClosure: async (tx: Tx, administrationId: string, id: string) =>
      (await rows(tx, sql`delete from room_closures where administration_id = ${administrationId} and id = ${id} returning id`)).length > 0,

    findHolidays: (tx: Tx, administrationId: string, from: string, to: string) =>
      rows<{ day: string; name: string }>(
        tx,
        sql`select day::text as day, name from public_holidays
            where administration_id = ${administrationId} and day between ${from}::date and ${to}::date order by day`,
      ),

    /** Adds the days given; a day already there is renamed. One statement for the whole list. */
    async putHolidays(tx: Tx, administrationId: string, holidays: { day: string; name: string }[]) {
      await tx.execute(
        sql`insert into public_holidays (administration_id, day, name)
            select ${administrationId}, d::date, n from unnest(${sql.param(holidays.map((h) => h.day))}::text[], ${sql.param(holidays.map((h) => h.name))}::text[]) as x(d, n)
            on conflict (administration_id, day) do update set name = excluded.name`,
      );
    },

    deleteHoliday: async (tx: Tx, administrationId: string, day: string) =>
      (await rows(tx, sql`delete from public_holidays where administration_id = ${administrationId} and day = ${day}::date returning day`)).length > 0,
  };
}
export type VenueRepository = ReturnType<typeof makeVenueRepository>;

