import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { releaseShares, trainerDayCapacities } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

/** Trainer-days per quarter and release shares per org unit; every query is scoped by administration. */
export function makeCapacityRepository() {
  return {
    trainerDays: (tx: Tx, administrationId: string, periods: string[]) =>
      tx
        .select({ period: trainerDayCapacities.period, days: trainerDayCapacities.days })
        .from(trainerDayCapacities)
        .where(and(eq(trainerDayCapacities.administrationId, administrationId), inArray(trainerDayCapacities.period, periods.length ? periods : [''])))
        .orderBy(asc(trainerDayCapacities.period)),

    /** Writes and removes a set of quarters' figures: two statements whatever the number of quarters. */
    async putTrainerDays(tx: Tx, administrationId: string, set: { period: string; days: number }[], cleared: string[]) {
      if (cleared.length) {
        await tx
          .delete(trainerDayCapacities)
          .where(and(eq(trainerDayCapacities.administrationId, administrationId), inArray(trainerDayCapacities.period, cleared)));
      }
      if (set.length) {
        await tx
          .insert(trainerDayCapacities)
          .values(set.map((s) => ({ administrationId, ...s })))
          .onConflictDoUpdate({ target: [trainerDayCapacities.administrationId, trainerDayCapacities.period], set: { days: sql`excluded.days` } });
      }
    },

    releaseShares: (tx: Tx, administrationId: string) =>
      tx
        .select({ orgUnitId: releaseShares.orgUnitId, share: releaseShares.share })
        .from(releaseShares)
        .where(eq(releaseShares.administrationId, administrationId))
        .orderBy(asc(releaseShares.orgUnitId)),

    async putReleaseShares(tx: Tx, administrationId: string, set: { orgUnitId: string; share: number }[], cleared: string[]) {
      if (cleared.length) {
        await tx.delete(releaseShares).where(and(eq(releaseShares.administrationId, administrationId), inArray(releaseShares.orgUnitId, cleared)));
      }
      if (set.length) {
        await tx
          .insert(releaseShares)
          .values(set.map((s) => ({ administrationId, ...s })))
          .onConflictDoUpdate({ target: [releaseShares.administrationId, releaseShares.orgUnitId], set: { share: sql`excluded.share` } });
      }
    },
  };
}
export type CapacityRepository = ReturnType<typeof makeCapacityRepository>;
