import {
  type TRoomEquipment,
  type TVenue,
  type TVenueClosureInput,
  type TVenueHoliday,
  type TVenueHolidaysInput,
  type TVenueRoom,
  type TVenueRoomClosure,
  type TVenueRoomInput,
  type TVenueRoomUpdate,
  type TVenueInput,
  type TVenueUpdate,
  ZVenueClosureInput,
  ZVenueHolidaysInput,
  ZVenueInput,
  ZVenueRoomInput,
  ZVenueRoomUpdate,
  ZVenueUpdate,
} from '@formasaun/shared';
import type { z } from 'zod';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { isoDate } from '../../platform/clock.js';
import type { Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import type { CentreDeps } from './index.js';
import { type ClosureRow, makeVenueRepository, type RoomRow, type VenueRow } from './venue.repository.js';

/** Services also take input from the demo generator and other areas, which skip the route's validation. */
export function parsedInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: ['body', ...i.path.map(String)].join('.'), message: i.message })));
}

const presentClosure = (c: ClosureRow): TVenueRoomClosure => ({ id: c.id, roomId: c.roomId, fromDay: c.fromDay, toDay: c.toDay, reason: c.reason });
const presentRoom = (r: RoomRow, closures: ClosureRow[]): TVenueRoom => ({
  id: r.id,
  venueId: r.venueId,
  name: r.name,
  capacity: r.capacity,
  equipment: r.equipment as TRoomEquipment[],
  active: r.active,
  closures: closures.filter((c) => c.roomId === r.id).map(presentClosure),
  sessionCount: r.sessionCount,
});

