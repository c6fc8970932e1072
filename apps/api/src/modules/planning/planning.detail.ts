import type { TPlanDetail } from '@formasaun/shared';
import type { TPlanningInstance } from '@formasaun/planner';
import type { Actor } from '../../platform/actor.js';
import type { Tx } from '../../platform/db.js';
import { conflict, notFound } from '../../platform/errors.js';
import { inputsChanged, inputsHash } from './planning.diff.js';
import { type Basis, planFigures, violationsOf } from './planning.figures.js';
import type { ReadInputs } from './planning.inputs.js';
import type { InputsSnapshot } from './planning.instance.js';
import type { JobRegistry } from './planning.jobs.js';
import type { PlanningPorts } from './planning.ports.js';
import { presentSummary } from './planning.presenter.js';
import type { PlanRepository, PlanRow } from './planning.repository.js';

export interface DetailDeps {
  plans: PlanRepository;
  readInputs: ReadInputs;
  jobs: JobRegistry;
  ports: PlanningPorts;
}

export const IMMUTABLE = 'approved plans cannot change; create a scenario from it';

/** A plan of the actor's administration, or NOT_FOUND. */
export async function loadPlan(tx: Tx, plans: PlanRepository, actor: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<PlanRow> {
  const found = await plans.find(tx, actor.administrationId, id, opts);
  if (!found) throw notFound('plan');
  return found;
}

/** A plan that may still change: a draft whose optimisation is not running. */
export async function loadDraft(tx: Tx, deps: Pick<DetailDeps, 'plans' | 'jobs'>, actor: Actor, id: string, opts: { whileRunning?: boolean } = {}) {
  const plan = await loadPlan(tx, deps.plans, actor, id, { forUpdate: true });
  if (plan.status !== 'draft') throw conflict(IMMUTABLE);
  if (!opts.whileRunning && (deps.jobs.isRunning(id) || plan.jobState === 'running')) throw conflict('the plan is being optimised; wait for it or cancel it first');
  return plan;
}

/** The instance and inputs the plan's result was computed from, when it was. */
export function storedBasis(p: PlanRow): Basis | null {
  return p.instance && p.inputs ? { instance: p.instance as TPlanningInstance, snapshot: p.inputs as InputsSnapshot } : null;
}

/**
 * The plan with every figure. A draft is measured against today's inputs (when they build), so a budget cut shows
 * as a violation at once; an approved plan against the inputs it was approved on. Either way `inputsChanged` says
 * what differs from the inputs the result was computed from.
 */
export async function planDetail(tx: Tx, deps: DetailDeps, plan: PlanRow): Promise<TPlanDetail & { basis: Basis }> {
  const adm = plan.administrationId;
  const pins = await deps.plans.pins(tx, adm, plan.id);
  const runs = await deps.plans.runs(tx, adm, plan.id);
  const fresh = await deps.readInputs(tx, adm, plan, pins);
  const stored = storedBasis(plan);
  const freshOk = fresh.inputErrors.length === 0;
  const basis = stored && (plan.status !== 'draft' || !freshOk) ? stored : fresh;
  const checkable = basis === stored || freshOk;
  const figures = planFigures(basis, runs, pins, stored);
  const checked = checkable && (stored || runs.length > 0) ? violationsOf(basis, figures.planRuns).violations : [];
  const currency = await deps.ports.funding.currency(tx, adm);
  // The optimiser sees each year's total; earmarks can still leave costs no source may pay: a violation too.
  const unfunded = figures.years
    .filter((y) => y.unfunded >= 0.5)
    .map((y) => ({
      code: 'funding',
      year: y.year,
      message: `${y.year}: ${Math.round(y.unfunded).toLocaleString('en')} ${currency} of the runs' costs cannot be paid by any funding source whose earmarks allow them`,
    }));
  const violations = [...checked, ...unfunded];
  return {
    ...presentSummary(plan, deps.jobs.progress(plan.id)),
    // Equal hashes: nothing changed, no need to compare part by part.
    inputsChanged: !stored || inputsHash(fresh.instance, fresh.snapshot) === plan.instanceHash ? [] : inputsChanged(stored, fresh),
    inputErrors: fresh.inputErrors,
    currency,
    periods: basis.instance.periods,
    trainerDays: figures.trainerDays,
    pins,
    runs: figures.runs,
    groups: figures.groups,
    years: figures.years,
    sources: figures.sources,
    areas: figures.areas,
    units: figures.units,
    violations,
    edited: plan.edited,
    basis,
  };
}

/** Drops what only the server uses before the detail leaves the API. */
export function presentDetail(d: TPlanDetail & { basis?: Basis }): TPlanDetail {
  const { basis: _basis, ...detail } = d;
  return detail;
}
