import type { TCourse, TCourseRef } from '@formasaun/shared';
import { type CourseRecord, courseTotals } from './catalogue.domain.js';
import type { CatalogueRefs } from './catalogue.refs.js';

export interface PresentContext {
  byId: ReadonlyMap<string, CourseRecord>;
  /** Course id → ids of the courses that require it. */
  requiredBy: ReadonlyMap<string, readonly string[]>;
  refs: CatalogueRefs;
}

export function presentContext(all: readonly CourseRecord[], refs: CatalogueRefs): PresentContext {
  const requiredBy = new Map<string, string[]>();
  for (const c of all) for (const p of c.prerequisiteIds) requiredBy.set(p, [...(requiredBy.get(p) ?? []), c.id]);
  return { byId: new Map(all.map((c) => [c.id, c])), requiredBy, refs };
}

const refOf = (c: CourseRecord): TCourseRef => ({ id: c.id, code: c.code, titleEn: c.titleEn, titlePt: c.titlePt });

export function presentCourse(c: CourseRecord, ctx: PresentContext): TCourse {
  const positions = new Map(ctx.refs.positions.map((p) => [p.id, p]));
  const refs = (ids: readonly string[]) =>
    ids.flatMap((id) => (ctx.byId.get(id) ? [refOf(ctx.byId.get(id)!)] : [])).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  const totals = courseTotals(c);
  return {
    id: c.id,
    code: c.code,
    titleEn: c.titleEn,
    titlePt: c.titlePt,
    summaryEn: c.summaryEn,
    summaryPt: c.summaryPt,
    functionalArea: c.functionalArea,
    learningOutcomes: c.learningOutcomes,
    raises: c.raises.map((r) => {
      const known = ctx.refs.competencies?.get(r.competencyCode);
      return { ...r, nameEn: known?.nameEn ?? null, namePt: known?.namePt ?? null };
    }),
    methods: c.methods,
    delivery: c.delivery,
    days: c.days,
    capacity: c.capacity,
    minParticipants: c.minParticipants,
    prerequisites: refs(c.prerequisiteIds),
    requiredBy: refs(ctx.requiredBy.get(c.id) ?? []),
    eligiblePositions: c.eligiblePositionIds.flatMap((id) => (positions.get(id) ? [positions.get(id)!] : [])),
    trainerQualification: c.trainerQualification,
    trainersPerRun: c.trainersPerRun,
    trainerDays: totals.trainerDays,
    isTrainerDaysDefault: c.trainerDays === null,
    fixedCostByCategory: c.fixedCostByCategory,
    costPerParticipantByCategory: c.costPerParticipantByCategory,
    fixedCost: totals.fixedCost,
    costPerParticipant: totals.costPerParticipant,
    fullRunCost: totals.fullRunCost,
    languages: c.languages,
    maxRunsPerYear: c.maxRunsPerYear,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