/** Venues and their rooms (capacity, equipment, closures) and the administration's public holidays. */
export function makeVenueService(deps: CentreDeps) {
  const { database, clock } = deps;
  const repo = makeVenueRepository();

  async function present(tx: Tx, administrationId: string, id: string | null): Promise<TVenue[]> {
    const venues = await repo.findVenues(tx, administrationId, id);
    const rooms = await repo.findRooms(tx, administrationId, id);
    const closures = await repo.findClosures(tx, administrationId, isoDate(clock.now()));
    return venues.map((v) => ({ ...v, rooms: rooms.filter((r) => r.venueId === v.id).map((r) => presentRoom(r, closures)) }));
  }

  async function venueOf(tx: Tx, administrationId: string, id: string): Promise<VenueRow> {
    const [venue] = await repo.findVenues(tx, administrationId, id);
    if (!venue) throw notFound('venue');
    return venue;
  }

  async function checkVenue(tx: Tx, administrationId: string, v: { name: string; locationId: string | null }, exceptId: string | null) {
    if (v.locationId && !(await repo.locationExists(tx, administrationId, v.locationId))) throw notFound('location');
    if (await repo.venueNamed(tx, administrationId, v.name, exceptId)) {
      throw conflict(`a venue named "${v.name}" exists already`, [{ path: 'body.name', message: 'already used by another venue' }]);
    }
  }

  async function roomOf(tx: Tx, administrationId: string, id: string) {
    const room = await repo.findRoom(tx, administrationId, id);
    if (!room) throw notFound('room');
    return room;
  }

  async function roomNameFree(tx: Tx, administrationId: string, venueId: string, name: string, exceptId: string | null) {
    if (await repo.roomNamed(tx, administrationId, venueId, name, exceptId)) {
      throw conflict(`this venue already has a room named "${name}"`, [{ path: 'body.name', message: 'already used by another room of the venue' }]);
    }
  }

  async function presentOneRoom(tx: Tx, administrationId: string, id: string): Promise<TVenueRoom> {
    const room = await roomOf(tx, administrationId, id);
    const [venue] = await present(tx, administrationId, room.venueId);
    return venue!.rooms.find((r) => r.id === id)!;
  }

  return {
    async findVenues(actor: Actor): Promise<TVenue[]> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), (tx) => present(tx, actor.administrationId, null));
    },

    async getVenue(actor: Actor, id: string): Promise<TVenue> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        await venueOf(tx, actor.administrationId, id);
        return (await present(tx, actor.administrationId, id))[0]!;
      });
    },

    async createVenue(actor: Actor, raw: TVenueInput): Promise<TVenue> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkVenue(tx, actor.administrationId, input, null);
        const id = await repo.insertVenue(tx, actor.administrationId, input);
        return (await present(tx, actor.administrationId, id))[0]!;
      });
    },

    async updateVenue(actor: Actor, id: string, raw: TVenueUpdate): Promise<TVenue> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueUpdate, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await venueOf(tx, actor.administrationId, id);
        const next = { ...existing, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
        await checkVenue(tx, actor.administrationId, next, id);
        await repo.updateVenue(tx, actor.administrationId, id, next);
        return (await present(tx, actor.administrationId, id))[0]!;
      });
    },

    /** A venue whose rooms have sessions stays: archive it (active = false) instead. */
    async deleteVenue(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        const venue = await venueOf(tx, actor.administrationId, id);
        const n = await repo.venueSessions(tx, actor.administrationId, id);
        if (n > 0) throw conflict(`"${venue.name}" has rooms used by ${n} session(s); archive the venue (active = false) instead`, { sessions: n });
        await repo.deleteVenue(tx, actor.administrationId, id);
      });
    },

    async createRoom(actor: Actor, venueId: string, raw: TVenueRoomInput): Promise<TVenueRoom> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueRoomInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await venueOf(tx, actor.administrationId, venueId);
        await roomNameFree(tx, actor.administrationId, venueId, input.name, null);
        const id = await repo.insertRoom(tx, actor.administrationId, venueId, input);
        return presentOneRoom(tx, actor.administrationId, id);
      });
    },

    async updateRoom(actor: Actor, id: string, raw: TVenueRoomUpdate): Promise<TVenueRoom> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueRoomUpdate, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const current = await presentOneRoom(tx, actor.administrationId, id);
        const next = {
          name: input.name ?? current.name,
          capacity: input.capacity ?? current.capacity,
          equipment: input.equipment ?? current.equipment,
          active: input.active ?? current.active,
        };
        if (input.name) await roomNameFree(tx, actor.administrationId, current.venueId, input.name, id);
        await repo.updateRoom(tx, actor.administrationId, id, next);
        return presentOneRoom(tx, actor.administrationId, id);
      });
    },

    /** A room any session names (even a cancelled one) stays, so history keeps its room: archive it instead. */
    async deleteRoom(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        const room = await roomOf(tx, actor.administrationId, id);
        if (room.sessions > 0) {
          throw conflict(`room "${room.name}" is used by ${room.sessions} session(s); archive it (active = false) instead of deleting it`, { sessions: room.sessions });
        }
        await repo.deleteRoom(tx, actor.administrationId, id);
      });
    },

    async addClosure(actor: Actor, roomId: string, raw: TVenueClosureInput): Promise<TVenueRoomClosure> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueClosureInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        await roomOf(tx, actor.administrationId, roomId);
        return presentClosure(await repo.insertClosure(tx, actor.administrationId, roomId, input));
      });
    },

    async deleteClosure(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await repo.deleteClosure(tx, actor.administrationId, id))) throw notFound('room closure');
      });
    },

    async findHolidays(actor: Actor, year: number): Promise<TVenueHoliday[]> {
      requirePermission(actor, 'CentreRead');
      return database.transaction(tenantOf(actor), (tx) => repo.findHolidays(tx, actor.administrationId, `${year}-01-01`, `${year}-12-31`));
    },

    /** Adds public holidays in bulk (a day already there is renamed); answers the holidays of the years touched. */
    async addHolidays(actor: Actor, raw: TVenueHolidaysInput): Promise<TVenueHoliday[]> {
      requirePermission(actor, 'CentreWrite');
      const input = parsedInput(ZVenueHolidaysInput, raw);
      const years = input.holidays.map((h) => Number(h.day.slice(0, 4)));
      return database.transaction(tenantOf(actor), async (tx) => {
        await repo.putHolidays(tx, actor.administrationId, input.holidays);
        return repo.findHolidays(tx, actor.administrationId, `${Math.min(...years)}-01-01`, `${Math.max(...years)}-12-31`);
      });
    },

    async deleteHoliday(actor: Actor, day: string): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await repo.deleteHoliday(tx, actor.administrationId, day))) throw notFound('public holiday');
      });
    },
  };
}
export type VenueService = ReturnType<typeof makeVenueService>;
