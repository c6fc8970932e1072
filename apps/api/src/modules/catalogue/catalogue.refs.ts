import type { Tx } from '../../platform/db.js';
import type { CatalogueCompetency, CatalogueCompetencyLookups } from './catalogue.ports.js';
import type { CatalogueRepository, PositionRef } from './catalogue.repository.js';

/** What a course may refer to outside the catalogue: the current framework's competencies and the positions. */
export interface CatalogueRefs {
  /** By code; null when the administration has no competency framework yet. */
  competencies: Map<string, CatalogueCompetency> | null;
  positions: PositionRef[];
}

export function makeRefsLoader(deps: { courses: CatalogueRepository; competency: CatalogueCompetencyLookups }) {
  const { courses, competency } = deps;
  return {
    async competencies(tx: Tx, administrationId: string): Promise<CatalogueRefs['competencies']> {
      const versionId = await courses.currentFrameworkVersionId(tx, administrationId);
      if (!versionId) return null;
      return new Map((await competency.competencies(tx, administrationId, versionId)).map((c) => [c.code, c]));
    },
    async load(tx: Tx, administrationId: string): Promise<CatalogueRefs> {
      return { competencies: await this.competencies(tx, administrationId), positions: await courses.findPositions(tx, administrationId) };
    },
  };
}
export type RefsLoader = ReturnType<typeof makeRefsLoader>;
