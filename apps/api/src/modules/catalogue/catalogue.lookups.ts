import type { TCostCategory, TFunctionalArea } from '@formasaun/shared';
import type { Tx } from '../../platform/db.js';
import { courseTotals } from './catalogue.domain.js';
import { makeCatalogueRepository } from './catalogue.repository.js';

/** An active course as the planning context sees it: what one run raises, costs and consumes. */
export interface PlanningCourse {
  id: string;
  code: string;
  titleEn: string;
  titlePt: string;
  functionalArea: TFunctionalArea;
  raises: { competencyCode: string; levels: number; toLevel: number | null }[];
  days: number;
  capacity: number;
  minParticipants: number;
  trainerDays: number;
  fixedCost: number;
  costPerParticipant: number;
  fixedCostByCategory: Record<TCostCategory, number>;
  costPerParticipantByCategory: Record<TCostCategory, number>;
  /** Empty: every position. */
  eligiblePositionIds: string[];
  /** Always active courses: an active course cannot require an archived one. */
  prerequisiteIds: string[];
  maxRunsPerYear: number | null;
  languages: string[];
}

/** What other contexts read of the catalogue; they never touch its tables. */
export interface CatalogueLookups {
  activeCourses(tx: Tx, administrationId: string): Promise<PlanningCourse[]>;
}

const courses = makeCatalogueRepository();

export const catalogueLookups: CatalogueLookups = {
  async activeCourses(tx, administrationId) {
    const active = (await courses.findAll(tx, administrationId)).filter((c) => c.status === 'active');
    const activeIds = new Set(active.map((c) => c.id));
    return active
      .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((c) => {
        const totals = courseTotals(c);
        return {
          id: c.id,
          code: c.code,
          titleEn: c.titleEn,
          titlePt: c.titlePt,
          functionalArea: c.functionalArea,
          raises: c.raises.map((r) => ({ ...r })),
          days: c.days,
          capacity: c.capacity,
          minParticipants: c.minParticipants,
          trainerDays: totals.trainerDays,
          fixedCost: totals.fixedCost,
          costPerParticipant: totals.costPerParticipant,
          fixedCostByCategory: { ...c.fixedCostByCategory },
          costPerParticipantByCategory: { ...c.costPerParticipantByCategory },
          eligiblePositionIds: c.eligiblePositionIds,
          // Kept to active ids as a second guard: the planner refuses unknown prerequisites.
          prerequisiteIds: c.prerequisiteIds.filter((id) => activeIds.has(id)),
          maxRunsPerYear: c.maxRunsPerYear,
          languages: c.languages,
        };
      });
  },
};
