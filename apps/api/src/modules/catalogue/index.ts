import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { CatalogueCompetencyLookups } from './catalogue.ports.js';
import { makeRefsLoader } from './catalogue.refs.js';
import { makeCatalogueRepository } from './catalogue.repository.js';
import { makeCatalogueService } from './catalogue.service.js';
import { makeCatalogueExchangeService } from './catalogue-exchange.service.js';

export { installDefaultCatalogue } from './catalogue-install.js';
export { type CatalogueLookups, catalogueLookups, type PlanningCourse } from './catalogue.lookups.js';
export { DEFAULT_COURSES } from './default-catalogue/index.js';

/** Builds the catalogue context: courses, their xlsx exchange and the default customs catalogue. */
export function makeCatalogueModule(deps: { database: Database; clock: Clock; competency: CatalogueCompetencyLookups }) {
  const { database, clock, competency } = deps;
  const courses = makeCatalogueRepository();
  const refs = makeRefsLoader({ courses, competency });
  return {
    courses: makeCatalogueService({ database, courses, refs, clock }),
    exchange: makeCatalogueExchangeService({ database, courses, refs, clock }),
  };
}
export type CatalogueModule = ReturnType<typeof makeCatalogueModule>;
export { catalogueRoutes } from './catalogue.routes.js';
