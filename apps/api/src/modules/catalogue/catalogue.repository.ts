import type { TCourseDelivery, TCourseMethod, TCourseStatus, TFunctionalArea } from '@formasaun/shared';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { courseCompetencies, coursePositions, coursePrerequisites, courses } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';
import type { CourseData, CourseRecord } from './catalogue.domain.js';

type CourseRow = typeof courses.$inferSelect;
export interface PositionRef {
  id: string;
  code: string;
  title: string;
}

const columnsOf = (c: CourseData) => ({
  code: c.code,
  titleEn: c.titleEn,
  titlePt: c.titlePt,
  summaryEn: c.summaryEn,
  summaryPt: c.summaryPt,
  functionalArea: c.functionalArea,
  learningOutcomes: c.learningOutcomes,
  methods: c.methods,
  delivery: c.delivery,
  days: c.days,
  capacity: c.capacity,
  minParticipants: c.minParticipants,
  trainerQualification: c.trainerQualification.text,
  trainerCompetencyCode: c.trainerQualification.competencyCode,
  trainerMinLevel: c.trainerQualification.minLevel,
  trainersPerRun: c.trainersPerRun,
  trainerDays: c.trainerDays,
  fixedTrainerFees: c.fixedCostByCategory['trainer-fees'],
  fixedVenue: c.fixedCostByCategory.venue,
  fixedTravelPerDiem: c.fixedCostByCategory['travel-per-diem'],
  fixedMaterials: c.fixedCostByCategory.materials,
  participantTrainerFees: c.costPerParticipantByCategory['trainer-fees'],
  participantVenue: c.costPerParticipantByCategory.venue,
  participantTravelPerDiem: c.costPerParticipantByCategory['travel-per-diem'],
  participantMaterials: c.costPerParticipantByCategory.materials,
  languages: c.languages,
  maxRunsPerYear: c.maxRunsPerYear,
  status: c.status,
});

function recordOf(r: CourseRow, children: { raises: CourseData['raises']; prerequisiteIds: string[]; eligiblePositionIds: string[] }): CourseRecord {
  return {
    id: r.id,
    code: r.code,
    titleEn: r.titleEn,
    titlePt: r.titlePt,
    summaryEn: r.summaryEn,
    summaryPt: r.summaryPt,
    functionalArea: r.functionalArea as TFunctionalArea,
    learningOutcomes: r.learningOutcomes,
    ...children,
    methods: r.methods as TCourseMethod[],
    delivery: r.delivery as TCourseDelivery,
    days: r.days,
    capacity: r.capacity,
    minParticipants: r.minParticipants,
    trainerQualification: { text: r.trainerQualification, competencyCode: r.trainerCompetencyCode, minLevel: r.trainerMinLevel },
    trainersPerRun: r.trainersPerRun,
    trainerDays: r.trainerDays,
    fixedCostByCategory: { 'trainer-fees': r.fixedTrainerFees, venue: r.fixedVenue, 'travel-per-diem': r.fixedTravelPerDiem, materials: r.fixedMaterials },
    costPerParticipantByCategory: {
      'trainer-fees': r.participantTrainerFees,
      venue: r.participantVenue,
      'travel-per-diem': r.participantTravelPerDiem,
      materials: r.participantMaterials,
    },
    languages: r.languages,
    maxRunsPerYear: r.maxRunsPerYear,
    status: r.status as TCourseStatus,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

const group = <T, V>(items: T[], key: (t: T) => string, value: (t: T) => V) => {
  const out = new Map<string, V[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), value(item)]);
  return out;
};

