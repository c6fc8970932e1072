import type { TOfficerListQuery } from '@formasaun/shared';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { officerAssignments, officers } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export interface OfficerRow {
  id: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  sex: string;
  dateOfBirth: string | null;
  grade: number | null;
  positionId: string | null;
  positionTitle: string | null;
  orgUnitId: string;
  orgUnitName: string;
  locationId: string | null;
  locationName: string | null;
  hireDate: string | null;
  languages: string[];
  email: string | null;
  phone: string | null;
  status: string;
}
export interface AssignmentRow {
  id: string;
  orgUnitId: string;
  orgUnitName: string;
  positionId: string | null;
  positionTitle: string | null;
  locationId: string | null;
  grade: number | null;
  validFrom: string;
  validTo: string | null;
}

/** Which officers an actor may see inside its administration; computed by the policy, applied here. */
export type OfficerVisibility = { kind: 'all' } | { kind: 'units'; unitIds: string[] } | { kind: 'self'; officerId: string | null };

export type OfficerFilter = Omit<TOfficerListQuery, 'orgUnitId' | 'sort' | 'order' | 'page' | 'pageSize'> & {
  /** The requested org-unit subtree, already expanded to unit ids. */
  unitIds?: string[];
};

const SORTS: Record<TOfficerListQuery['sort'], SQL[]> = {
  familyName: [sql`o.family_name`, sql`o.given_names`],
  employeeNumber: [sql`o.employee_number`],
  grade: [sql`o.grade`],
  hireDate: [sql`o.hire_date`],
  orgUnit: [sql`u.name`],
  position: [sql`p.title`],
};

const SELECT = sql`select o.id, o.employee_number as "employeeNumber", o.given_names as "givenNames", o.family_name as "familyName",
  o.sex, to_char(o.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", o.grade, o.position_id as "positionId", p.title as "positionTitle",
  o.org_unit_id as "orgUnitId", u.name as "orgUnitName", o.location_id as "locationId", l.name as "locationName",
  to_char(o.hire_date, 'YYYY-MM-DD') as "hireDate", o.languages, o.email, o.phone, o.status`;
const FROM = sql`from officers o
  join org_units u on u.administration_id = o.administration_id and u.id = o.org_unit_id
  left join positions p on p.administration_id = o.administration_id and p.id = o.position_id
  left join locations l on l.administration_id = o.administration_id and l.id = o.location_id`;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(administrationId: string, visibility: OfficerVisibility, f: OfficerFilter): SQL {
  const parts: SQL[] = [sql`o.administration_id = ${administrationId}`];
  if (visibility.kind === 'units') parts.push(sql`o.org_unit_id = any(${sql.param(visibility.unitIds)}::uuid[])`);
  if (visibility.kind === 'self') parts.push(visibility.officerId ? sql`o.id = ${visibility.officerId}` : sql`false`);
  if (f.unitIds) parts.push(sql`o.org_unit_id = any(${sql.param(f.unitIds)}::uuid[])`);
  if (f.positionId) parts.push(sql`o.position_id = ${f.positionId}`);
  if (f.locationId) parts.push(sql`o.location_id = ${f.locationId}`);
  if (f.sex) parts.push(sql`o.sex = ${f.sex}`);
  if (f.grade !== undefined) parts.push(sql`o.grade = ${f.grade}`);
  if (f.status) parts.push(sql`o.status = ${f.status}`);
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(
      sql`(o.family_name || ' ' || o.given_names || ' ' || o.given_names || ' ' || o.family_name || ' ' || o.employee_number || ' ' || coalesce(o.email, '')) ilike ${pattern}`,
    );
  }
  return sql.join(parts, sql` and `);
}

