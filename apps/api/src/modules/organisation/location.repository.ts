import { and, asc, eq } from 'drizzle-orm';
import { locations, positions } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

export function makeLocationRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      tx.select().from(locations).where(eq(locations.administrationId, administrationId)).orderBy(asc(locations.name)),
    find: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.select().from(locations).where(and(eq(locations.administrationId, administrationId), eq(locations.id, id))))[0],
    insert: async (tx: Tx, row: typeof locations.$inferInsert) => (await tx.insert(locations).values(row).returning())[0]!,
  };
}
export type LocationRepository = ReturnType<typeof makeLocationRepository>;

export function makePositionRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      tx.select().from(positions).where(eq(positions.administrationId, administrationId)).orderBy(asc(positions.title)),
    find: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.select().from(positions).where(and(eq(positions.administrationId, administrationId), eq(positions.id, id))))[0],
    insert: async (tx: Tx, row: typeof positions.$inferInsert) => (await tx.insert(positions).values(row).returning())[0]!,
  };
}
export type PositionRepository = ReturnType<typeof makePositionRepository>;
