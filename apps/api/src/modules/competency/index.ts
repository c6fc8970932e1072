import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { makeCompetencyLookups } from './competency.lookups.js';
import { makeFrameworkRepository } from './framework.repository.js';
import { makeFrameworkService } from './framework.service.js';
import { makePriorityRepository } from './priority.repository.js';
import { makePriorityService } from './priority.service.js';
import { makeRoleProfileRepository } from './role-profile.repository.js';
import { makeRoleProfileService } from './role-profile.service.js';

export { installDefaultFramework } from './framework-install.js';
export { CUSTCOMPEU_SCALE, DEFAULT_AREAS, DEFAULT_FRAMEWORK_NAME, DEFAULT_SCALE } from './default-framework/index.js';

/** Builds the competency context: frameworks (versioned), role profiles, strategic priorities. */
export function makeCompetencyModule(deps: { database: Database; clock: Clock }) {
  const { database } = deps;
  const frameworks = makeFrameworkRepository();
  const roleProfiles = makeRoleProfileRepository();
  const priorities = makePriorityRepository();
  return {
    lookups: makeCompetencyLookups({ frameworks, roleProfiles, priorities }),
    frameworks: makeFrameworkService({ database, frameworks }),
    roleProfiles: makeRoleProfileService({ database, frameworks, roleProfiles }),
    priorities: makePriorityService({ database, priorities, frameworks }),
  };
}
export type CompetencyModule = ReturnType<typeof makeCompetencyModule>;
