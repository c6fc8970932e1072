import type { TCompetencyGroup } from '@formasaun/shared';
import type { CompetencyLookups } from '../needs/needs.ports.js';
import type { FrameworkRepository } from './framework.repository.js';
import type { PriorityRepository } from './priority.repository.js';
import type { RoleProfileRepository } from './role-profile.repository.js';

/** What the needs context reads of frameworks, role profiles and priorities; it never touches these tables itself. */
export function makeCompetencyLookups(deps: {
  frameworks: FrameworkRepository;
  roleProfiles: RoleProfileRepository;
  priorities: PriorityRepository;
}): CompetencyLookups {
  const { frameworks, roleProfiles, priorities } = deps;
  return {
    async frameworkVersion(tx, administrationId, versionId) {
      const v = await frameworks.findVersion(tx, administrationId, versionId);
      return v && { id: v.id, frameworkId: v.frameworkId, version: v.version };
    },
    async competencies(tx, administrationId, versionId) {
      return (await frameworks.findCompetencies(tx, administrationId, versionId)).map(({ competency: c, area }) => ({
        id: c.id,
        code: c.code,
        nameEn: c.nameEn,
        namePt: c.namePt,
        areaCode: area.code,
        areaNameEn: area.nameEn,
        areaNamePt: area.namePt,
        group: area.competencyGroup as TCompetencyGroup,
        indicators: c.indicators,
        sort: c.sort,
      }));
    },
    async scale(tx, administrationId, versionId) {
      return (await frameworks.findScale(tx, administrationId, versionId)).map((l) => ({ level: l.level, nameEn: l.nameEn, namePt: l.namePt }));
    },
    async roleProfiles(tx, administrationId, versionId) {
      return (await roleProfiles.findCells(tx, administrationId, versionId)).map((c) => ({
        positionId: c.positionId,
        competencyId: c.competencyId,
        requiredLevel: c.requiredLevel,
        criticality: c.criticality,
      }));
    },
    async activePriorities(tx, administrationId, onDate) {
      return (await priorities.findActive(tx, administrationId, onDate)).map((p) => ({
        id: p.id,
        name: p.name,
        multiplier: Number(p.multiplier),
        competencyCodes: p.competencyCodes,
      }));
    },
  };
}
