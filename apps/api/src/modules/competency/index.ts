import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { CompetencyLookups } from '../needs/needs.ports.js';

/** Builds the competency context: frameworks (versioned), role profiles, strategic priorities. */
export function makeCompetencyModule(deps: { database: Database; clock: Clock }) {
  void deps;
  const lookups: CompetencyLookups = {
    frameworkVersion: async () => undefined,
    competencies: async () => [],
    scale: async () => [],
    roleProfiles: async () => [],
    activePriorities: async () => [],
  };
  return { lookups };
}
export type CompetencyModule = ReturnType<typeof makeCompetencyModule>;
