import { type SQL, sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

export interface FormRow {
  id: string;
  campaignId: string;
  campaignName: string;
  campaignStatus: string;
  closesOn: string;
  frameworkVersionId: string;
  kind: string;
  status: string;
  officerId: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  assessorOfficerId: string | null;
  orgUnitId: string;
  positionId: string | null;
  lastRemindedAt: string | null;
}
/** comment undefined: the stored comment is kept. */
export interface RatingRow {
  formId: string;
  competencyId: string;
  level: number;
  comment: string | null | undefined;
}
/** A line of a campaign's form list, with the page's total. */
export interface CampaignFormRow {
  id: string;
  kind: string;
  status: string;
  officerId: string;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  orgUnitId: string;
  orgUnitName: string;
  assessorOfficerId: string | null;
  assessorName: string | null;
  updatedAt: string;
  submittedAt: string | null;
  total: number;
}

const SELECT = sql`select f.id, f.campaign_id as "campaignId", c.name as "campaignName", c.status as "campaignStatus",
    to_char(c.closes_on, 'YYYY-MM-DD') as "closesOn", c.framework_version_id as "frameworkVersionId", f.kind, f.status,
    f.officer_id as "officerId", o.employee_number as "employeeNumber", o.given_names as "givenNames", o.family_name as "familyName",
    f.assessor_officer_id as "assessorOfficerId", f.org_unit_id as "orgUnitId", f.position_id as "positionId",
    (select max(e.at) from assessment_form_events e where e.administration_id = f.administration_id and e.form_id = f.id and e.kind = 'reminded')::text as "lastRemindedAt"
  from assessment_forms f
  join assessment_campaigns c on c.administration_id = f.administration_id and c.id = f.campaign_id
  join officers o on o.administration_id = f.administration_id and o.id = f.officer_id`;

const select = (tx: Tx, where: SQL) => rows<FormRow>(tx, sql`${SELECT} where ${where} order by c.closes_on desc, o.family_name, o.given_names, f.kind`);

export function makeFormRepository() {
  return {
    find: async (tx: Tx, administrationId: string, id: string, opts: { forUpdate?: boolean } = {}) =>
      (await rows<FormRow>(tx, sql`${SELECT} where f.administration_id = ${administrationId} and f.id = ${id} ${opts.forUpdate ? sql`for update of f` : sql``}`))[0],

    findMany: (tx: Tx, administrationId: string, ids: string[]) =>
      select(tx, sql`f.administration_id = ${administrationId} and f.id = any(${sql.param(ids)}::uuid[])`),

    /** The officer's own self forms and the supervisor forms the officer assesses, of open and closed campaigns. */
    findForOfficer: (tx: Tx, administrationId: string, officerId: string) =>
      select(
        tx,
        sql`f.administration_id = ${administrationId} and c.status <> 'draft'
            and ((f.kind = 'self' and f.officer_id = ${officerId}) or (f.kind = 'supervisor' and f.assessor_officer_id = ${officerId}))`,
      ),

    findTeam: (tx: Tx, administrationId: string, campaignId: string, assessorOfficerId: string) =>
      select(
        tx,
        sql`f.administration_id = ${administrationId} and f.campaign_id = ${campaignId} and f.kind = 'supervisor' and f.assessor_officer_id = ${assessorOfficerId}`,
      ),

    ratings: (tx: Tx, administrationId: string, formIds: string[]) =>
      rows<RatingRow>(
        tx,
        sql`select form_id as "formId", competency_id as "competencyId", level, comment from assessment_ratings
            where administration_id = ${administrationId} and form_id = any(${sql.param(formIds)}::uuid[])`,
      ),

    /** Autosave: inserts or replaces the given ratings; a rating without a comment keeps the stored one. */
    saveRatings: async (tx: Tx, administrationId: string, list: RatingRow[]) => {
      // One row per form and competency: the last rating given in the request wins.
      const ratings = [...new Map(list.map((r) => [`${r.formId}/${r.competencyId}`, r])).values()];
      for (const keep of [false, true]) {
        const part = ratings.filter((r) => (r.comment === undefined) === keep);
        if (part.length === 0) continue;
        await tx.execute(
          sql`insert into assessment_ratings (administration_id, form_id, competency_id, level, comment)
              select ${administrationId}, * from unnest(${sql.param(part.map((r) => r.formId))}::uuid[], ${sql.param(part.map((r) => r.competencyId))}::uuid[],
                ${sql.param(part.map((r) => r.level))}::int[], ${sql.param(part.map((r) => r.comment ?? null))}::text[])
              on conflict (administration_id, form_id, competency_id) do update
              set level = excluded.level ${keep ? sql`` : sql`, comment = excluded.comment`}`,
        );
      }
    },

    /** A campaign's forms, filtered and paged, ordered by unit, officer and kind. */
    findCampaignForms: (
      tx: Tx,
      administrationId: string,
      campaignId: string,
      f: { unitIds: string[] | null; status?: string; kind?: string; limit: number; offset: number },
    ) =>
      rows<CampaignFormRow>(
        tx,
        sql`select f.id, f.kind, f.status, f.officer_id as "officerId", o.employee_number as "employeeNumber", o.given_names as "givenNames",
              o.family_name as "familyName", f.org_unit_id as "orgUnitId", u.name as "orgUnitName", f.assessor_officer_id as "assessorOfficerId",
              a.given_names || ' ' || a.family_name as "assessorName", f.updated_at::text as "updatedAt", f.submitted_at::text as "submittedAt",
              count(*) over ()::int as total
            from assessment_forms f
            join officers o on o.administration_id = f.administration_id and o.id = f.officer_id
            join org_units u on u.administration_id = f.administration_id and u.id = f.org_unit_id
            left join officers a on a.administration_id = f.administration_id and a.id = f.assessor_officer_id
            where f.administration_id = ${administrationId} and f.campaign_id = ${campaignId}
              ${f.unitIds ? sql`and f.org_unit_id = any(${sql.param(f.unitIds)}::uuid[])` : sql``}
              ${f.status ? sql`and f.status = ${f.status}` : sql``}
              ${f.kind ? sql`and f.kind = ${f.kind}` : sql``}
            order by u.name, o.family_name, o.given_names, o.employee_number, f.kind
            limit ${f.limit} offset ${f.offset}`,
      ),

    setStatus: async (tx: Tx, administrationId: string, ids: string[], status: 'sent' | 'started' | 'submitted', at: string) => {
      await tx.execute(
        sql`update assessment_forms set status = ${status}, updated_at = ${at}::timestamptz,
              submitted_at = ${status === 'submitted' ? sql`${at}::timestamptz` : sql`null`}
            where administration_id = ${administrationId} and id = any(${sql.param(ids)}::uuid[])`,
      );
    },

    /** Marks drafts as started on their first save; submitted forms are left alone. */
    touch: async (tx: Tx, administrationId: string, ids: string[], at: string) => {
      await tx.execute(
        sql`update assessment_forms set status = case when status = 'sent' then 'started' else status end, updated_at = ${at}::timestamptz
            where administration_id = ${administrationId} and id = any(${sql.param(ids)}::uuid[])`,
      );
    },

    setAssessor: async (tx: Tx, administrationId: string, id: string, assessorOfficerId: string) => {
      await tx.execute(sql`update assessment_forms set assessor_officer_id = ${assessorOfficerId} where administration_id = ${administrationId} and id = ${id}`);
    },

    addEvent: async (tx: Tx, administrationId: string, e: { formId: string; kind: 'submitted' | 'reopened'; reason?: string; userId: string; at: string }) => {
      await tx.execute(
        sql`insert into assessment_form_events (administration_id, form_id, kind, reason, user_id, at)
            values (${administrationId}, ${e.formId}, ${e.kind}, ${e.reason ?? null}, ${e.userId}, ${e.at}::timestamptz)`,
      );
    },

    events: (tx: Tx, administrationId: string, formId: string) =>
      rows<{ kind: string; reason: string | null; at: string }>(
        tx,
        sql`select kind, reason, at::text as at from assessment_form_events where administration_id = ${administrationId} and form_id = ${formId} order by at, kind`,
      ),

    officerExists: async (tx: Tx, administrationId: string, id: string) =>
      (await rows(tx, sql`select 1 from officers where administration_id = ${administrationId} and id = ${id} and status <> 'left'`)).length > 0,
  };
}
export type FormRepository = ReturnType<typeof makeFormRepository>;
