import { type SQL, sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** Competency id → column key (its code, or its area's code): joined as a table so one GROUP BY serves both views. */
export interface ColumnMap {
  competencyIds: string[];
  keys: string[];
}
/** Heatmap rows: children of a unit (each over its subtree) plus the unit's own officers, or given roots, or the top level. */
export type HeatmapRows = { kind: 'children'; unitId: string } | { kind: 'roots'; unitIds: string[] } | { kind: 'top' };
export interface CellRow {
  rowId: string;
  key: string;
  headcount: number;
  meanGap: number | null;
  shareBelow: number | null;
  weightedNeed: number;
}
export interface ResultRow {
  officerId: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  orgUnitName: string;
  positionTitle: string | null;
  competencyId: string;
  selfLevel: number | null;
  supervisorLevel: number | null;
  assessedLevel: number | null;
  requiredLevel: number;
  gap: number;
  criticality: number;
  multiplier: number;
  weightedNeed: number;
}

const cols = (m: ColumnMap) => sql`select * from unnest(${sql.param(m.competencyIds)}::uuid[], ${sql.param(m.keys)}::text[]) as c(competency_id, key)`;
const inUnits = (unitIds: string[] | null) => (unitIds ? sql`and r.org_unit_id = any(${sql.param(unitIds)}::uuid[])` : sql``);
const ASSESSED = sql`r.assessed_level is not null`;

function rowDefs(adm: string, def: HeatmapRows): SQL {
  switch (def.kind) {
    case 'children':
      return sql`select id as row_id, false as is_direct from org_units where administration_id = ${adm} and parent_id = ${def.unitId}
                 union all select ${def.unitId}::uuid, true`;
    case 'roots':
      return sql`select id as row_id, false as is_direct from org_units where administration_id = ${adm} and id = any(${sql.param(def.unitIds)}::uuid[])`;
    case 'top':
      return sql`select id as row_id, false as is_direct from org_units where administration_id = ${adm} and parent_id is null`;
  }
}

const RESULT_SELECT = sql`select r.officer_id as "officerId", o.employee_number as "employeeNumber", o.given_names as "givenNames",
    o.family_name as "familyName", u.name as "orgUnitName", p.title as "positionTitle", r.competency_id as "competencyId",
    r.self_level as "selfLevel", r.supervisor_level as "supervisorLevel", r.assessed_level::float8 as "assessedLevel",
    r.required_level as "requiredLevel", r.gap::float8 as gap, r.criticality, r.multiplier::float8 as multiplier,
    r.weighted_need::float8 as "weightedNeed"
  from assessment_results r
  join officers o on o.administration_id = r.administration_id and o.id = r.officer_id
  join org_units u on u.administration_id = r.administration_id and u.id = r.org_unit_id
  left join positions p on p.administration_id = r.administration_id and p.id = r.position_id`;

export function makeResultsRepository() {
  return {
    /**
     * One GROUP BY over the campaign's results joined to a unit → heatmap-row mapping (a recursive walk down from each
     * row's unit); unassessed competencies count in no cell. Headcount counts distinct officers (an area spans competencies).
     */
    heatmap: (tx: Tx, adm: string, campaignId: string, def: HeatmapRows, columns: ColumnMap, byArea: boolean) => {
      const officers = byArea ? sql`count(distinct r.officer_id)` : sql`count(*)`;
      const below = byArea ? sql`count(distinct r.officer_id) filter (where ${ASSESSED} and r.gap > 0)` : sql`count(*) filter (where ${ASSESSED} and r.gap > 0)`;
      return rows<CellRow>(
        tx,
        sql`with recursive defs as (${rowDefs(adm, def)}),
            members(unit_id, row_id, expand) as (
              select row_id, row_id, not is_direct from defs
              union all
              select u.id, m.row_id, true from org_units u join members m on u.parent_id = m.unit_id and m.expand where u.administration_id = ${adm}),
            cols as (${cols(columns)})
            select m.row_id as "rowId", c.key,
              ${officers} filter (where ${ASSESSED})::int as headcount,
              avg(r.gap) filter (where ${ASSESSED})::float8 as "meanGap",
              (${below})::float8 / nullif(${officers} filter (where ${ASSESSED}), 0) as "shareBelow",
              coalesce(sum(r.weighted_need), 0)::float8 as "weightedNeed"
            from assessment_results r
            join members m on m.unit_id = r.org_unit_id
            join cols c on c.competency_id = r.competency_id
            where r.administration_id = ${adm} and r.campaign_id = ${campaignId}
            group by m.row_id, c.key`,
      );
    },

    unitNames: (tx: Tx, adm: string, ids: string[]) =>
      rows<{ id: string; name: string; parentId: string | null }>(
        tx,
        sql`select id, name, parent_id as "parentId" from org_units where administration_id = ${adm} and id = any(${sql.param(ids)}::uuid[]) order by name`,
      ),

    childUnits: (tx: Tx, adm: string, def: HeatmapRows) =>
      rows<{ rowId: string; isDirect: boolean }>(tx, sql`select row_id as "rowId", is_direct as "isDirect" from (${rowDefs(adm, def)}) d`),

    /** Ranked needs per target group (org unit × position) and competency. */
    needs: (tx: Tx, adm: string, campaignId: string, unitIds: string[] | null, limit: number) =>
      rows<{
        orgUnitId: string;
        orgUnitName: string;
        positionId: string | null;
        positionTitle: string | null;
        competencyId: string;
        headcount: number;
        meanGap: number | null;
        shareBelow: number | null;
        weightedNeed: number;
      }>(
        tx,
        sql`select g.*, u.name as "orgUnitName", p.title as "positionTitle" from (
              select r.org_unit_id as "orgUnitId", r.position_id as "positionId", r.competency_id as "competencyId",
                count(*) filter (where ${ASSESSED})::int as headcount,
                avg(r.gap) filter (where ${ASSESSED})::float8 as "meanGap",
                (count(*) filter (where ${ASSESSED} and r.gap > 0))::float8 / nullif(count(*) filter (where ${ASSESSED}), 0) as "shareBelow",
                sum(r.weighted_need)::float8 as "weightedNeed"
              from assessment_results r
              where r.administration_id = ${adm} and r.campaign_id = ${campaignId} ${inUnits(unitIds)}
              group by r.org_unit_id, r.position_id, r.competency_id
              order by sum(r.weighted_need) desc, r.org_unit_id, r.position_id, r.competency_id
              limit ${limit}) g
            join org_units u on u.administration_id = ${adm} and u.id = g."orgUnitId"
            left join positions p on p.administration_id = ${adm} and p.id = g."positionId"
            order by g."weightedNeed" desc, u.name, p.title`,
      ),

    /** Mean gap and n per column key for each of the given campaigns. */
    compare: (tx: Tx, adm: string, campaignIds: string[], columns: ColumnMap, unitIds: string[] | null) =>
      rows<{ campaignId: string; key: string; meanGap: number | null; n: number }>(
        tx,
        sql`with cols as (${cols(columns)})
            select r.campaign_id as "campaignId", c.key, avg(r.gap) filter (where ${ASSESSED})::float8 as "meanGap",
              count(*) filter (where ${ASSESSED})::int as n
            from assessment_results r join cols c on c.competency_id = r.competency_id
            where r.administration_id = ${adm} and r.campaign_id = any(${sql.param(campaignIds)}::uuid[]) ${inUnits(unitIds)}
            group by r.campaign_id, c.key`,
      ),

    /** Result rows with names, for drill-down, profiles and export. */
    results: (tx: Tx, adm: string, campaignId: string, f: { unitIds?: string[] | null; officerId?: string; competencyIds?: string[] }) =>
      rows<ResultRow>(
        tx,
        sql`${RESULT_SELECT}
            where r.administration_id = ${adm} and r.campaign_id = ${campaignId} ${inUnits(f.unitIds ?? null)}
              ${f.officerId ? sql`and r.officer_id = ${f.officerId}` : sql``}
              ${f.competencyIds ? sql`and r.competency_id = any(${sql.param(f.competencyIds)}::uuid[])` : sql``}
            order by o.family_name, o.given_names, o.employee_number, r.competency_id`,
      ),

    officer: async (tx: Tx, adm: string, id: string) =>
      (
        await rows<{ id: string; employeeNumber: string; givenNames: string; familyName: string; orgUnitId: string }>(
          tx,
          sql`select id, employee_number as "employeeNumber", given_names as "givenNames", family_name as "familyName", org_unit_id as "orgUnitId"
              from officers where administration_id = ${adm} and id = ${id}`,
        )
      )[0],

    /** Rows for the planning hand-off: officers with a position, by unit and position code. */
    planningRows: (tx: Tx, adm: string, campaignId: string) =>
      rows<{
        officerId: string;
        orgUnitCode: string;
        positionCode: string;
        orgUnitId: string;
        positionId: string;
        orgUnitName: string;
        positionName: string;
        competencyId: string;
        gap: number | null;
        criticality: number;
        multiplier: number;
      }>(
        tx,
        sql`select r.officer_id as "officerId", u.code as "orgUnitCode", p.code as "positionCode", r.competency_id as "competencyId",
              u.id as "orgUnitId", p.id as "positionId", u.name as "orgUnitName", p.title as "positionName",
              case when ${ASSESSED} then r.gap::float8 end as gap, r.criticality, r.multiplier::float8 as multiplier
            from assessment_results r
            join org_units u on u.administration_id = r.administration_id and u.id = r.org_unit_id
            join positions p on p.administration_id = r.administration_id and p.id = r.position_id
            where r.administration_id = ${adm} and r.campaign_id = ${campaignId}`,
      ),
  };
}
export type ResultsRepository = ReturnType<typeof makeResultsRepository>;