/** Courses and their competencies, prerequisites and eligible positions; every query is scoped by administration. */
export function makeCatalogueRepository() {
  async function load(tx: Tx, administrationId: string, ids?: string[]): Promise<CourseRecord[]> {
    if (ids && ids.length === 0) return [];
    const only = <C extends typeof courses.id | typeof courseCompetencies.courseId>(col: C) => (ids ? inArray(col, ids) : undefined);
    const found = await tx
      .select()
      .from(courses)
      .where(and(eq(courses.administrationId, administrationId), only(courses.id)));
    if (found.length === 0) return [];
    const raises = await tx
      .select()
      .from(courseCompetencies)
      .where(and(eq(courseCompetencies.administrationId, administrationId), only(courseCompetencies.courseId)))
      .orderBy(asc(courseCompetencies.courseId), asc(courseCompetencies.sort));
    const prereqs = await tx
      .select()
      .from(coursePrerequisites)
      .where(and(eq(coursePrerequisites.administrationId, administrationId), ids ? inArray(coursePrerequisites.courseId, ids) : undefined));
    const positions = await tx
      .select()
      .from(coursePositions)
      .where(and(eq(coursePositions.administrationId, administrationId), ids ? inArray(coursePositions.courseId, ids) : undefined));
    const raisesOf = group(raises, (r) => r.courseId, (r) => ({ competencyCode: r.competencyCode, levels: r.levels, toLevel: r.toLevel }));
    const prereqsOf = group(prereqs, (p) => p.courseId, (p) => p.prerequisiteId);
    const positionsOf = group(positions, (p) => p.courseId, (p) => p.positionId);
    return found.map((r) =>
      recordOf(r, {
        raises: raisesOf.get(r.id) ?? [],
        prerequisiteIds: (prereqsOf.get(r.id) ?? []).sort(),
        eligiblePositionIds: (positionsOf.get(r.id) ?? []).sort(),
      }),
    );
  }

  async function insertChildren(tx: Tx, administrationId: string, items: { id: string; data: CourseData }[]) {
    const raises = items.flatMap(({ id, data }) =>
      data.raises.map((r, i) => ({ administrationId, courseId: id, competencyCode: r.competencyCode, levels: r.levels, toLevel: r.toLevel, sort: i })),
    );
    const prereqs = items.flatMap(({ id, data }) => data.prerequisiteIds.map((p) => ({ administrationId, courseId: id, prerequisiteId: p })));
    const positions = items.flatMap(({ id, data }) => data.eligiblePositionIds.map((p) => ({ administrationId, courseId: id, positionId: p })));
    if (raises.length) await tx.insert(courseCompetencies).values(raises);
    if (prereqs.length) await tx.insert(coursePrerequisites).values(prereqs);
    if (positions.length) await tx.insert(coursePositions).values(positions);
  }

  return {
    findAll: (tx: Tx, administrationId: string) => load(tx, administrationId),
    find: async (tx: Tx, administrationId: string, id: string) => (await load(tx, administrationId, [id]))[0],

    /** Serialises catalogue writes of one administration, so two concurrent edits cannot close a prerequisite cycle. */
    lock: async (tx: Tx, administrationId: string) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`catalogue:${administrationId}`}))`);
    },

    count: async (tx: Tx, administrationId: string) =>
      (await rows<{ n: number }>(tx, sql`select count(*)::int as n from courses where administration_id = ${administrationId}`))[0]!.n,

    /** Inserts courses with their children; ids are given so prerequisites among new courses can name each other. */
    insert: async (tx: Tx, administrationId: string, items: { id: string; data: CourseData }[], stamp?: string) => {
      if (items.length === 0) return;
      const at = stamp ? { createdAt: stamp, updatedAt: stamp } : {};
      await tx.insert(courses).values(items.map(({ id, data }) => ({ administrationId, id, ...columnsOf(data), ...at })));
      await insertChildren(tx, administrationId, items);
    },

    /** Rewrites courses and replaces their children. */
    update: async (tx: Tx, administrationId: string, items: { id: string; data: CourseData }[], now: string) => {
      if (items.length === 0) return;
      const ids = items.map((i) => i.id);
      for (const { id, data } of items) {
        await tx
          .update(courses)
          .set({ ...columnsOf(data), updatedAt: now })
          .where(and(eq(courses.administrationId, administrationId), eq(courses.id, id)));
      }
      await tx.delete(courseCompetencies).where(and(eq(courseCompetencies.administrationId, administrationId), inArray(courseCompetencies.courseId, ids)));
      await tx.delete(coursePrerequisites).where(and(eq(coursePrerequisites.administrationId, administrationId), inArray(coursePrerequisites.courseId, ids)));
      await tx.delete(coursePositions).where(and(eq(coursePositions.administrationId, administrationId), inArray(coursePositions.courseId, ids)));
      await insertChildren(tx, administrationId, items);
    },

    setStatus: async (tx: Tx, administrationId: string, id: string, status: TCourseStatus, now: string) =>
      (
        await tx
          .update(courses)
          .set({ status, updatedAt: now })
          .where(and(eq(courses.administrationId, administrationId), eq(courses.id, id)))
          .returning({ id: courses.id })
      ).length > 0,

    delete: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.delete(courses).where(and(eq(courses.administrationId, administrationId), eq(courses.id, id))).returning({ id: courses.id })).length > 0,

    // Positions are read here (id, code, title only) because the organisation context exposes no lookup for them yet.
    findPositions: (tx: Tx, administrationId: string) =>
      rows<PositionRef>(tx, sql`select id, code, title from positions where administration_id = ${administrationId} order by code, title`),

    // The competency lookups answer per framework version; which version is current (the newest, as the web shows it)
    // is read here until that context exports it.
    currentFrameworkVersionId: async (tx: Tx, administrationId: string) =>
      (
        await rows<{ id: string }>(
          tx,
          sql`select id from framework_versions where administration_id = ${administrationId} order by created_at desc, version desc limit 1`,
        )
      )[0]?.id ?? null,
  };
}
export type CatalogueRepository = ReturnType<typeof makeCatalogueRepository>;
