import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCompetencyModule } from '../../modules/competency/index.js';
import { makeNeedsModule } from '../../modules/needs/index.js';
import { makeActor } from '../../platform/actor.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { DEMO_TODAY, type DemoResult, generateDefaultDemo, generateDemo } from './index.js';
import { freshDatabase, one } from './demo.test-support.js';
import { ROLE_PROFILES } from './tna-data.js';

/** The catalogue, strategy, budgets and the optimised plan have their own test (demo-plan.test.ts). */
const NO_PLAN = { planning: false } as const;


/** The TNA as natural keys (employee numbers, codes, levels, dates): framework, campaign and form ids are drawn by the database. */
async function tnaDigest(d: Database, administrationId: string): Promise<string> {
  const queries = [
    `select p.code, c.code, rp.required_level, rp.criticality from role_profiles rp
       join positions p on p.administration_id = rp.administration_id and p.id = rp.position_id
       join competencies c on c.administration_id = rp.administration_id and c.id = rp.competency_id
      where rp.administration_id = $1 order by 1, 2`,
    `select name, multiplier::text, valid_from::text, valid_to::text, competency_codes from strategic_priorities where administration_id = $1 order by name`,
    `select name, status, opens_on::text, closes_on::text, opened_at::text, closed_at::text from assessment_campaigns where administration_id = $1 order by name`,
    `select o.employee_number, f.kind, f.status, f.submitted_at::text, a.employee_number as assessor,
            (select string_agg(c.code || '=' || r.level, ',' order by c.code) from assessment_ratings r
               join competencies c on c.administration_id = r.administration_id and c.id = r.competency_id
              where r.administration_id = f.administration_id and r.form_id = f.id) as ratings
       from assessment_forms f join officers o on o.administration_id = f.administration_id and o.id = f.officer_id
       left join officers a on a.administration_id = f.administration_id and a.id = f.assessor_officer_id
      where f.administration_id = $1 order by 1, 2`,
    `select o.employee_number, c.code, r.self_level, r.supervisor_level, r.assessed_level::text, r.required_level, r.gap::text,
            r.criticality, r.multiplier::text, r.weighted_need::text
       from assessment_results r join officers o on o.administration_id = r.administration_id and o.id = r.officer_id
       join competencies c on c.administration_id = r.administration_id and c.id = r.competency_id
      where r.administration_id = $1 order by 1, 2`,
  ];
  const hash = createHash('sha256');
  for (const q of queries) hash.update(JSON.stringify(await d.raw.query(q, [administrationId])));
  return hash.digest('hex');
}

/** Mean gap per competency code and cohort (audit subtree, or the location's kind). */
const GAPS = `
  select case when u.code like 'PCA%' or u.code like 'DAPD%' then 'audit' else l.kind end as cohort, c.code,
         avg(r.gap)::float as gap, count(*)::int as n
    from assessment_results r
    join org_units u on u.administration_id = r.administration_id and u.id = r.org_unit_id
    join locations l on l.administration_id = u.administration_id and l.id = u.location_id
    join competencies c on c.administration_id = r.administration_id and c.id = r.competency_id
   where r.administration_id = $1 and r.assessed_level is not null group by 1, 2`;

