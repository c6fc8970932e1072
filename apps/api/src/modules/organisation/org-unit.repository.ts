import { and, asc, eq, sql } from 'drizzle-orm';
import { orgUnits } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type OrgUnitRow = typeof orgUnits.$inferSelect;
export type OrgUnitListRow = OrgUnitRow & { officerCount: number; headOfficerName: string | null };

/** Every query takes the administration id: tenant scoping lives here, not in the services. */
export function makeOrgUnitRepository() {
  return {
    findAll: (tx: Tx, administrationId: string) =>
      rows<OrgUnitListRow>(
        tx,
        sql`select u.administration_id as "administrationId", u.id, u.parent_id as "parentId", u.code, u.name, u.kind,
              u.location_id as "locationId", to_char(u.closed_on, 'YYYY-MM-DD') as "closedOn", u.head_officer_id as "headOfficerId",
              case when h.id is not null then h.given_names || ' ' || h.family_name end as "headOfficerName",
              (select count(*)::int from officers o where o.administration_id = u.administration_id and o.org_unit_id = u.id and o.status <> 'left') as "officerCount"
            from org_units u left join officers h on h.administration_id = u.administration_id and h.id = u.head_officer_id
            where u.administration_id = ${administrationId} order by u.name`,
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

    /** Ids of the unit and of every unit above it, the unit first. */
    ancestorIds: async (tx: Tx, administrationId: string, id: string) => {
      const found = await rows<{ id: string }>(
        tx,
        sql`with recursive up(id, parent_id, depth) as (
              select id, parent_id, 0 from org_units where administration_id = ${administrationId} and id = ${id}
              union all
              select u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id
              where u.administration_id = ${administrationId} and up.depth < 50)
            select id from up order by depth`,
      );
      return found.map((r) => r.id);
    },

    /** The officer a unit head would be, if any: where they sit and whether they are active. */
    findHeadCandidate: async (tx: Tx, administrationId: string, officerId: string) =>
      (
        await rows<{ id: string; orgUnitId: string; status: string }>(
          tx,
          sql`select id, org_unit_id as "orgUnitId", status from officers where administration_id = ${administrationId} and id = ${officerId}`,
        )
      )[0],

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
