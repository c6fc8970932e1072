import { and, eq, sql } from 'drizzle-orm';
import { roleProfiles } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type RoleProfileRow = typeof roleProfiles.$inferSelect;
export interface PositionRef {
  id: string;
  code: string;
  title: string;
}

/** Role profiles of a framework version; every query is scoped by administration. */
export function makeRoleProfileRepository() {
  return {
    findCells: (tx: Tx, administrationId: string, versionId: string) =>
      tx
        .select()
        .from(roleProfiles)
        .where(and(eq(roleProfiles.administrationId, administrationId), eq(roleProfiles.frameworkVersionId, versionId))),

    // Positions are the grid's rows; read here (id, code, title only) because the organisation context exposes no lookup for them yet.
    findPositions: (tx: Tx, administrationId: string) =>
      rows<PositionRef>(tx, sql`select id, code, title from positions where administration_id = ${administrationId} order by code, title`),

    upsertCells: async (tx: Tx, values: (typeof roleProfiles.$inferInsert)[]) => {
      for (let i = 0; i < values.length; i += 1000) {
        await tx
          .insert(roleProfiles)
          .values(values.slice(i, i + 1000))
          .onConflictDoUpdate({
            target: [roleProfiles.administrationId, roleProfiles.frameworkVersionId, roleProfiles.positionId, roleProfiles.competencyId],
            set: { requiredLevel: sql`excluded.required_level`, criticality: sql`excluded.criticality` },
          });
      }
    },

    deleteCells: async (tx: Tx, administrationId: string, versionId: string, cells: { positionId: string; competencyId: string }[]) => {
      if (cells.length === 0) return;
      await tx.execute(sql`delete from role_profiles where administration_id = ${administrationId} and framework_version_id = ${versionId}
        and (position_id, competency_id) in (select * from unnest(${sql.param(cells.map((c) => c.positionId))}::uuid[], ${sql.param(cells.map((c) => c.competencyId))}::uuid[]))`);
    },
  };
}
export type RoleProfileRepository = ReturnType<typeof makeRoleProfileRepository>;
