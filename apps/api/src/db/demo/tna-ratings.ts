// Fills an open campaign's forms the way officers and supervisors would have, in a few set-based statements.
// Mirrors the form service (saveRatings, submitForm, reminders) without its per-form round trips.
import { type SQL, sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';
import { DEFAULT_SHORTFALL, shortfallRows } from './tna-data.js';

export interface FillInput {
  administrationId: string;
  campaignId: string;
  seed: number;
  /** First and last day of the campaign (YYYY-MM-DD). */
  opensOn: string;
  closesOn: string;
  /** Role-profile cells of the campaign's framework version. */
  cells: { positionId: string; competencyId: string; code: string; requiredLevel: number }[];
  /** The pattern's cohort of every org unit. */
  cohorts: { unitId: string; cohort: string }[];
  /** Who sent the reminders (the training manager's user). */
  managerUserId: string;
}

/** Share of forms submitted and started (the rest stay sent), per kind. */
export const RESPONSE = { self: { submitted: 0.92, started: 0.05 }, supervisor: { submitted: 0.95, started: 0.03 } } as const;
/** How much higher officers rate themselves than their supervisors do, on average (before clamping to the scale). */
export const SELF_BIAS = 0.4;

const p = (values: unknown[]) => sql.param(values);

/** A uniform number in [0, 1) from 8 hex digits of an md5 hash column (md5 and IEEE doubles: identical on every engine). */
const u = (h: string, at: number) => sql.raw(`(('x' || substr(${h}, ${at}, 8))::bit(32)::bigint::float8 / 4294967296)`);
/** A roughly normal number (mean 0, sd 1) from the first 24 hex digits of a hash: the sum of three uniforms. */
const z = (h: string): SQL => sql`((${u(h, 1)} + ${u(h, 9)} + ${u(h, 17)} - 1.5) * 2)`;

export async function fillForms(tx: Tx, input: FillInput): Promise<{ ratings: number; submitted: number; forms: number }> {
  const { administrationId: adm, campaignId, seed } = input;
  const salt = `/${seed}`;
  const ofCampaign = sql`administration_id = ${adm} and campaign_id = ${campaignId}`;
  // No statistics on the fresh forms yet: without this the planner nests loops over whole subqueries.
  await tx.execute(sql`set local enable_nestloop = off`);

  // Who answered and when: self forms over the whole window, supervisors mostly in its second half.
  const days = sql`(${input.closesOn}::date - ${input.opensOn}::date)`;
  await tx.execute(sql`
    update assessment_forms f set status = s.status, updated_at = s.at, submitted_at = case when s.status = 'submitted' then s.at end
    from (
      select id, at, case
          when kind = 'supervisor' and assessor_officer_id is null then 'sent'
          when r < case when kind = 'self' then ${RESPONSE.self.submitted}::float8 else ${RESPONSE.supervisor.submitted}::float8 end then 'submitted'
          when r < case when kind = 'self' then ${RESPONSE.self.submitted + RESPONSE.self.started}::float8
                        else ${RESPONSE.supervisor.submitted + RESPONSE.supervisor.started}::float8 end then 'started'
          else 'sent' end as status
      from (
        select id, kind, assessor_officer_id, ${u('h', 1)} as r,
          ${input.opensOn}::timestamptz + interval '7 hours'
            + floor((case when kind = 'self' then ${u('h', 9)} else 0.35 + 0.65 * ${u('h', 9)} end) * ${days}) * interval '1 day'
            + floor(${u('h', 17)} * 540) * interval '1 minute' as at
        from (select id, kind, assessor_officer_id, md5(officer_id::text || '/' || kind || ${salt}) as h
              from assessment_forms where ${ofCampaign}) hashed) drawn) s
    where f.administration_id = ${adm} and f.id = s.id and s.status <> 'sent'`);

  // Ratings: a true level per officer and competency (profile − the cohort's shortfall + officer, unit and personal
  // variation), seen by the supervisor with a little noise and by the officer with more noise and a known upward bias.
  // Submitted forms are complete (submitForm requires it); started forms hold a partial draft.
  const cells = input.cells;
  const shortfalls = shortfallRows();
  const inserted = await rows<{ n: number }>(tx, sql`
    with cells as (
      select * from unnest(${p(cells.map((c) => c.positionId))}::uuid[], ${p(cells.map((c) => c.competencyId))}::uuid[],
        ${p(cells.map((c) => c.code))}::text[], ${p(cells.map((c) => c.requiredLevel))}::int[]) as t(position_id, competency_id, code, required)),
    cohorts as (
      select * from unnest(${p(input.cohorts.map((c) => c.unitId))}::uuid[], ${p(input.cohorts.map((c) => c.cohort))}::text[]) as t(unit_id, cohort)),
    shortfalls as (
      select * from unnest(${p(shortfalls.map((s) => s.cohort))}::text[], ${p(shortfalls.map((s) => s.code))}::text[],
        ${p(shortfalls.map((s) => s.shortfall))}::float8[]) as t(cohort, code, shortfall)),
    -- What does not depend on the competency, once per form; what does not depend on the officer, once per unit.
    forms as materialized (
      select id, officer_id, org_unit_id, position_id, kind, status, 0.3 * ${z('h')} as officer_effect
      from (select *, md5(officer_id::text || ${salt}) as h from assessment_forms
            where ${ofCampaign} and status in ('submitted', 'started')) f),
    unit_cells as materialized (
      select k.unit_id, k.code, 0.2 * ${z('h')} - coalesce(s.shortfall, ${DEFAULT_SHORTFALL}::float8) as unit_effect
      from (select k.unit_id, k.cohort, c.code, md5(k.unit_id::text || '/' || c.code || ${salt}) as h
            from cohorts k cross join (select distinct code from cells) c) k
      left join shortfalls s on s.cohort = k.cohort and s.code = k.code),
    ins as (
      insert into assessment_ratings (administration_id, form_id, competency_id, level)
      select ${adm}::uuid, f.id, c.competency_id,
        least(4, greatest(0, round(c.required + f.officer_effect + uc.unit_effect + 0.5 * ${z('h.t')}
          + case when f.kind = 'self' then ${SELF_BIAS}::float8 + 0.45 * ${z('h.n')} else 0.35 * ${z('h.n')} end)))::int
      from forms f
      join cells c on c.position_id = f.position_id
      join unit_cells uc on uc.unit_id = f.org_unit_id and uc.code = c.code
      cross join lateral (select
        md5(f.officer_id::text || '/' || c.code || ${salt}) as t,
        md5(f.officer_id::text || '/' || c.code || '/' || f.kind || ${salt}) as n) h
      where f.status = 'submitted' or ${u('h.n', 25)} < 0.6
      returning 1)
    select count(*)::int as n from ins`);


  // The form history: a reminder half-way to everyone who had not answered by then, and each submission.
  const mid = sql`(${input.opensOn}::date + ${days} / 2)::timestamptz + interval '6 hours'`;
  await tx.execute(sql`
    insert into assessment_form_events (administration_id, form_id, kind, user_id, at)
    select administration_id, id, 'reminded', ${input.managerUserId}::uuid, ${mid} from assessment_forms
    where ${ofCampaign} and (kind = 'self' or assessor_officer_id is not null) and (submitted_at is null or submitted_at > ${mid})`);
  const submitted = await rows<{ n: number; forms: number }>(tx, sql`
    with users_of as (
      select distinct on (officer_id) officer_id, id from users where administration_id = ${adm} and officer_id is not null order by officer_id, id),
    ins as (
      insert into assessment_form_events (administration_id, form_id, kind, user_id, at)
      select f.administration_id, f.id, 'submitted', us.id, f.submitted_at from assessment_forms f
      left join users_of us on us.officer_id = case when f.kind = 'self' then f.officer_id else f.assessor_officer_id end
      where f.administration_id = ${adm} and f.campaign_id = ${campaignId} and f.status = 'submitted'
      returning 1)
    select (select count(*)::int from ins) as n, (select count(*)::int from assessment_forms where ${ofCampaign}) as forms`);
  await tx.execute(sql`set local enable_nestloop = on`);
  return { ratings: inserted[0]?.n ?? 0, submitted: submitted[0]?.n ?? 0, forms: submitted[0]?.forms ?? 0 };
}
