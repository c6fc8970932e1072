// The demo's training plan: built from last year's closed TNA, the catalogue, budgets, capacities and the strategy,
// optimised and approved through the planning services (same rules as production), plus a "budget −20 %" scenario.
import { sql } from 'drizzle-orm';
import { catalogueLookups } from '../../modules/catalogue/catalogue.lookups.js';
import { makeCompetencyModule } from '../../modules/competency/index.js';
import { fundingLookups } from '../../modules/funding/funding.lookups.js';
import { makeNeedsModule } from '../../modules/needs/index.js';
import { makePlanningModule } from '../../modules/planning/index.js';
import { strategyLookups } from '../../modules/strategy/strategy.lookups.js';
import { makeActor } from '../../platform/actor.js';
import { fixedClock } from '../../platform/clock.js';
import { type Database, rows } from '../../platform/db.js';

export interface DemoPlanInput {
  administrationId: string;
  /** First year of the three-year plan (the strategy's first year). */
  fromYear: number;
  log: (line: string) => void;
  /** Seconds the optimiser may take for each of the two plans (default 8). */
  timeLimitSeconds?: number;
}

export interface DemoPlanSummary {
  planId: string;
  scenarioId: string;
  runs: number;
  objective: number;
}

/**
 * Needs the Database itself, not a transaction: the optimiser runs in its worker between two short transactions.
 * Runs after the TNA, catalogue, strategy and funding parts of the demo.
 */
export async function generateDemoPlan(database: Database, input: DemoPlanInput): Promise<DemoPlanSummary> {
  const { administrationId, fromYear, log } = input;
  const started = performance.now();
  const timeLimitSeconds = input.timeLimitSeconds ?? 8;
  const found = await database.transaction({ administrationId }, async (tx) => ({
    campaigns: await rows<{ id: string }>(tx, sql`select id from assessment_campaigns where administration_id = ${administrationId} and status = 'closed' order by closed_at desc limit 1`),
    managers: await rows<{ id: string }>(tx, sql`select u.id from users u join role_assignments r on r.user_id = u.id
      where u.administration_id = ${administrationId} and r.role = 'training_manager' order by u.email limit 1`),
    strategy: await strategyLookups.latest(tx, administrationId),
  }));
  const campaignId = found.campaigns[0]?.id;
  if (!campaignId) throw new Error('the demo plan needs a closed TNA campaign');
  const actor = makeActor({
    userId: found.managers[0]?.id ?? '00000000-0000-4000-8000-000000000000',
    administrationId,
    roles: ['training_manager'],
    officerId: null,
    supervisedOrgUnitIds: [],
  });
  // Approved at the start of the plan's first year, so the dates read naturally.
  const clock = fixedClock(`${fromYear}-01-30T09:00:00Z`);
  const competency = makeCompetencyModule({ database, clock });
  const needs = makeNeedsModule({ database, clock, competency: competency.lookups });
  const planning = makePlanningModule({
    database,
    clock,
    campaigns: needs.campaigns,
    ports: { needs: needs.lookups, catalogue: catalogueLookups, funding: fundingLookups, strategy: strategyLookups },
    log,
  });

  /** Optimises and waits; a failed or refused optimisation stops the demo with the reason. */
  const compute = async (planId: string) => {
    await planning.optimisation.optimise(actor, planId);
    await planning.optimisation.settled(planId);
    const p = await planning.optimisation.progress(actor, planId);
    if (p.state !== 'done') throw new Error(`the demo plan's optimisation ended ${p.state}: ${p.error ?? ''}`);
    return planning.plans.getPlan(actor, planId);
  };

  const toYear = fromYear + 2;
  const created = await planning.plans.createPlan(actor, {
    name: `Training plan ${fromYear}–${toYear}`,
    campaignId,
    strategyId: found.strategy?.id ?? null,
    fromYear,
    toYear,
    settings: { timeLimitSeconds },
  });
  const plan = await compute(created.id);
  log(`plan: ${plan.totalRuns} runs, cost ${plan.totalCost}, objective ${plan.objective?.toFixed(1)} (greedy ${plan.greedyObjective?.toFixed(1)}), ${plan.solverStatus}`);
  // A plan the check refuses stays a draft, with the reason in the log: a demo that starts beats one that does not.
  await planning.plans.approvePlan(actor, plan.id).catch((err: unknown) => log(`plan left as a draft: ${err instanceof Error ? err.message : String(err)}`));

  const scenario = await planning.plans.createScenario(actor, plan.id, { name: 'Budget −20 %', settings: { budgetFactor: 0.8 } });
  const cut = await compute(scenario.id);
  log(`scenario "Budget −20 %": ${cut.totalRuns} runs, cost ${cut.totalCost}, objective ${cut.objective?.toFixed(1)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return { planId: plan.id, scenarioId: scenario.id, runs: plan.totalRuns ?? 0, objective: plan.objective ?? 0 };
}
