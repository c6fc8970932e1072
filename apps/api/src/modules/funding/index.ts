import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { organisationLookups } from '../organisation/organisation.lookups.js';
import { makeCapacityRepository } from './capacity.repository.js';
import { makeCapacityService } from './capacity.service.js';
import { makeFundingRepository } from './funding.repository.js';
import { makeFundingService } from './funding.service.js';

export { fundingLookups, type FundingLookups, type PlanningEnvelope } from './funding.lookups.js';

/** Builds the funding context: funding sources, budget envelopes and their totals, and the capacity inputs of planning. */
export function makeFundingModule(deps: { database: Database; clock: Clock }) {
  const { database } = deps;
  const funding = makeFundingRepository();
  return {
    funding: makeFundingService({ database, funding }),
    capacity: makeCapacityService({ database, capacity: makeCapacityRepository(), funding, orgUnitExists: (tx, adm, id) => organisationLookups.orgUnitExists(tx, adm, id) }),
  };
}
export type FundingModule = ReturnType<typeof makeFundingModule>;
