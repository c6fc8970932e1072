// The demo's training needs assessment: framework, role profiles, priorities and last year's closed campaign.
// Goes through the competency and needs services (same rules as production), joined to the generator's transaction.
import { sql } from 'drizzle-orm';
import { installDefaultFramework, makeCompetencyModule } from '../../modules/competency/index.js';
import { makeNeedsModule } from '../../modules/needs/index.js';
import { makeActor } from '../../platform/actor.js';
import { fixedClock } from '../../platform/clock.js';
import { type Database, rows, type Tx } from '../../platform/db.js';
import type { Organisation, Unit } from './org.js';
import type { AdministrationProfile, LocationKind } from './places.js';
import { joinedDatabase } from './joined.js';
import { isoDay } from './prng.js';
import { AUDIT_UNITS, type Cohort, PRIORITIES, ROLE_PROFILES } from './tna-data.js';
import { fillForms } from './tna-ratings.js';

export interface TnaInput {
  database: Database;
  profile: AdministrationProfile;
  administrationId: string;
  org: Organisation;
  seed: number;
  /** The demo's today, as a day number. */
  today: number;
  log: (line: string) => void;
}

export interface TnaSummary {
  frameworkVersionId: string;
  campaignId: string;
  forms: number;
  ratings: number;
  results: number;
}

/** The campaign's calendar in last year: eight weeks from early March, closed a few days after the deadline. */
export function tnaCalendar(today: number) {
  const year = Number(isoDay(today).slice(0, 4));
  const last = year - 1;
  return { year, name: `TNA ${last}`, opensOn: `${last}-03-02`, closesOn: `${last}-04-30`, closedAt: `${last}-05-04T09:00:00Z` };
}