export function makeOfficerRepository() {
  return {
    async findPage(
      tx: Tx,
      administrationId: string,
      visibility: OfficerVisibility,
      filter: OfficerFilter,
      order: { sort: TOfficerListQuery['sort']; order: 'asc' | 'desc'; page: number; pageSize: number },
    ): Promise<{ items: OfficerRow[]; total: number }> {
      const where = conditions(administrationId, visibility, filter);
      const dir = order.order === 'desc' ? sql`desc nulls last` : sql`asc nulls last`;
      const found = await rows<OfficerRow & { total: number }>(
        tx,
        sql`${SELECT}, count(*) over ()::int as total ${FROM} where ${where}
            order by ${sql.join(
              SORTS[order.sort].map((column) => sql`${column} ${dir}`),
              sql`, `,
            )}, o.employee_number
            limit ${order.pageSize} offset ${(order.page - 1) * order.pageSize}`,
      );
      if (found.length > 0 || order.page === 1) return { items: found, total: found[0]?.total ?? 0 };
      const count = await rows<{ n: number }>(tx, sql`select count(*)::int as n ${FROM} where ${where}`);
      return { items: [], total: count[0]?.n ?? 0 };
    },

    /** Rows for export: the same filter, every match, in a stable order. */
    findAllMatching: (tx: Tx, administrationId: string, visibility: OfficerVisibility, filter: OfficerFilter) =>
      rows<OfficerRow>(
        tx,
        sql`${SELECT} ${FROM} where ${conditions(administrationId, visibility, filter)} order by o.family_name, o.given_names, o.employee_number`,
      ),

    async find(tx: Tx, administrationId: string, visibility: OfficerVisibility, id: string): Promise<OfficerRow | undefined> {
      const found = await rows<OfficerRow>(
        tx,
        sql`${SELECT} ${FROM} where ${conditions(administrationId, visibility, {})} and o.id = ${id}`,
      );
      return found[0];
    },

    findByEmployeeNumbers: (tx: Tx, administrationId: string, numbers: string[]) =>
      rows<{ id: string; employeeNumber: string; orgUnitId: string; positionId: string | null; locationId: string | null; grade: number | null }>(
        tx,
        sql`select id, employee_number as "employeeNumber", org_unit_id as "orgUnitId", position_id as "positionId",
              location_id as "locationId", grade
            from officers where administration_id = ${administrationId} and employee_number = any(${sql.param(numbers)}::text[])`,
      ),

    assignments: (tx: Tx, administrationId: string, officerId: string) =>
      rows<AssignmentRow>(
        tx,
        sql`select a.id, a.org_unit_id as "orgUnitId", u.name as "orgUnitName", a.position_id as "positionId", p.title as "positionTitle",
              a.location_id as "locationId", a.grade, to_char(a.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(a.valid_to, 'YYYY-MM-DD') as "validTo"
            from officer_assignments a
            join org_units u on u.administration_id = a.administration_id and u.id = a.org_unit_id
            left join positions p on p.administration_id = a.administration_id and p.id = a.position_id
            where a.administration_id = ${administrationId} and a.officer_id = ${officerId}
            order by a.valid_from desc`,
      ),

    insert: async (tx: Tx, row: typeof officers.$inferInsert) => (await tx.insert(officers).values(row).returning({ id: officers.id }))[0]!.id,

    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof officers.$inferInsert>) => {
      await tx
        .update(officers)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(and(eq(officers.administrationId, administrationId), eq(officers.id, id)));
    },

    openAssignment: async (tx: Tx, administrationId: string, officerId: string) =>
      (
        await tx
          .select()
          .from(officerAssignments)
          .where(
            and(
              eq(officerAssignments.administrationId, administrationId),
              eq(officerAssignments.officerId, officerId),
              isNull(officerAssignments.validTo),
            ),
          )
      )[0],

    insertAssignment: async (tx: Tx, row: typeof officerAssignments.$inferInsert) => {
      await tx.insert(officerAssignments).values(row);
    },

    updateAssignment: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof officerAssignments.$inferInsert>) => {
      await tx
        .update(officerAssignments)
        .set(patch)
        .where(and(eq(officerAssignments.administrationId, administrationId), eq(officerAssignments.id, id)));
    },
  };
}
export type OfficerRepository = ReturnType<typeof makeOfficerRepository>;
