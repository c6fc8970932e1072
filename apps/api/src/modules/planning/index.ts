import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { makePlanDocumentsService } from './documents.service.js';
import { makeOptimisationService } from './optimisation.service.js';
import { makeInputsReader } from './planning.inputs.js';
import { makeJobRegistry } from './planning.jobs.js';
import { planningLookups } from './planning.lookups.js';
import type { PlanningPorts } from './planning.ports.js';
import { makePlanRepository } from './planning.repository.js';
import { type CampaignReader, makePlanningService } from './planning.service.js';

/** Builds the planning context: plans from a closed TNA, optimised in the background, edited, approved, exported. */
export function makePlanningModule(deps: { database: Database; clock: Clock; ports: PlanningPorts; campaigns: CampaignReader; log?: (line: string) => void }) {
  const shared = { ...deps, plans: makePlanRepository(), readInputs: makeInputsReader(deps.ports), jobs: makeJobRegistry() };
  return {
    plans: makePlanningService(shared),
    optimisation: makeOptimisationService(shared),
    documents: makePlanDocumentsService(shared),
    lookups: planningLookups,
  };
}
export type PlanningModule = ReturnType<typeof makePlanningModule>;
