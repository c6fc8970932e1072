import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { strategicPriorities } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

export type PriorityRow = typeof strategicPriorities.$inferSelect;

/** Strategic priorities; every query is scoped by administration. */
export function makePriorityRepository() {
  const mine = (administrationId: string, id: string) => and(eq(strategicPriorities.administrationId, administrationId), eq(strategicPriorities.id, id));
  return {
    findAll: (tx: Tx, administrationId: string) =>
      tx
        .select()
        .from(strategicPriorities)
        .where(eq(strategicPriorities.administrationId, administrationId))
        .orderBy(asc(strategicPriorities.validFrom), asc(strategicPriorities.name)),

    findActive: (tx: Tx, administrationId: string, onDate: string) =>
      tx
        .select()
        .from(strategicPriorities)
        .where(
          and(
            eq(strategicPriorities.administrationId, administrationId),
            lte(strategicPriorities.validFrom, onDate),
            or(isNull(strategicPriorities.validTo), gte(strategicPriorities.validTo, onDate)),
          ),
        )
        .orderBy(asc(strategicPriorities.name)),

    find: async (tx: Tx, administrationId: string, id: string) => (await tx.select().from(strategicPriorities).where(mine(administrationId, id)))[0],

    insert: async (tx: Tx, row: typeof strategicPriorities.$inferInsert) => (await tx.insert(strategicPriorities).values(row).returning())[0]!,

    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof strategicPriorities.$inferInsert>) =>
      (await tx.update(strategicPriorities).set(patch).where(mine(administrationId, id)).returning())[0],

    delete: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.delete(strategicPriorities).where(mine(administrationId, id)).returning()).length > 0,
  };
}
export type PriorityRepository = ReturnType<typeof makePriorityRepository>;
