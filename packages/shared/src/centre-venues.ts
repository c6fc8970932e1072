import { z } from 'zod';
import { ZOneLine, ZPlainText, ZRoomEquipment } from './centre.js';
import { ZDate, ZId } from './common.js';
import { ZYear } from './resources.js';

/** Contracts of venues, rooms, room closures and the administration's public holidays. */

const nullableLine = (max: number) =>
  ZOneLine(max)
    .nullish()
    .or(z.literal('').transform(() => null));
const nullableText = (max: number) =>
  ZPlainText(max)
    .nullish()
    .transform((v) => (v && v.trim() ? v.trim() : null));

export const ZVenueRoomClosure = z.object({ id: ZId, roomId: ZId, fromDay: ZDate, toDay: ZDate, reason: z.string().nullable() });
export type TVenueRoomClosure = z.infer<typeof ZVenueRoomClosure>;

export const ZVenueRoom = z.object({
  id: ZId,
  venueId: ZId,
  name: z.string(),
  capacity: z.number().int(),
  equipment: z.array(ZRoomEquipment),
  active: z.boolean(),
  /** Closures ending today or later, by start day. */
  closures: z.array(ZVenueRoomClosure),
  /** Sessions booked in this room (any status but cancelled): such a room can be archived, not deleted. */
  sessionCount: z.number().int(),
});
export type TVenueRoom = z.infer<typeof ZVenueRoom>;

export const ZVenue = z.object({
  id: ZId,
  name: z.string(),
  locationId: ZId.nullable(),
  locationName: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  rooms: z.array(ZVenueRoom),
});
export type TVenue = z.infer<typeof ZVenue>;

export const ZVenueInput = z.object({
  name: ZOneLine(120),
  locationId: ZId.nullish().transform((v) => v ?? null),
  address: nullableLine(300).transform((v) => v ?? null),
  notes: nullableText(2000),
  active: z.boolean().default(true),
});
export type TVenueInput = z.input<typeof ZVenueInput>;
export const ZVenueUpdate = z.object({
  name: ZOneLine(120).optional(),
  locationId: ZId.nullable().optional(),
  address: nullableLine(300).optional(),
  notes: ZPlainText(2000).nullable().optional(),
  active: z.boolean().optional(),
});
export type TVenueUpdate = z.input<typeof ZVenueUpdate>;

const ZEquipmentList = z
  .array(ZRoomEquipment)
  .max(20)
  .refine((e) => new Set(e).size === e.length, 'each equipment at most once');
const ZCapacity = z.number().int('a whole number').min(1, 'at least 1 seat').max(1000);

export const ZVenueRoomInput = z.object({
  name: ZOneLine(120),
  capacity: ZCapacity,
  equipment: ZEquipmentList.default([]),
  active: z.boolean().default(true),
});
export type TVenueRoomInput = z.input<typeof ZVenueRoomInput>;
export const ZVenueRoomUpdate = z.object({
  name: ZOneLine(120).optional(),
  capacity: ZCapacity.optional(),
  equipment: ZEquipmentList.optional(),
  active: z.boolean().optional(),
});
export type TVenueRoomUpdate = z.input<typeof ZVenueRoomUpdate>;

export const ZVenueClosureInput = z
  .object({ fromDay: ZDate, toDay: ZDate, reason: nullableLine(200).transform((v) => v ?? null) })
  .refine((c) => c.toDay >= c.fromDay, { message: 'must not be before fromDay', path: ['toDay'] });
export type TVenueClosureInput = z.input<typeof ZVenueClosureInput>;

export const ZVenueHoliday = z.object({ day: ZDate, name: z.string() });
export type TVenueHoliday = z.infer<typeof ZVenueHoliday>;
export const ZVenueHolidayQuery = z.object({ year: z.coerce.number().pipe(ZYear) });
/** DELETE /public-holidays?day=YYYY-MM-DD removes one day. */
export const ZVenueHolidayDayQuery = z.object({ day: ZDate });
/** Adds (or renames) public holidays in bulk, e.g. a whole year at once. */
export const ZVenueHolidaysInput = z.object({
  holidays: z
    .array(z.object({ day: ZDate, name: ZOneLine(120) }))
    .min(1)
    .max(100)
    .refine((h) => new Set(h.map((x) => x.day)).size === h.length, 'each day at most once'),
});
export type TVenueHolidaysInput = z.input<typeof ZVenueHolidaysInput>;