describe('demo training needs assessment', () => {
  let db: Database;
  let tl: DemoResult;
  let mz: DemoResult;
  let gaps: Map<string, number>;
  const gap = (cohort: string, code: string) => gaps.get(`${cohort}/${code}`) ?? Number.NaN;

  beforeAll(async () => {
    db = await freshDatabase();
    const started = performance.now();
    const result = await generateDefaultDemo(db, NO_PLAN);
    console.log(`default demo with TNA (350 + 200 officers): ${((performance.now() - started) / 1000).toFixed(2)} s`);
    tl = result.administrations['timor-leste']!;
    mz = result.administrations.mozambique!;
    const rows = await db.raw.query<{ cohort: string; code: string; gap: number }>(GAPS, [tl.administrationId]);
    gaps = new Map(rows.map((r) => [`${r.cohort}/${r.code}`, r.gap]));
  }, 120_000);


  it('installs the default framework and a believable role profile for every position', async () => {
    for (const a of [tl, mz]) {
      const fw = await one<{ versions: number; competencies: number; areas: number }>(db,
        `select (select count(*)::int from framework_versions where administration_id = $1) as versions,
                (select count(*)::int from competencies where administration_id = $1) as competencies,
                (select count(*)::int from competency_areas where administration_id = $1) as areas`, [a.administrationId]);
      expect(fw).toEqual({ versions: 1, competencies: 54, areas: 17 });
      const perPosition = await db.raw.query<{ code: string; n: number; integrity: number }>(
        `select p.code, count(rp.*)::int as n, max(rp.required_level) filter (where c.code = 'integrity') as integrity
           from positions p left join role_profiles rp on rp.administration_id = p.administration_id and rp.position_id = p.id
           left join competencies c on c.administration_id = rp.administration_id and c.id = rp.competency_id
          where p.administration_id = $1 group by p.code order by p.code`, [a.administrationId]);
      expect(perPosition).toHaveLength(11);
      for (const p of perPosition) {
        expect(p.n, p.code).toBeGreaterThanOrEqual(12);
        expect(p.n, p.code).toBeLessThanOrEqual(26);
        expect(p.integrity, p.code).toBe(3);
      }
    }
    const level = async (position: string, code: string) =>
      (await one<{ l: number }>(db,
        `select rp.required_level as l from role_profiles rp
           join positions p on p.administration_id = rp.administration_id and p.id = rp.position_id
           join competencies c on c.administration_id = rp.administration_id and c.id = rp.competency_id
          where rp.administration_id = $1 and p.code = $2 and c.code = $3`, [tl.administrationId, position, code]))?.l;
    expect(await level('customs_officer', 'hs-classification')).toBe(3);
    expect(await level('senior_customs_officer', 'customs-valuation')).toBe(3);
    expect(await level('customs_officer', 'asycuda-world')).toBe(3);
    expect(await level('intelligence_analyst', 'intelligence-analysis')).toBeGreaterThanOrEqual(3);
    expect(await level('auditor', 'post-clearance-audit')).toBeGreaterThanOrEqual(3);
    expect(await level('trainer', 'train-the-trainer')).toBeGreaterThanOrEqual(3);
    expect(await level('head_of_unit', 'leadership')).toBe(3);
    expect(await level('it_officer', 'asycuda-configuration')).toBeGreaterThanOrEqual(3);
    expect(Object.keys(ROLE_PROFILES)).toHaveLength(11);
  });

  it('records the strategic priorities over the demo years', async () => {
    const tlp = await db.raw.query<{ name: string; m: number; from: string; to: string | null }>(`select name, multiplier::float as m, valid_from::text as "from", valid_to::text as "to"
      from strategic_priorities where administration_id = $1 order by name`, [tl.administrationId]);
    expect(tlp.map((p) => [p.name, p.m])).toEqual([['ASYCUDA World roll-out', 1.5], ['New Customs Code', 1.2], ['WTO TFA: advance rulings', 1.3]]);
    for (const p of tlp) {
      expect(p.from <= '2025-03-01').toBe(true);
      expect(p.to === null || p.to >= '2028-12-31').toBe(true);
    }
    expect((await one<{ n: number }>(db, 'select count(*)::int as n from strategic_priorities where administration_id = $1', [mz.administrationId])).n).toBe(2);
  });

  it("closes last year's campaign and prepares this year's", async () => {
    const campaigns = await db.raw.query<{ opened: string; closed: string }>(`select name, status, mode, consolidation, supervisor_weight::float as w, opens_on::text as o, closes_on::text as c,
        opened_at::text as opened, closed_at::text as closed from assessment_campaigns where administration_id = $1 order by opens_on`, [tl.administrationId]);
    expect(campaigns).toHaveLength(2);
    expect(campaigns[0]).toMatchObject({ name: 'TNA 2025', status: 'closed', mode: 'both', consolidation: 'weighted', w: 0.6 });
    expect(campaigns[0]!.opened >= '2025-01-01' && campaigns[0]!.closed < '2026-01-01' && campaigns[0]!.opened < campaigns[0]!.closed).toBe(true);
    expect(campaigns[1]).toMatchObject({ name: 'TNA 2026 follow-up', status: 'draft' });
    expect(tl.tna).toMatchObject({ forms: expect.any(Number), results: expect.any(Number) });
    const scope = await one<{ n: number }>(db,
      `select count(*)::int as n from campaign_scopes s join org_units u on u.administration_id = s.administration_id and u.id = s.org_unit_id
        where s.administration_id = $1 and u.parent_id is null and s.position_id is null`, [tl.administrationId]);
    expect(scope.n).toBe(2);
  });

  it('gives every active officer both forms, with realistic response rates', async () => {
    for (const a of [tl, mz]) {
      const r = await one<{ active: number; self: number; sup: number; selfDone: number; supDone: number; unassigned: number; events: number }>(db,
        `select (select count(*)::int from officers where administration_id = $1 and status = 'active') as active,
                count(*) filter (where kind = 'self')::int as self, count(*) filter (where kind = 'supervisor')::int as sup,
                count(*) filter (where kind = 'self' and f.status = 'submitted')::int as "selfDone",
                count(*) filter (where kind = 'supervisor' and f.status = 'submitted')::int as "supDone",
                count(*) filter (where kind = 'supervisor' and assessor_officer_id is null)::int as unassigned,
                (select count(*)::int from assessment_form_events e where e.administration_id = $1 and e.kind = 'submitted') as events
           from assessment_forms f join assessment_campaigns c on c.administration_id = f.administration_id and c.id = f.campaign_id
          where f.administration_id = $1 and c.status = 'closed'`, [a.administrationId]);
      expect(r.self).toBe(r.active);
      expect(r.sup).toBe(r.active);
      expect(r.selfDone / r.self).toBeGreaterThan(0.87);
      expect(r.selfDone / r.self).toBeLessThan(0.97);
      expect(r.supDone / r.sup).toBeGreaterThan(0.9);
      expect(r.supDone / r.sup).toBeLessThan(0.99);
      expect(r.unassigned).toBeLessThanOrEqual(1);
      expect(r.events).toBe(r.selfDone + r.supDone);
      // A submitted form rates its whole role profile, as submitForm demands.
      const incomplete = await one<{ n: number }>(db,
        `select count(*)::int as n from assessment_forms f where f.administration_id = $1 and f.status = 'submitted'
            and (select count(*) from assessment_ratings r where r.administration_id = f.administration_id and r.form_id = f.id)
             <> (select count(*) from role_profiles rp where rp.administration_id = f.administration_id and rp.position_id = f.position_id)`,
        [a.administrationId]);
      expect(incomplete.n).toBe(0);
    }
  });

  it('freezes results for most officers with the production rules', async () => {
    const r = await one<{ active: number; assessed: number; wrong: number; bias: number; both: number; weighted: number }>(db,
      `select (select count(*)::int from officers where administration_id = $1 and status = 'active') as active,
              count(distinct officer_id) filter (where assessed_level is not null)::int as assessed,
              count(*) filter (where gap <> greatest(0, required_level - assessed_level) or weighted_need <> round(gap * criticality * multiplier, 2))::int as wrong,
              avg(self_level - supervisor_level)::float as bias,
              count(*) filter (where self_level is not null and supervisor_level is not null)::int as both,
              count(*) filter (where self_level is not null and supervisor_level is not null
                               and assessed_level = round(0.6 * supervisor_level + 0.4 * self_level, 2))::int as weighted
         from assessment_results where administration_id = $1`, [tl.administrationId]);
    expect(r.assessed / r.active).toBeGreaterThan(0.95);
    expect(r.wrong).toBe(0);
    expect(r.weighted).toBe(r.both);
    expect(r.bias).toBeGreaterThan(0.3);
    expect(r.bias).toBeLessThan(0.5);
    const multipliers = await db.raw.query<{ code: string; m: number }>(
      `select distinct c.code, r.multiplier::float as m from assessment_results r
         join competencies c on c.administration_id = r.administration_id and c.id = r.competency_id
        where r.administration_id = $1 and c.code in ('asycuda-world', 'customs-valuation', 'customs-legislation', 'integrity') order by 1`,
      [tl.administrationId]);
    expect(multipliers).toEqual([
      { code: 'asycuda-world', m: 1.5 }, { code: 'customs-legislation', m: 1.2 }, { code: 'customs-valuation', m: 1.3 }, { code: 'integrity', m: 1 },
    ]);
  });

  it('shows the pattern: valuation and HS at the land borders, intelligence at headquarters', () => {
    console.log('mean gaps (TL, 350):', ['land_border_post', 'seaport', 'airport', 'inland_office', 'headquarters', 'audit']
      .map((k) => `${k} val ${gap(k, 'customs-valuation').toFixed(2)} hs ${gap(k, 'hs-classification').toFixed(2)} intel ${gap(k, 'intelligence-analysis').toFixed(2)}`)
      .join('; '));
    expect(gap('land_border_post', 'customs-valuation')).toBeGreaterThan(1.4);
    expect(gap('land_border_post', 'customs-valuation')).toBeLessThan(2.2);
    expect(gap('land_border_post', 'hs-classification')).toBeGreaterThan(1.4);
    expect(gap('land_border_post', 'customs-valuation')).toBeGreaterThan(gap('headquarters', 'customs-valuation') + 0.8);
    expect(gap('land_border_post', 'hs-classification')).toBeGreaterThan(gap('headquarters', 'hs-classification') + 0.8);
    expect(gap('headquarters', 'intelligence-analysis')).toBeGreaterThan(gap('land_border_post', 'intelligence-analysis') + 0.4);
    expect(gap('headquarters', 'risk-management')).toBeGreaterThan(gap('land_border_post', 'risk-management'));
    expect(gap('seaport', 'customs-valuation')).toBeGreaterThan(gap('headquarters', 'customs-valuation'));
    expect(gap('seaport', 'customs-valuation')).toBeLessThan(gap('land_border_post', 'customs-valuation'));
    expect(gap('audit', 'post-clearance-audit')).toBeGreaterThan(1.4);
    for (const k of ['land_border_post', 'seaport', 'headquarters']) {
      expect(gap(k, 'integrity'), k).toBeGreaterThan(0.3);
      expect(gap(k, 'integrity'), k).toBeLessThan(1.2);
    }
  });

  it("reads the same pattern through the needs module's heatmap", async () => {
    const manager = await one<{ id: string; officer_id: string }>(db, `select id, officer_id from users where email = 'manager@timor-leste.demo'`);
    const actor = makeActor({ userId: manager.id, administrationId: tl.administrationId, roles: ['training_manager'], officerId: manager.officer_id, supervisedOrgUnitIds: [] });
    const clock = fixedClock(DEMO_TODAY);
    const needs = makeNeedsModule({ database: db, clock, competency: makeCompetencyModule({ database: db, clock }).lookups });
    const campaignId = tl.tna!.campaignId;
    const root = await needs.results.heatmap(actor, campaignId, { by: 'competency' });
    expect(root.rows.map((r) => r.orgUnitName)).toEqual(['Directorate General of Customs']);
    const top = await needs.results.heatmap(actor, campaignId, { by: 'competency', orgUnitId: root.rows[0]!.orgUnitId });
    const row = (rows: typeof top.rows, name: string) => rows.find((r) => r.orgUnitName.startsWith(name))!;
    const ops = row(top.rows, 'Border and Port Operations');
    expect(row(top.rows, 'Enforcement and Intelligence').cells['intelligence-analysis']!.meanGap!).toBeGreaterThan(ops.cells['intelligence-analysis']!.meanGap!);
    const posts = await needs.results.heatmap(actor, campaignId, { by: 'competency', orgUnitId: ops.orgUnitId });
    expect(row(posts.rows, 'Batugade').cells['customs-valuation']!.meanGap!).toBeGreaterThan(row(posts.rows, 'Dili Port').cells['customs-valuation']!.meanGap!);
    const ranked = await needs.results.rankedNeeds(actor, campaignId, 10);
    expect(JSON.stringify(ranked).length).toBeGreaterThan(100);
  });

  it('is deterministic for the same seed and date, and skipped with tna: false', async () => {
    const other = await freshDatabase();
    const started = performance.now();
    const copy = await generateDemo(other, { ...NO_PLAN, administration: 'timor-leste', officers: 350 });
    console.log(`timor-leste, 350 officers with TNA: ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(await tnaDigest(other, copy.administrationId)).toBe(await tnaDigest(db, tl.administrationId));
    const seeded = await generateDemo(other, { ...NO_PLAN, administration: 'mozambique', officers: 200, seed: 7 });
    expect(await tnaDigest(other, seeded.administrationId)).not.toBe(await tnaDigest(db, mz.administrationId));

    const bare = await freshDatabase();
    const result = await generateDemo(bare, { ...NO_PLAN, administration: 'mozambique', officers: 50, tna: false });
    expect(result.tna).toBeNull();
    const left = await one(bare, `select (select count(*)::int from competency_frameworks) as f, (select count(*)::int from assessment_campaigns) as c,
      (select count(*)::int from strategic_priorities) as p, (select count(*)::int from officers) as o`);
    expect(left).toEqual({ f: 0, c: 0, p: 0, o: 50 });
  }, 120_000);
});
