import type { TPlanProgress } from '@formasaun/shared';
import { parseInstance, solvePlan, type TPlan, type TPlanningInstance, type TRun } from '@formasaun/planner';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { conflict, invalid } from '../../platform/errors.js';
import { type DetailDeps, loadDraft, loadPlan } from './planning.detail.js';
import { inputsHash } from './planning.diff.js';
import { planFigures } from './planning.figures.js';
import { settingsOf } from './planning.inputs.js';
import type { InputsSnapshot } from './planning.instance.js';
import type { JobOutcome, JobReport } from './planning.jobs.js';
import type { RunRow } from './planning.repository.js';
import { presentStoredProgress } from './planning.presenter.js';

type Deps = DetailDeps & { database: Database; clock: Clock; log?: (line: string) => void };

export const INTERRUPTED = 'interrupted by a restart';
/** Re-solves at most this many times when earmarks leave part of a year's costs without a source that may pay them. */
const EARMARK_ROUNDS = 6;

type Prepared = { instance: TPlanningInstance; snapshot: InputsSnapshot };

/** The runs of an optimiser's plan by course id, as stored. */
function runRows(prepared: Prepared, plan: TPlan) {
  const ids = new Map(Object.entries(prepared.snapshot.courses).map(([code, c]) => [code, c.id]));
  return plan.runs
    .filter((r) => r.count > 0 && ids.has(r.course))
    .map((r) => ({ courseId: ids.get(r.course)!, period: r.period, count: r.count, participants: Object.fromEntries(Object.entries(r.participants).filter(([, n]) => n > 0)) }));
}

/** Stored runs in the instance's terms (course codes), the inverse of `runRows`: the warm start of a re-optimisation. */
function startRuns(prepared: Prepared, rows: RunRow[]): TRun[] {
  const codes = new Map(Object.entries(prepared.snapshot.courses).map(([code, c]) => [c.id, code]));
  return rows
    .filter((r) => r.count > 0 && codes.has(r.courseId))
    .map((r) => ({ course: codes.get(r.courseId)!, period: r.period, count: r.count, participants: r.participants }));
}

/** Per year, the cost the funding allocation cannot place under the envelopes' earmarks. */
function unfundedYears(prepared: Prepared, plan: TPlan): Map<string, number> {
  const years = planFigures(prepared, runRows(prepared, plan), []).years;
  return new Map(years.filter((y) => y.unfunded >= 0.5).map((y) => [y.year, y.unfunded]));
}

/**
 * Optimisation as a background job: the instance is built and checked in one transaction, the solver runs in its
 * worker outside any transaction, and the result (or the failure) is stored in one more.
 */
