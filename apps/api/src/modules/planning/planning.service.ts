import {
  type TPin,
  type TPlanCreate,
  type TPlanDetail,
  type TPlanSummary,
  type TRunEdit,
  type TScenarioCreate,
  ZPlanSettings,
} from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { codesById, planFigures, violationsOf } from './planning.figures.js';
import { type DetailDeps, IMMUTABLE, loadDraft, loadPlan, planDetail, presentDetail, storedBasis } from './planning.detail.js';
import { settingsOf } from './planning.inputs.js';
import { presentSummary } from './planning.presenter.js';
import type { PlanRow } from './planning.repository.js';

/** How the planning context checks a campaign before building on it (the needs context's campaign service). */
export interface CampaignReader {
  getCampaign(actor: Actor, id: string): Promise<{ id: string; name: string; status: string }>;
}

type Deps = DetailDeps & { database: Database; clock: Clock; campaigns: CampaignReader };

const inYears = (plan: PlanRow, period: string) => Number(period.slice(0, 4)) >= plan.fromYear && Number(period.slice(0, 4)) <= plan.toYear;

export function makePlanningService(deps: Deps) {
  const { database, plans, ports, clock } = deps;
  const adm = (actor: Actor) => actor.administrationId;
  const detail = async (tx: Tx, actor: Actor, id: string) => presentDetail(await planDetail(tx, deps, await loadPlan(tx, plans, actor, id)));

  /** A course of the administration's active catalogue, or NOT_FOUND (a foreign id looks the same as no id). */
  async function activeCourse(tx: Tx, actor: Actor, courseId: string) {
    const course = (await ports.catalogue.activeCourses(tx, adm(actor))).find((c) => c.id === courseId);
    if (!course) throw notFound('course');
    return course;
  }

  async function checkStrategy(tx: Tx, actor: Actor, strategyId: string | null) {
    if (strategyId && !(await ports.strategy.strategy(tx, adm(actor), strategyId))) throw notFound('strategy');
  }

  return {
    async findPlans(actor: Actor): Promise<{ items: TPlanSummary[] }> {
      requirePermission(actor, 'PlanRead');
      return database.transaction(tenantOf(actor), async (tx) => ({
        items: (await plans.findAll(tx, adm(actor))).map((p) => presentSummary(p, deps.jobs.progress(p.id))),
      }));
    },

    async getPlan(actor: Actor, id: string): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanRead');
      return database.transaction(tenantOf(actor), (tx) => detail(tx, actor, id));
    },

    async createPlan(actor: Actor, input: TPlanCreate): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      // The needs context answers NOT_FOUND for another administration's campaign.
      const campaign = await deps.campaigns.getCampaign(actor, input.campaignId);
      if (campaign.status !== 'closed') throw conflict(`the campaign "${campaign.name}" is ${campaign.status}; a plan is built from a closed campaign`);
      return database.transaction(tenantOf(actor), async (tx) => {
        await checkStrategy(tx, actor, input.strategyId);
        const id = await plans.insert(tx, {
          administrationId: adm(actor),
          name: input.name,
          campaignId: campaign.id,
          campaignName: campaign.name,
          strategyId: input.strategyId,
          fromYear: input.fromYear,
          toYear: input.toYear,
          settings: ZPlanSettings.parse(input.settings),
        });
        return detail(tx, actor, id);
      });
    },

    async renamePlan(actor: Actor, id: string, name: string): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await loadDraft(tx, deps, actor, id, { whileRunning: true });
        await plans.update(tx, adm(actor), id, { name });
        return detail(tx, actor, id);
      });
    },

    async deletePlan(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'PlanWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadPlan(tx, plans, actor, id, { forUpdate: true });
        if (plan.status !== 'draft') throw conflict(plan.status === 'approved' ? IMMUTABLE : 'a superseded plan is kept as a record; only drafts can be deleted');
        await loadDraft(tx, deps, actor, id);
        await plans.delete(tx, adm(actor), id);
      });
    },

    /** A copy with changed settings and the same pins; computed only when optimised. */
    async createScenario(actor: Actor, id: string, input: TScenarioCreate): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const parent = await loadPlan(tx, plans, actor, id);
        const scenario = await plans.insert(tx, {
          administrationId: adm(actor),
          name: input.name,
          campaignId: parent.campaignId,
          campaignName: parent.campaignName,
          strategyId: parent.strategyId,
          parentId: parent.id,
          fromYear: parent.fromYear,
          toYear: parent.toYear,
          settings: ZPlanSettings.parse({ ...settingsOf(parent.settings), ...input.settings }),
        });
        await plans.copyPins(tx, adm(actor), parent.id, scenario);
        return detail(tx, actor, scenario);
      });
    },

    /** Pins a run count for the next optimisation (0 forbids the run). */
    async pin(actor: Actor, id: string, pin: TPin): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadDraft(tx, deps, actor, id, { whileRunning: true });
        await activeCourse(tx, actor, pin.courseId);
        if (!inYears(plan, pin.period)) throw invalid(`${pin.period} is outside the plan's years`, [{ path: 'body.period', message: `not within ${plan.fromYear}–${plan.toYear}` }]);
        await plans.upsertPin(tx, adm(actor), id, pin);
        return detail(tx, actor, id);
      });
    },

    async unpin(actor: Actor, id: string, key: { courseId: string; period: string }): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await loadDraft(tx, deps, actor, id, { whileRunning: true });
        if ((await plans.deletePin(tx, adm(actor), id, key.courseId, key.period)) === 0) throw notFound('pin');
        return detail(tx, actor, id);
      });
    },

    /** A hand edit of one run: stored as asked and marked edited; the check lists what it breaks, nothing is fixed. */
    async editRun(actor: Actor, id: string, edit: TRunEdit): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadDraft(tx, deps, actor, id);
        const stored = storedBasis(plan);
        if (!stored) throw conflict('optimise the plan first; runs are edited on a computed plan');
        const code = codesById(stored).get(edit.courseId);
        if (!code) {
          await activeCourse(tx, actor, edit.courseId);
          throw invalid('the course was not in the catalogue when the plan was computed; optimise the plan again first', [{ path: 'body.courseId', message: 'not in the plan' }]);
        }
        if (!inYears(plan, edit.period)) throw invalid(`${edit.period} is outside the plan's years`, [{ path: 'body.period', message: `not within ${plan.fromYear}–${plan.toYear}` }]);
        const groups = new Set(stored.instance.groups.map((g) => g.id));
        const unknown = Object.keys(edit.participants ?? {}).filter((g) => !groups.has(g));
        if (unknown.length > 0) throw invalid('unknown target groups', unknown.map((g) => ({ path: `body.participants.${g}`, message: `no target group "${g}" in this plan` })));
        const current = (await plans.runs(tx, adm(actor), id)).find((r) => r.courseId === edit.courseId && r.period === edit.period);
        const participants = Object.fromEntries(Object.entries(edit.participants ?? current?.participants ?? {}).filter(([, n]) => n > 0));
        // Count 0 with no participants given removes the run; anything else is stored exactly as asked.
        if (edit.count === 0 && !edit.participants) await plans.deleteRun(tx, adm(actor), id, edit.courseId, edit.period);
        else await plans.upsertRun(tx, adm(actor), id, { courseId: edit.courseId, period: edit.period, count: edit.count, participants });
        const runs = await plans.runs(tx, adm(actor), id);
        const figures = planFigures(stored, runs, await plans.pins(tx, adm(actor), id));
        const { objective } = violationsOf(stored, figures.planRuns);
        await plans.update(tx, adm(actor), id, { edited: true, objective, totalCost: figures.totalCost, totalRuns: figures.totalRuns });
        return detail(tx, actor, id);
      });
    },

    /** Approves a computed plan that breaks no rule; plans of overlapping years it replaces become superseded. */
    async approvePlan(actor: Actor, id: string): Promise<TPlanDetail> {
      requirePermission(actor, 'PlanApprove');
      return database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadPlan(tx, plans, actor, id, { forUpdate: true });
        if (plan.status === 'approved') throw conflict('the plan is already approved');
        if (plan.status !== 'draft') throw conflict('a superseded plan cannot be approved again; create a scenario from it');
        if (deps.jobs.isRunning(id) || plan.jobState === 'running') throw conflict('the plan is being optimised; wait for it or cancel it first');
        if (!storedBasis(plan)) throw conflict('optimise the plan before approving it');
        const d = await planDetail(tx, deps, plan);
        if (d.inputErrors.length > 0) throw conflict(`the plan's inputs have problems: ${d.inputErrors.map((e) => e.message).join('; ')}`, d.inputErrors);
        if (d.violations.length > 0) throw conflict(`the plan breaks ${d.violations.length} rule(s): ${d.violations.map((v) => v.message).join('; ')}`, d.violations);
        await plans.supersede(tx, adm(actor), id, plan.fromYear, plan.toYear);
        await plans.update(tx, adm(actor), id, { status: 'approved', approvedAt: clock.now().toISOString(), approvedBy: actor.userId });
        return detail(tx, actor, id);
      });
    },
  };
}
export type PlanningService = ReturnType<typeof makePlanningService>;
