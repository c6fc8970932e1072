import type { Tx } from '../../platform/db.js';

/** What the users context needs from organisation, passed in so the contexts stay apart. */
export interface OrganisationLookups {
  orgUnitExists(tx: Tx, administrationId: string, id: string): Promise<boolean>;
  officerExists(tx: Tx, administrationId: string, id: string): Promise<boolean>;
}