export function makeOptimisationService(deps: Deps) {
  const { database, plans, jobs, clock } = deps;

  async function store(administrationId: string, planId: string, prepared: Prepared, plan: TPlan, outcome: JobOutcome) {
    await database.transaction({ administrationId }, async (tx) => {
      const runs = runRows(prepared, plan);
      await plans.replaceRuns(tx, administrationId, planId, runs);
      const figures = planFigures(prepared, runs, await plans.pins(tx, administrationId, planId));
      await plans.update(tx, administrationId, planId, {
        instance: prepared.instance,
        instanceHash: inputsHash(prepared.instance, prepared.snapshot),
        inputs: prepared.snapshot,
        objective: plan.objective,
        bound: plan.bound ?? null,
        greedyObjective: plan.stats?.greedyObjective ?? null,
        solverStatus: plan.status,
        solverSeconds: plan.stats?.seconds ?? null,
        totalCost: figures.totalCost,
        totalRuns: figures.totalRuns,
        computedAt: clock.now().toISOString(),
        edited: false,
        jobState: outcome === 'done' ? 'done' : 'cancelled',
        jobError: outcome === 'shutdown' ? 'stopped when the server shut down; the best plan found so far is kept' : null,
      });
    });
  }

  /**
   * The optimiser sees each year's total budget, not who may pay for what. When the earmarks leave costs unplaced,
   * that year's budget is lowered by the shortfall and the instance solved again (shorter), keeping the bound of the
   * first solve: it bounds the earmarked problem too, which is a restriction of the instance it was proven for.
   */
  async function solveWithinEarmarks(prepared: Prepared & { timeLimitSeconds: number; start?: TRun[] }, signal: AbortSignal, report: JobReport): Promise<TPlan> {
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const solve = async (instance: TPlanningInstance, timeLimitSeconds: number, phase: string, start?: TRun[]) => {
      const offset = elapsed();
      const plan = await solvePlan(instance, {
        timeLimitSeconds,
        signal,
        ...(start ? { start: { runs: start } } : {}),
        onProgress: (p) => report({ elapsedSeconds: offset + p.elapsedSeconds, objective: p.objective, bound: p.bound, phase: phase ? `${phase}: ${p.phase}` : p.phase }),
      });
      if (plan.status === 'infeasible-input') throw new Error(plan.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? 'the optimiser refused the instance');
      return plan;
    };
    // The stored plan is checked against today's instance by the optimiser and used only if it still holds.
    const first = await solve(prepared.instance, prepared.timeLimitSeconds, '', prepared.start);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    let shortfall = unfundedYears(prepared, first);
    let best = { plan: first, unfunded: total(shortfall) };
    let budgets = { ...prepared.instance.budgets };
    for (let round = 1; round <= EARMARK_ROUNDS && shortfall.size > 0 && !signal.aborted; round++) {
      // A new mix of runs can leave a new shortfall: each round cuts deeper than the last one's.
      const cut = (year: string) => Math.ceil((shortfall.get(year) ?? 0) * (1 + round / 2));
      budgets = Object.fromEntries(Object.entries(budgets).map(([year, amount]) => [year, Math.max(0, Math.floor(amount - cut(year)))]));
      const years = [...shortfall.keys()].join(', ');
      const next = await solve({ ...prepared.instance, budgets }, Math.max(2, Math.ceil(prepared.timeLimitSeconds / 4)), `earmarks ${years}`);
      shortfall = unfundedYears(prepared, next);
      const unfunded = total(shortfall);
      if (unfunded < best.unfunded - 0.5 || (unfunded < 0.5 && next.objective > best.plan.objective)) best = { plan: next, unfunded };
    }
    if (best.plan === first) return first;
    // A restricted instance's bound proves nothing about the plan's own problem; the first solve's does. The greedy
    // figure shown beside it is the rule applied under the same lowered budgets, the fair comparison.
    return { ...best.plan, bound: first.bound, status: 'feasible', stats: { ...best.plan.stats, seconds: elapsed() } };
  }

  async function fail(administrationId: string, planId: string, err: unknown) {
    deps.log?.(`plan ${planId}: optimisation failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    const message = err instanceof Error ? err.message : String(err);
    await database
      .transaction({ administrationId }, (tx) => plans.update(tx, administrationId, planId, { jobState: 'failed', jobError: message.slice(0, 500) }))
      .catch(() => {});
  }

  return {
    /** Starts the optimiser on today's inputs; refuses with the input errors, each naming its field. */
    async optimise(actor: Actor, id: string): Promise<TPlanProgress> {
      requirePermission(actor, 'PlanWrite');
      const administrationId = actor.administrationId;
      const prepared = await database.transaction(tenantOf(actor), async (tx) => {
        const plan = await loadDraft(tx, deps, actor, id);
        const built = await deps.readInputs(tx, administrationId, plan, await plans.pins(tx, administrationId, id));
        if (built.inputErrors.length > 0) {
          throw invalid(`the plan cannot be optimised: ${built.inputErrors.map((e) => e.message).join('; ')}`, built.inputErrors);
        }
        const parsed = parseInstance(built.instance);
        if (!parsed.ok) throw invalid(`the plan cannot be optimised: ${parsed.errors.map((e) => e.message).join('; ')}`, parsed.errors);
        // Re-optimising a plan with a result starts from its current runs (hand edits included).
        const stored = plan.computedAt ? await plans.runs(tx, administrationId, id) : [];
        await plans.update(tx, administrationId, id, { jobState: 'running', jobError: null });
        // The instance as built (not as parsed) is stored and hashed: a fresh build of the same inputs hashes the same.
        const prepared = { instance: built.instance, snapshot: built.snapshot, timeLimitSeconds: settingsOf(plan.settings).timeLimitSeconds };
        return stored.length > 0 ? { ...prepared, start: startRuns(prepared, stored) } : prepared;
      });
      return jobs.start(id, async ({ signal, report, outcome }) => {
        try {
          const plan = await solveWithinEarmarks(prepared, signal, report);
          await store(administrationId, id, prepared, plan, outcome());
        } catch (err) {
          await fail(administrationId, id, err);
        }
      });
    },

    async progress(actor: Actor, id: string): Promise<TPlanProgress> {
      requirePermission(actor, 'PlanRead');
      const plan = await database.transaction(tenantOf(actor), (tx) => loadPlan(tx, plans, actor, id));
      return jobs.progress(id) ?? presentStoredProgress(plan);
    },

    /** Stops the solver; the best plan found so far is kept and the state becomes "cancelled". */
    async cancel(actor: Actor, id: string): Promise<TPlanProgress> {
      requirePermission(actor, 'PlanWrite');
      await database.transaction(tenantOf(actor), (tx) => loadPlan(tx, plans, actor, id));
      if (!(await jobs.cancel(id))) throw conflict('the plan is not being optimised');
      const plan = await database.transaction(tenantOf(actor), (tx) => loadPlan(tx, plans, actor, id));
      return jobs.progress(id) ?? presentStoredProgress(plan);
    },

    /** Plans a stopped process left "running" will never finish: say so (called once at start-up). */
    async recoverInterrupted(): Promise<number> {
      return database.transaction('all', (tx) => plans.failInterrupted(tx, INTERRUPTED));
    },

    settled: (id: string) => jobs.settled(id),
    shutdown: () => jobs.shutdown(),
  };
}
export type OptimisationService = ReturnType<typeof makeOptimisationService>;
