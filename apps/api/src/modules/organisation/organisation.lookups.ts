import { and, eq } from 'drizzle-orm';
import { officers, orgUnits } from '../../db/schema.js';
import type { Tx } from '../../platform/db.js';

/** Existence checks other contexts may call; they never read organisation tables themselves. */
export const organisationLookups = {
  async orgUnitExists(tx: Tx, administrationId: string, id: string): Promise<boolean> {
    const found = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.administrationId, administrationId), eq(orgUnits.id, id)));
    return found.length > 0;
  },
  async officerExists(tx: Tx, administrationId: string, id: string): Promise<boolean> {
    const found = await tx
      .select({ id: officers.id })
      .from(officers)
      .where(and(eq(officers.administrationId, administrationId), eq(officers.id, id)));
    return found.length > 0;
  },
};
