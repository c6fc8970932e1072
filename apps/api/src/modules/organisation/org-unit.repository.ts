import { and, asc, eq, sql } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

/** Every query takes the administration id: tenant scoping lives here, not in the services. */
export function makeOrgUnitRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      rows<OrgUnitRow & { officerCount: number }>(
        tx,
        sql`select u.administration_id as "administrationId", u.id, u.parent_id as "parentId", u.code, u.name, u.kind,
              u.location_id as "locationId", to_char(u.closed_on, 'YYYY-MM-DD') as "closedOn",
              (select count(*)::int from officers o where o.administration_id = u.administration_id and o.org_unit_id = u.id and o.status <> 'left') as "officerCount"
            from org_units u where u.administration_id = ${administrationId} order by u.name`,
      ),

    find: async (tx: Tx, administrationId: string, id: string) =>
      (await tx.select().from(orgUnits).where(and(eq(orgUnits.administrationId, administrationId), eq(orgUnits.id, id))))[0],

    findByCodes: (tx: Tx, administrationId: string) =>
      tx.select().from(orgUnits).where(eq(orgUnits.administrationId, administrationId)).orderBy(asc(orgUnits.code)),

    /** Ids of the units in the subtrees rooted at `rootIds`, roots included. */
    subtreeIds: async (tx: Tx, administrationId: string, rootIds: string[]) => {
      if (rootIds.length === 0) return [];
      const found = await rows<{ id: string }>(
        tx,
        sql`with recursive t as (
              select id from org_units where administration_id = ${administrationId} and id = any(${sql.param(rootIds)}::uuid[])
              union
              select u.id from org_units u join t on u.parent_id = t.id where u.administration_id = ${administrationId})
            select id from t`,
      );
      return found.map((r) => r.id);
    },

    insert: async (tx: Tx, row: typeof orgUnits.$inferInsert) => (await tx.insert(orgUnits).values(row).returning())[0]!,

    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof orgUnits.$inferInsert>) =>
      (
        await tx
          .update(orgUnits)
          .set(patch)
          .where(and(eq(orgUnits.administrationId, administrationId), eq(orgUnits.id, id)))
          .returning()
      )[0],

    countOpenChildren: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from org_units where administration_id = ${administrationId} and parent_id = ${id} and closed_on is null`,
        )
      )[0]?.n ?? 0,

    countOfficers: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from officers where administration_id = ${administrationId} and org_unit_id = ${id} and status <> 'left'`,
        )
      )[0]?.n ?? 0,
  };
}
export type OrgUnitRepository = ReturnType<typeof makeOrgUnitRepository>;
