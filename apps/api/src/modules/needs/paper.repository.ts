import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

export interface PaperFormRow {
  id: string;
  kind: string;
  status: string;
  officerId: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  orgUnitName: string;
  positionId: string | null;
  positionTitle: string | null;
  assessorName: string | null;
}

/** The paper fallback's reads and its one all-or-nothing write. */
export function makePaperRepository() {
  return {
    /** The campaign's forms of officers in the given units, in print order: unit, officer, self before supervisor. */
    formsInUnits: (tx: Tx, adm: string, campaignId: string, unitIds: string[]) =>
      rows<PaperFormRow>(
        tx,
        sql`select f.id, f.kind, f.status, f.officer_id as "officerId", o.employee_number as "employeeNumber", o.given_names as "givenNames",
              o.family_name as "familyName", u.name as "orgUnitName", f.position_id as "positionId", p.title as "positionTitle",
              case when a.id is null then null else a.given_names || ' ' || a.family_name end as "assessorName"
            from assessment_forms f
            join officers o on o.administration_id = f.administration_id and o.id = f.officer_id
            join org_units u on u.administration_id = f.administration_id and u.id = f.org_unit_id
            left join positions p on p.administration_id = f.administration_id and p.id = f.position_id
            left join officers a on a.administration_id = f.administration_id and a.id = f.assessor_officer_id
            where f.administration_id = ${adm} and f.campaign_id = ${campaignId} and f.org_unit_id = any(${sql.param(unitIds)}::uuid[])
            order by u.name, o.family_name, o.given_names, o.employee_number, f.kind`,
      ),

    /** Officers of the administration by employee number (any status: a left officer still matches, then fails on the campaign). */
    officersByNumber: (tx: Tx, adm: string, numbers: string[]) =>
      rows<{ id: string; employeeNumber: string }>(
        tx,
        sql`select id, employee_number as "employeeNumber" from officers where administration_id = ${adm} and employee_number = any(${sql.param(numbers)}::text[])`,
      ),

    /** The campaign's forms of the given officers, locked until the import commits or fails. */
    formsOfOfficers: (tx: Tx, adm: string, campaignId: string, officerIds: string[]) =>
      rows<{ id: string; officerId: string; kind: string; status: string; positionId: string | null }>(
        tx,
        sql`select id, officer_id as "officerId", kind, status, position_id as "positionId" from assessment_forms
            where administration_id = ${adm} and campaign_id = ${campaignId} and officer_id = any(${sql.param(officerIds)}::uuid[])
            order by id for update`,
      ),

    /** Marks the forms submitted and records one 'submitted' event each, naming the file in the reason. */
    submit: async (tx: Tx, adm: string, formIds: string[], e: { userId: string; at: string; reason: string }) => {
      await tx.execute(
        sql`update assessment_forms set status = 'submitted', updated_at = ${e.at}::timestamptz, submitted_at = ${e.at}::timestamptz
            where administration_id = ${adm} and id = any(${sql.param(formIds)}::uuid[])`,
      );
      await tx.execute(
        sql`insert into assessment_form_events (administration_id, form_id, kind, reason, user_id, at)
            select ${adm}, id, 'submitted', ${e.reason}, ${e.userId}, ${e.at}::timestamptz from unnest(${sql.param(formIds)}::uuid[]) as t(id)`,
      );
    },
  };
}
export type PaperRepository = ReturnType<typeof makePaperRepository>;
