import { and, asc, eq, sql } from 'drizzle-orm';
import { assessmentCampaigns, campaignScopes } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';
import type { Consolidation } from './needs.domain.js';

export type CampaignRow = typeof assessmentCampaigns.$inferSelect;
export type CampaignWithScopes = CampaignRow & { scopes: { orgUnitId: string | null; positionId: string | null }[] };
export interface ProgressRow {
  orgUnitId: string;
  orgUnitName: string;
  selfSent: number;
  selfStarted: number;
  selfSubmitted: number;
  supSent: number;
  supStarted: number;
  supSubmitted: number;
  noAssessor: number;
}
/** A role-profile cell with its priority multiplier, as the close statement joins it. */
export interface ProfileCell {
  positionId: string;
  competencyId: string;
  requiredLevel: number;
  criticality: number;
  multiplier: number;
}

/** Units inside the subtrees rooted at `roots`, roots included (recursive CTE body, scoped to one administration). */
export const subtreeSql = (administrationId: string, roots: string[]) =>
  sql`with recursive t as (
        select id from org_units where administration_id = ${administrationId} and id = any(${sql.param(roots)}::uuid[])
        union
        select u.id from org_units u join t on u.parent_id = t.id where u.administration_id = ${administrationId})
      select id from t`;

/** Self and supervisor form counts by status, as select-list columns over assessment_forms f. */
const COUNTS = sql`count(*) filter (where f.kind = 'self' and f.status = 'sent')::int as "selfSent",
  count(*) filter (where f.kind = 'self' and f.status = 'started')::int as "selfStarted",
  count(*) filter (where f.kind = 'self' and f.status = 'submitted')::int as "selfSubmitted",
  count(*) filter (where f.kind = 'supervisor' and f.status = 'sent')::int as "supSent",
  count(*) filter (where f.kind = 'supervisor' and f.status = 'started')::int as "supStarted",
  count(*) filter (where f.kind = 'supervisor' and f.status = 'submitted')::int as "supSubmitted",
  count(*) filter (where f.kind = 'supervisor' and f.assessor_officer_id is null)::int as "noAssessor"`;