export async function generateTna(tx: Tx, input: TnaInput): Promise<TnaSummary> {
  const { profile, administrationId, org, seed, log } = input;
  const started = performance.now();
  const cal = tnaCalendar(input.today);
  const clock = fixedClock(`${cal.opensOn}T07:00:00Z`);
  const database = joinedDatabase(input.database, tx);
  const competency = makeCompetencyModule({ database, clock });
  const needs = makeNeedsModule({ database, clock, competency: competency.lookups });

  const [manager] = await rows<{ id: string; officerId: string | null }>(tx, sql`
    select id, officer_id as "officerId" from users where email = ${`manager@${profile.slug}.demo`}`);
  if (!manager) throw new Error(`the ${profile.slug} demo has no training manager account to run its TNA`);
  const actor = makeActor({ userId: manager.id, administrationId, roles: ['training_manager'], officerId: manager.officerId, supervisedOrgUnitIds: [] });

  const { versionId } = await installDefaultFramework(tx, administrationId);
  const grid = await competency.roleProfiles.getRoleProfiles(actor, versionId);
  const competencyId = new Map(grid.competencies.map((c) => [c.code, c.id]));
  const positionCode = new Map(org.positions.map((p) => [p.id, p.code]));
  const cells = grid.positions.flatMap((position) =>
    (ROLE_PROFILES[positionCode.get(position.id) as keyof typeof ROLE_PROFILES] ?? []).map(([code, requiredLevel, criticality]) => {
      const id = competencyId.get(code);
      if (!id) throw new Error(`the default framework has no competency "${code}" for the demo's role profiles`);
      return { positionId: position.id, competencyId: id, requiredLevel, criticality };
    }),
  );
  await competency.roleProfiles.putRoleProfiles(actor, versionId, { cells });
  for (const p of PRIORITIES[profile.slug]) {
    await competency.priorities.createPriority(actor, {
      name: p.name, description: p.description, multiplier: p.multiplier, competencyCodes: p.codes,
      validFrom: `${cal.year + p.fromYear}-01-01`, validTo: p.toYear === null ? null : `${cal.year + p.toYear}-12-31`,
    });
  }
  log(`${profile.slug}: framework, ${cells.length} role-profile cells, ${PRIORITIES[profile.slug].length} priorities (${ms(started)})`);

  const root = org.units.find((u) => u.parentId === null)!;
  const campaign = await needs.campaigns.createCampaign(actor, {
    name: cal.name, frameworkVersionId: versionId, opensOn: cal.opensOn, closesOn: cal.closesOn, mode: 'both',
    consolidation: 'weighted', supervisorWeight: 0.6, singleSource: 'use_available', scopes: [{ orgUnitId: root.id, positionId: null }],
  });
  await needs.campaigns.openCampaign(actor, campaign.id);
  log(`${profile.slug}: opened "${cal.name}" (${ms(started)})`);

  const codeOf = new Map(grid.competencies.map((c) => [c.id, c.code]));
  const filled = await fillForms(tx, {
    administrationId, campaignId: campaign.id, seed, opensOn: cal.opensOn, closesOn: cal.closesOn, managerUserId: manager.id,
    cells: cells.map((c) => ({ ...c, code: codeOf.get(c.competencyId)! })),
    cohorts: cohortsOf(profile, org),
  });
  log(`${profile.slug}: ${filled.forms} forms, ${filled.submitted} submitted, ${filled.ratings} ratings (${ms(started)})`);

  clock.set(cal.closedAt);
  const closed = await needs.campaigns.closeCampaign(actor, campaign.id);
  await backdate(tx, administrationId, campaign.id, versionId, cal.opensOn);
  log(`${profile.slug}: closed "${cal.name}" with ${closed.results} results (${ms(started)})`);

  // Next round, prepared but not opened: the training manager opens it from the app.
  const opens = input.today + 21;
  clock.set(`${isoDay(input.today)}T09:00:00Z`);
  await needs.campaigns.createCampaign(actor, {
    name: `TNA ${cal.year} follow-up`, frameworkVersionId: versionId, opensOn: isoDay(opens), closesOn: isoDay(opens + 56), mode: 'both',
    consolidation: 'weighted', supervisorWeight: 0.6, singleSource: 'use_available', scopes: [{ orgUnitId: root.id, positionId: null }],
  });
  return { frameworkVersionId: versionId, campaignId: campaign.id, forms: filled.forms, ratings: filled.ratings, results: closed.results };
}

/** Creation times as they would have been: the framework early last year, the campaign two weeks before it opened. */
async function backdate(tx: Tx, administrationId: string, campaignId: string, versionId: string, opensOn: string) {
  const framework = sql`(${opensOn}::date - 45)::timestamptz + interval '9 hours'`;
  await tx.execute(sql`update competency_frameworks set created_at = ${framework}
    where administration_id = ${administrationId} and id = (select framework_id from framework_versions where administration_id = ${administrationId} and id = ${versionId})`);
  await tx.execute(sql`update framework_versions set created_at = ${framework} where administration_id = ${administrationId} and id = ${versionId}`);
  await tx.execute(sql`update assessment_campaigns set created_at = (${opensOn}::date - 14)::timestamptz + interval '9 hours'
    where administration_id = ${administrationId} and id = ${campaignId}`);
}

/** The pattern's cohort of each unit: audit for the audit subtree, otherwise its location's kind. */
export function cohortsOf(profile: AdministrationProfile, org: Organisation): { unitId: string; cohort: Cohort }[] {
  const kinds = new Map<string, LocationKind>(org.locations.map((l) => [l.code, l.kind]));
  const byId = new Map(org.units.map((u) => [u.id, u]));
  const inAudit = (u: Unit | undefined): boolean => !!u && (u.code === AUDIT_UNITS[profile.slug] || inAudit(byId.get(u.parentId ?? '')));
  return org.units.map((u) => ({ unitId: u.id, cohort: inAudit(u) ? 'audit' : kinds.get(u.locationCode)! }));
}

const ms = (since: number) => `TNA +${((performance.now() - since) / 1000).toFixed(2)} s`;
