import { and, asc, eq, sql } from 'drizzle-orm';
import { competencies, competencyAreas, competencyFrameworks, frameworkVersions, scaleLevels } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type AreaRow = typeof competencyAreas.$inferSelect;
export type CompetencyRow = typeof competencies.$inferSelect;
export type ScaleRow = typeof scaleLevels.$inferSelect;

export interface VersionRow {
  id: string;
  frameworkId: string;
  frameworkName: string;
  version: number;
  createdAt: string;
  isInUse: boolean;
  competencyCount: number;
}

// The one read of the needs context's table this context makes: a version is "in use" once a campaign names it.
const versionColumns = sql`v.id, v.framework_id as "frameworkId", f.name as "frameworkName", v.version, v.created_at::text as "createdAt",
  exists (select 1 from assessment_campaigns c where c.administration_id = v.administration_id and c.framework_version_id = v.id) as "isInUse",
  (select count(*)::int from competencies k where k.administration_id = v.administration_id and k.framework_version_id = v.id) as "competencyCount"`;

/** Frameworks, their versions and each version's scale, areas and competencies; every query is scoped by administration. */
export function makeFrameworkRepository() {
  return {
    findFrameworks: (tx: Tx, administrationId: string) =>
      tx.select().from(competencyFrameworks).where(eq(competencyFrameworks.administrationId, administrationId)).orderBy(asc(competencyFrameworks.name)),

    findVersions: (tx: Tx, administrationId: string) =>
      rows<VersionRow>(
        tx,
        sql`select ${versionColumns} from framework_versions v
              join competency_frameworks f on f.administration_id = v.administration_id and f.id = v.framework_id
            where v.administration_id = ${administrationId} order by v.version desc`,
      ),

    findVersion: async (tx: Tx, administrationId: string, versionId: string) =>
      (
        await rows<VersionRow>(
          tx,
          sql`select ${versionColumns} from framework_versions v
                join competency_frameworks f on f.administration_id = v.administration_id and f.id = v.framework_id
              where v.administration_id = ${administrationId} and v.id = ${versionId}`,
        )
      )[0],

    /** Locks the framework's versions so two concurrent edits of an in-use version cannot both take version n+1. */
    nextVersionNumber: async (tx: Tx, administrationId: string, frameworkId: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`select coalesce(max(version), 0)::int + 1 as n from (select version from framework_versions
                where administration_id = ${administrationId} and framework_id = ${frameworkId} for update) v`,
        )
      )[0]!.n,

    insertFramework: async (tx: Tx, row: typeof competencyFrameworks.$inferInsert) =>
      (await tx.insert(competencyFrameworks).values(row).returning())[0]!,

    insertVersion: async (tx: Tx, row: typeof frameworkVersions.$inferInsert) => (await tx.insert(frameworkVersions).values(row).returning())[0]!,

    findScale: (tx: Tx, administrationId: string, versionId: string) =>
      tx
        .select()
        .from(scaleLevels)
        .where(and(eq(scaleLevels.administrationId, administrationId), eq(scaleLevels.frameworkVersionId, versionId)))
        .orderBy(asc(scaleLevels.level)),

    insertScale: async (tx: Tx, values: (typeof scaleLevels.$inferInsert)[]) => {
      if (values.length) await tx.insert(scaleLevels).values(values);
    },

    renameScaleLevel: async (tx: Tx, administrationId: string, versionId: string, level: number, names: { nameEn: string; namePt: string }) =>
      (
        await tx
          .update(scaleLevels)
          .set(names)
          .where(and(eq(scaleLevels.administrationId, administrationId), eq(scaleLevels.frameworkVersionId, versionId), eq(scaleLevels.level, level)))
          .returning()
      ).length > 0,

    findAreas: (tx: Tx, administrationId: string, versionId: string) =>
      tx
        .select()
        .from(competencyAreas)
        .where(and(eq(competencyAreas.administrationId, administrationId), eq(competencyAreas.frameworkVersionId, versionId)))
        .orderBy(asc(competencyAreas.sort), asc(competencyAreas.code)),

    insertArea: async (tx: Tx, row: typeof competencyAreas.$inferInsert) => (await tx.insert(competencyAreas).values(row).returning())[0]!,

    updateArea: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof competencyAreas.$inferInsert>) =>
      tx
        .update(competencyAreas)
        .set(patch)
        .where(and(eq(competencyAreas.administrationId, administrationId), eq(competencyAreas.id, id))),

    /** Competencies of a version in area order, then competency order. */
    findCompetencies: (tx: Tx, administrationId: string, versionId: string) =>
      tx
        .select({ competency: competencies, area: competencyAreas })
        .from(competencies)
        .innerJoin(
          competencyAreas,
          and(eq(competencyAreas.administrationId, competencies.administrationId), eq(competencyAreas.id, competencies.areaId)),
        )
        .where(and(eq(competencies.administrationId, administrationId), eq(competencies.frameworkVersionId, versionId)))
        .orderBy(asc(competencyAreas.sort), asc(competencyAreas.code), asc(competencies.sort), asc(competencies.code)),

    insertCompetencies: async (tx: Tx, values: (typeof competencies.$inferInsert)[]) =>
      values.length ? tx.insert(competencies).values(values).returning() : [],

    updateCompetency: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof competencies.$inferInsert>) =>
      tx
        .update(competencies)
        .set(patch)
        .where(and(eq(competencies.administrationId, administrationId), eq(competencies.id, id))),

    deleteCompetency: async (tx: Tx, administrationId: string, id: string) =>
      tx.delete(competencies).where(and(eq(competencies.administrationId, administrationId), eq(competencies.id, id))),

    /** Copies a version's scale, areas, competencies and role profiles into an existing empty version, matching by code. */
    copyVersionContent: async (tx: Tx, administrationId: string, fromVersionId: string, toVersionId: string) => {
      const a = administrationId;
      await tx.execute(sql`insert into scale_levels (administration_id, framework_version_id, level, name_en, name_pt)
        select administration_id, ${toVersionId}, level, name_en, name_pt from scale_levels where administration_id = ${a} and framework_version_id = ${fromVersionId}`);
      await tx.execute(sql`insert into competency_areas (administration_id, framework_version_id, competency_group, code, name_en, name_pt, sort)
        select administration_id, ${toVersionId}, competency_group, code, name_en, name_pt, sort from competency_areas
        where administration_id = ${a} and framework_version_id = ${fromVersionId}`);
      await tx.execute(sql`insert into competencies (administration_id, framework_version_id, area_id, code, name_en, name_pt, description_en, description_pt, indicators, sort)
        select c.administration_id, ${toVersionId}, na.id, c.code, c.name_en, c.name_pt, c.description_en, c.description_pt, c.indicators, c.sort
        from competencies c
        join competency_areas oa on oa.administration_id = c.administration_id and oa.id = c.area_id
        join competency_areas na on na.administration_id = c.administration_id and na.framework_version_id = ${toVersionId} and na.code = oa.code
        where c.administration_id = ${a} and c.framework_version_id = ${fromVersionId}`);
      await tx.execute(sql`insert into role_profiles (administration_id, framework_version_id, position_id, competency_id, required_level, criticality)
        select r.administration_id, ${toVersionId}, r.position_id, nc.id, r.required_level, r.criticality
        from role_profiles r
        join competencies oc on oc.administration_id = r.administration_id and oc.id = r.competency_id
        join competencies nc on nc.administration_id = r.administration_id and nc.framework_version_id = ${toVersionId} and nc.code = oc.code
        where r.administration_id = ${a} and r.framework_version_id = ${fromVersionId}`);
    },

    /** Which of the codes exist in some framework version of the administration. */
    knownCodes: async (tx: Tx, administrationId: string, codes: string[]) => {
      if (codes.length === 0) return new Set<string>();
      const found = await rows<{ code: string }>(
        tx,
        sql`select distinct code from competencies where administration_id = ${administrationId} and code = any(${sql.param(codes)}::text[])`,
      );
      return new Set(found.map((r) => r.code));
    },
  };
}
export type FrameworkRepository = ReturnType<typeof makeFrameworkRepository>;