export function makeCampaignRepository() {
  async function scopesOf(tx: Tx, administrationId: string, campaignIds: string[]) {
    if (campaignIds.length === 0) return [];
    return rows<{ campaignId: string; orgUnitId: string | null; positionId: string | null }>(
      tx,
      sql`select campaign_id as "campaignId", org_unit_id as "orgUnitId", position_id as "positionId" from campaign_scopes
          where administration_id = ${administrationId} and campaign_id = any(${sql.param(campaignIds)}::uuid[]) order by id`,
    );
  }
  const withScopes = async (tx: Tx, administrationId: string, found: CampaignRow[]): Promise<CampaignWithScopes[]> => {
    const scopes = await scopesOf(tx, administrationId, found.map((c) => c.id));
    return found.map((c) => ({ ...c, scopes: scopes.filter((s) => s.campaignId === c.id).map(({ orgUnitId, positionId }) => ({ orgUnitId, positionId })) }));
  };

  return {
    /** The administration's campaigns, optionally only those in the given status. */
    findAll: async (tx: Tx, administrationId: string, status?: string) =>
      withScopes(
        tx,
        administrationId,
        await tx
          .select()
          .from(assessmentCampaigns)
          .where(and(eq(assessmentCampaigns.administrationId, administrationId), status ? eq(assessmentCampaigns.status, status) : undefined))
          .orderBy(asc(assessmentCampaigns.opensOn), asc(assessmentCampaigns.name)),
      ),

    find: async (tx: Tx, administrationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<CampaignWithScopes | undefined> => {
      const query = tx.select().from(assessmentCampaigns).where(and(eq(assessmentCampaigns.administrationId, administrationId), eq(assessmentCampaigns.id, id)));
      const found = opts.forUpdate ? await query.for('update') : await query;
      return (await withScopes(tx, administrationId, found))[0];
    },

    insert: async (tx: Tx, row: typeof assessmentCampaigns.$inferInsert) =>
      (await tx.insert(assessmentCampaigns).values(row).returning({ id: assessmentCampaigns.id }))[0]!.id,

    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof assessmentCampaigns.$inferInsert>) => {
      await tx.update(assessmentCampaigns).set(patch).where(and(eq(assessmentCampaigns.administrationId, administrationId), eq(assessmentCampaigns.id, id)));
    },

    replaceScopes: async (tx: Tx, administrationId: string, campaignId: string, scopes: { orgUnitId: string | null; positionId: string | null }[]) => {
      await tx.delete(campaignScopes).where(and(eq(campaignScopes.administrationId, administrationId), eq(campaignScopes.campaignId, campaignId)));
      if (scopes.length > 0) await tx.insert(campaignScopes).values(scopes.map((s) => ({ administrationId, campaignId, ...s })));
    },

    subtreeIds: async (tx: Tx, administrationId: string, roots: string[]) =>
      roots.length === 0 ? [] : (await rows<{ id: string }>(tx, subtreeSql(administrationId, roots))).map((r) => r.id),

    /** The given org-unit and position ids that exist in the administration. */
    existingRefs: async (tx: Tx, administrationId: string, unitIds: string[], positionIds: string[]) =>
      rows<{ id: string }>(
        tx,
        sql`select id from org_units where administration_id = ${administrationId} and id = any(${sql.param(unitIds)}::uuid[])
            union all
            select id from positions where administration_id = ${administrationId} and id = any(${sql.param(positionIds)}::uuid[])`,
      ),

    /**
     * One set-based statement: every active officer in scope gets a form of each kind. A supervisor form's assessor is
     * the head of the nearest unit upwards (the officer's own first) whose active head is not the officer; failing
     * that, the officer of a supervisor account on the nearest unit upwards; else none (the manager assigns one).
     */
    createForms: async (tx: Tx, administrationId: string, campaignId: string, kinds: string[]) => {
      const adm = administrationId;
      // Fresh officers have no planner statistics yet (estimated at one row): a nested loop would then
      // recompute the assessor of every officer for every officer. Hash joins keep it linear.
      await tx.execute(sql`set local enable_nestloop = off`);
      // Candidates are ranked per unit, not per officer: the first (c1) and the first other than c1 (c2) are enough,
      // since an officer is at most one of them; the per-officer step is then a plain join on the unit.
      const found = await rows<{ n: number }>(
        tx,
        sql`with recursive scope_units(scope_id, unit_id) as (
              select s.id, s.org_unit_id from campaign_scopes s where s.administration_id = ${adm} and s.campaign_id = ${campaignId} and s.org_unit_id is not null
              union
              select su.scope_id, u.id from org_units u join scope_units su on u.parent_id = su.unit_id where u.administration_id = ${adm}),
            in_scope as (
              select distinct o.id as officer_id, o.org_unit_id, o.position_id
              from officers o join campaign_scopes s on s.administration_id = o.administration_id and s.campaign_id = ${campaignId}
              where o.administration_id = ${adm} and o.status = 'active'
                and (s.position_id is null or o.position_id = s.position_id)
                and (s.org_unit_id is null or exists (select 1 from scope_units su where su.scope_id = s.id and su.unit_id = o.org_unit_id))),
            ancestors(unit_id, ancestor_id, depth) as (
              select id, id, 0 from org_units where administration_id = ${adm}
              union all
              select a.unit_id, u.parent_id, a.depth + 1 from ancestors a join org_units u on u.administration_id = ${adm} and u.id = a.ancestor_id
              where u.parent_id is not null and a.depth < 50),
            candidates as materialized (
              select a.unit_id, 0 as tier, a.depth, u.head_officer_id as officer_id
              from ancestors a join org_units u on u.administration_id = ${adm} and u.id = a.ancestor_id
              join officers h on h.administration_id = ${adm} and h.id = u.head_officer_id and h.status = 'active'
              union all
              select distinct a.unit_id, 1, a.depth, us.officer_id
              from ancestors a join role_assignments r on r.administration_id = ${adm} and r.org_unit_id = a.ancestor_id and r.role = 'supervisor'
              join users us on us.id = r.user_id and us.is_active and us.administration_id = ${adm} and us.officer_id is not null),
            c1 as materialized (
              select distinct on (unit_id, tier) unit_id, tier, officer_id from candidates order by unit_id, tier, depth, officer_id),
            c2 as materialized (
              select distinct on (c.unit_id, c.tier) c.unit_id, c.tier, c.officer_id
              from candidates c join c1 on c1.unit_id = c.unit_id and c1.tier = c.tier and c1.officer_id <> c.officer_id
              order by c.unit_id, c.tier, c.depth, c.officer_id),
            unit_assessors as materialized (
              select c1.unit_id, c1.tier, c1.officer_id as first_id, c2.officer_id as second_id
              from c1 left join c2 on c2.unit_id = c1.unit_id and c2.tier = c1.tier),
            assessors as (
              select i.officer_id, coalesce(
                case when h.first_id <> i.officer_id then h.first_id else h.second_id end,
                case when s.first_id <> i.officer_id then s.first_id else s.second_id end) as assessor_id
              from in_scope i
              left join unit_assessors h on h.unit_id = i.org_unit_id and h.tier = 0
              left join unit_assessors s on s.unit_id = i.org_unit_id and s.tier = 1),
            ins as (
              insert into assessment_forms (administration_id, campaign_id, officer_id, kind, assessor_officer_id, org_unit_id, position_id)
              select ${adm}, ${campaignId}, i.officer_id, k.kind, case when k.kind = 'supervisor' then a.assessor_id end, i.org_unit_id, i.position_id
              from in_scope i cross join unnest(${sql.param(kinds)}::text[]) k(kind) join assessors a on a.officer_id = i.officer_id
              on conflict do nothing returning 1)
            select count(*)::int as n from ins`,
      );
      await tx.execute(sql`set local enable_nestloop = on`);
      return found[0]?.n ?? 0;
    },

    progress: (tx: Tx, administrationId: string, campaignId: string, unitIds: string[] | null) =>
      rows<ProgressRow>(
        tx,
        sql`select f.org_unit_id as "orgUnitId", u.name as "orgUnitName", ${COUNTS}
            from assessment_forms f join org_units u on u.administration_id = f.administration_id and u.id = f.org_unit_id
            where f.administration_id = ${administrationId} and f.campaign_id = ${campaignId}
              ${unitIds ? sql`and f.org_unit_id = any(${sql.param(unitIds)}::uuid[])` : sql``}
            group by f.org_unit_id, u.name order by u.name`,
      ),

    /** Form counts per campaign for a whole list in one GROUP BY (optionally within the given units). */
    progressOfCampaigns: (tx: Tx, administrationId: string, campaignIds: string[], unitIds: string[] | null) =>
      campaignIds.length === 0
        ? Promise.resolve([])
        : rows<Omit<ProgressRow, 'orgUnitId' | 'orgUnitName'> & { campaignId: string }>(
            tx,
            sql`select f.campaign_id as "campaignId", ${COUNTS}
                from assessment_forms f
                where f.administration_id = ${administrationId} and f.campaign_id = any(${sql.param(campaignIds)}::uuid[])
                  ${unitIds ? sql`and f.org_unit_id = any(${sql.param(unitIds)}::uuid[])` : sql``}
                group by f.campaign_id`,
          ),

    /** One 'reminded' event per unsubmitted form; the officer's "my forms" shows it. */
    remind: async (tx: Tx, administrationId: string, campaignId: string, userId: string, at: string) =>
      (
        await rows<{ n: number }>(
          tx,
          sql`with ins as (
                insert into assessment_form_events (administration_id, form_id, kind, user_id, at)
                select administration_id, id, 'reminded', ${userId}, ${at}::timestamptz from assessment_forms
                where administration_id = ${administrationId} and campaign_id = ${campaignId} and status <> 'submitted'
                  and (kind = 'self' or assessor_officer_id is not null)
                returning 1)
              select count(*)::int as n from ins`,
        )
      )[0]?.n ?? 0,

    /**
     * Freezes the results in one statement: officers of the campaign's forms × competencies of their position's role
     * profile, with the submitted self and supervisor levels consolidated by the campaign's rule (mirrors needs.domain.ts).
     */
    freezeResults: async (tx: Tx, administrationId: string, campaignId: string, cells: ProfileCell[], c: Consolidation) => {
      const adm = administrationId;
      // As in createForms: without statistics (PGlite never analyzes) a nested loop re-aggregates the ratings per row.
      await tx.execute(sql`set local enable_nestloop = off`);
      const found = await rows<{ results: number; skipped: number }>(
        tx,
        sql`with rp as (
              select * from unnest(${sql.param(cells.map((x) => x.positionId))}::uuid[], ${sql.param(cells.map((x) => x.competencyId))}::uuid[],
                ${sql.param(cells.map((x) => x.requiredLevel))}::int[], ${sql.param(cells.map((x) => x.criticality))}::int[],
                ${sql.param(cells.map((x) => x.multiplier))}::numeric[]) as t(position_id, competency_id, required_level, criticality, multiplier)),
            officers_in as (
              select distinct on (officer_id) officer_id, org_unit_id, position_id from assessment_forms
              where administration_id = ${adm} and campaign_id = ${campaignId} order by officer_id, kind),
            ratings as (
              select f.officer_id, r.competency_id,
                max(r.level) filter (where f.kind = 'self') as self_level, max(r.level) filter (where f.kind = 'supervisor') as sup_level
              from assessment_forms f join assessment_ratings r on r.administration_id = f.administration_id and r.form_id = f.id
              where f.administration_id = ${adm} and f.campaign_id = ${campaignId} and f.status = 'submitted'
              group by f.officer_id, r.competency_id),
            joined as (
              select o.officer_id, o.org_unit_id, o.position_id, rp.competency_id, rp.required_level, rp.criticality, rp.multiplier,
                rt.self_level, rt.sup_level,
                case
                  when rt.self_level is null and rt.sup_level is null then null
                  when rt.self_level is null or rt.sup_level is null then
                    case when ${c.singleSource}::text = 'use_available' then coalesce(rt.sup_level, rt.self_level)::numeric end
                  when ${c.rule}::text = 'supervisor' then rt.sup_level::numeric
                  when ${c.rule}::text = 'mean' then round((rt.self_level + rt.sup_level) / 2.0, 2)
                  when ${c.rule}::text = 'max' then greatest(rt.self_level, rt.sup_level)::numeric
                  else round(${c.supervisorWeight}::numeric * rt.sup_level + (1 - ${c.supervisorWeight}::numeric) * rt.self_level, 2)
                end as assessed
              from officers_in o join rp on rp.position_id = o.position_id
              left join ratings rt on rt.officer_id = o.officer_id and rt.competency_id = rp.competency_id),
            gaps as (
              select *, case when assessed is null then 0 else round(greatest(0, required_level - assessed), 2) end as gap from joined),
            ins as (
              insert into assessment_results (administration_id, campaign_id, officer_id, competency_id, org_unit_id, position_id,
                self_level, supervisor_level, assessed_level, required_level, gap, criticality, multiplier, weighted_need)
              select ${adm}, ${campaignId}, officer_id, competency_id, org_unit_id, position_id, self_level, sup_level, assessed,
                required_level, gap, criticality, multiplier, round(gap * criticality * multiplier, 2)
              from gaps
              returning 1)
            select (select count(*)::int from ins) as results,
              (select count(*)::int from officers_in o where not exists (select 1 from rp where rp.position_id = o.position_id)) as skipped`,
      );
      await tx.execute(sql`set local enable_nestloop = on`);
      return found[0] ?? { results: 0, skipped: 0 };
    },
  };
}
export type CampaignRepository = ReturnType<typeof makeCampaignRepository>;
