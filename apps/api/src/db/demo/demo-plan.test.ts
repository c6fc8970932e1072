import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueLookups } from '../../modules/catalogue/catalogue.lookups.js';
import { makeCompetencyModule } from '../../modules/competency/index.js';
import { fundingLookups } from '../../modules/funding/funding.lookups.js';
import { makeNeedsModule } from '../../modules/needs/index.js';
import { makePlanningModule } from '../../modules/planning/index.js';
import { strategyLookups } from '../../modules/strategy/strategy.lookups.js';
import { makeActor } from '../../platform/actor.js';
import { systemClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { freshDatabase, one } from './demo.test-support.js';
import { generateDemo } from './index.js';
import type { DemoPlanSummary } from './plan.js';

describe('demo plan', () => {
  let db: Database;
  let administrationId: string;
  let summary: DemoPlanSummary;
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);

  beforeAll(async () => {
    db = await freshDatabase();
    const result = await generateDemo(db, { administration: 'timor-leste', officers: 120, passwordHash: 'x', today: new Date('2017-06-01T00:00:00Z'), planSeconds: 3, log });
    administrationId = result.administrationId;
    summary = result.plan!;
  }, 180_000);

  it('ships an approved 2017–2019 plan produced by the optimiser, with its strategy', async () => {
    const plan = await one<Record<string, unknown>>(db, `select name, status, job_state, solver_status, strategy_id, objective, greedy_objective, approved_at::text from plans where id = $1`, [summary.planId]);
    expect(plan).toMatchObject({ name: 'Training plan 2017–2019', status: 'approved', job_state: 'done', approved_at: '2017-01-30 09:00:00+00' });
    expect(plan.strategy_id).toEqual(expect.any(String));
    expect(['optimal', 'feasible']).toContain(plan.solver_status);
    expect(plan.objective as number).toBeGreaterThanOrEqual((plan.greedy_objective as number) - 1e-6);
    expect(summary.runs).toBeGreaterThan(5);
    expect(lines.some((l) => l.startsWith('plan: '))).toBe(true);
  });

  it('adds a computed, unapproved "Budget −20 %" scenario that fits its smaller budget', async () => {
    const needs = makeNeedsModule({ database: db, clock: systemClock, competency: makeCompetencyModule({ database: db, clock: systemClock }).lookups });
    const planning = makePlanningModule({
      database: db,
      clock: systemClock,
      campaigns: needs.campaigns,
      ports: { needs: needs.lookups, catalogue: catalogueLookups, funding: fundingLookups, strategy: strategyLookups },
    });
    const actor = makeActor({ userId: '00000000-0000-4000-8000-000000000000', administrationId, roles: ['training_manager'], officerId: null, supervisedOrgUnitIds: [] });
    const scenario = await planning.plans.getPlan(actor, summary.scenarioId);
    expect(scenario).toMatchObject({ name: 'Budget −20 %', status: 'draft', parentId: summary.planId, settings: { budgetFactor: 0.8 }, violations: [] });
    expect(scenario.job.state).toBe('done');
    for (const y of scenario.years) expect(y.cost).toBeLessThanOrEqual(y.budget + 0.01);
    const approved = await planning.plans.getPlan(actor, summary.planId);
    expect(approved.violations).toEqual([]);
    expect(approved.runs.length).toBeGreaterThan(0);
    expect(approved.years.map((y) => y.year)).toEqual(['2017', '2018', '2019']);
  });
});
