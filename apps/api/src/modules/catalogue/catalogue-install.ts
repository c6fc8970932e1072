import { randomUUID } from 'node:crypto';
import type { Tx } from '../../platform/db.js';
import type { CourseData } from './catalogue.domain.js';
import { makeCatalogueRepository } from './catalogue.repository.js';
import { DEFAULT_COURSES, type DefaultCourse } from './default-catalogue/index.js';

const courses = makeCatalogueRepository();
// The default amounts are US dollars; an administration keeping its books in another currency passes its rate.
const split = (s: readonly number[], factor: number) => {
  const at = (i: number) => Math.round(s[i]! * factor);
  return { 'trainer-fees': at(0), venue: at(1), 'travel-per-diem': at(2), materials: at(3) };
};

/** A default course as written to the catalogue; prerequisites by code are resolved by the caller. */
export function defaultCourseData(d: DefaultCourse, prerequisiteIds: string[], costFactor = 1): CourseData {
  return {
    code: d.code,
    titleEn: d.title[0],
    titlePt: d.title[1],
    summaryEn: d.summary[0],
    summaryPt: d.summary[1],
    functionalArea: d.area,
    learningOutcomes: d.outcomes.map(([en, pt]) => ({ en, pt })),
    raises: d.raises.map(([competencyCode, levels, toLevel]) => ({ competencyCode, levels, toLevel: toLevel ?? null })),
    methods: [...d.methods],
    delivery: d.delivery,
    days: d.days,
    capacity: d.capacity,
    minParticipants: d.minParticipants,
    prerequisiteIds,
    eligiblePositionIds: [],
    trainerQualification: { text: d.trainer.text, competencyCode: d.trainer.competency?.[0] ?? null, minLevel: d.trainer.competency?.[1] ?? null },
    trainersPerRun: d.trainersPerRun ?? 1,
    trainerDays: null,
    fixedCostByCategory: split(d.fixed, costFactor),
    costPerParticipantByCategory: split(d.perParticipant, costFactor),
    languages: [...d.languages],
    maxRunsPerYear: d.maxRunsPerYear ?? null,
    status: 'active',
  };
}

/**
 * Writes the default customs catalogue into an administration. With `knownCodes` (an adapted framework), raises of
 * competencies the framework lacks are dropped, and a course left raising nothing is left out with its prerequisite links.
 * Takes an open transaction so the demo generator and the API share it.
 */
export async function installDefaultCatalogue(
  tx: Tx,
  administrationId: string,
  opts: { knownCodes?: ReadonlySet<string>; newId?: () => string; stamp?: string; costFactor?: number } = {},
): Promise<{ created: number; skippedCompetencies: string[] }> {
  const known = opts.knownCodes;
  const skipped = new Set<string>();
  const kept = DEFAULT_COURSES.flatMap((d) => {
    const raises = d.raises.filter(([code]) => !known || known.has(code) || (skipped.add(code), false));
    if (raises.length === 0) return [];
    const trainer = d.trainer.competency && known && !known.has(d.trainer.competency[0]) ? { text: d.trainer.text } : d.trainer;
    return [{ ...d, raises, trainer }];
  });
  const newId = opts.newId ?? randomUUID;
  const ids = new Map(kept.map((d) => [d.code, newId()]));
  const items = kept.map((d) => ({
    id: ids.get(d.code)!,
    data: defaultCourseData(d, (d.prerequisites ?? []).flatMap((code) => (ids.has(code) ? [ids.get(code)!] : [])), opts.costFactor),
  }));
  await courses.insert(tx, administrationId, items, opts.stamp);
  return { created: items.length, skippedCompetencies: [...skipped].sort() };
}
