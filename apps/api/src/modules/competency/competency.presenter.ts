import type { TCompetencyGroup, TFramework, TFrameworkVersionDetail, TPriority } from '@formasaun/shared';
import type { competencyFrameworks } from '../../db/schema.js';
import type { AreaRow, CompetencyRow, ScaleRow, VersionRow } from './framework.repository.js';
import type { PriorityRow } from './priority.repository.js';

export const presentFramework = (f: typeof competencyFrameworks.$inferSelect, versions: VersionRow[]): TFramework => ({
  id: f.id,
  name: f.name,
  description: f.description,
  createdAt: f.createdAt,
  versions: versions
    .filter((v) => v.frameworkId === f.id)
    .map((v) => ({ id: v.id, version: v.version, createdAt: v.createdAt, isInUse: v.isInUse, competencyCount: v.competencyCount })),
});

export const presentVersionDetail = (
  v: VersionRow,
  scale: ScaleRow[],
  areas: AreaRow[],
  competencies: { competency: CompetencyRow; area: AreaRow }[],
): TFrameworkVersionDetail => ({
  id: v.id,
  frameworkId: v.frameworkId,
  frameworkName: v.frameworkName,
  version: v.version,
  isInUse: v.isInUse,
  scale: scale.map((l) => ({ level: l.level, nameEn: l.nameEn, namePt: l.namePt })),
  areas: areas.map((a) => ({
    id: a.id,
    code: a.code,
    group: a.competencyGroup as TCompetencyGroup,
    nameEn: a.nameEn,
    namePt: a.namePt,
    sort: a.sort,
  })),
  competencies: competencies.map(({ competency: c, area }) => ({
    id: c.id,
    code: c.code,
    areaCode: area.code,
    nameEn: c.nameEn,
    namePt: c.namePt,
    descriptionEn: c.descriptionEn,
    descriptionPt: c.descriptionPt,
    indicators: c.indicators,
    sort: c.sort,
  })),
});

export const presentPriority = (p: PriorityRow): TPriority => ({
  id: p.id,
  name: p.name,
  description: p.description,
  multiplier: Number(p.multiplier),
  validFrom: p.validFrom,
  validTo: p.validTo,
  competencyCodes: p.competencyCodes,
});
