import type { Tx } from '../../platform/db.js';
import { makePlanRepository } from './planning.repository.js';

const plans = makePlanRepository();

/** What other contexts read of plans (scheduling sessions from the approved plan); they never touch these tables. */
export const planningLookups = {
  /** Runs with a count of the approved plan (the given one, or every approved plan): course, quarter, participants per group. */
  approvedRuns: (tx: Tx, administrationId: string, planId?: string) => plans.approvedRuns(tx, administrationId, planId),
};
export type PlanningLookups = typeof planningLookups;
