import type { TPlanJobState, TPlanProgress, TPlanStatus, TPlanSummary } from '@formasaun/shared';
import { settingsOf } from './planning.inputs.js';
import type { PlanRow } from './planning.repository.js';

const iso = (ts: string | null) => (ts === null ? null : new Date(ts).toISOString());

/** The stored state of the plan's last optimisation, when no job of this process runs it. */
export function presentStoredProgress(p: PlanRow): TPlanProgress {
  const state = p.jobState as TPlanJobState;
  return {
    state,
    elapsedSeconds: p.solverSeconds ?? 0,
    objective: p.objective,
    bound: p.bound,
    phase: state === 'done' ? 'done' : state === 'running' ? 'queued' : state,
    error: p.jobError,
  };
}

export function presentSummary(p: PlanRow, live: TPlanProgress | undefined): TPlanSummary {
  return {
    id: p.id,
    name: p.name,
    status: p.status as TPlanStatus,
    campaignId: p.campaignId,
    campaignName: p.campaignName,
    strategyId: p.strategyId,
    parentId: p.parentId,
    fromYear: p.fromYear,
    toYear: p.toYear,
    settings: settingsOf(p.settings),
    job: live ?? presentStoredProgress(p),
    objective: p.objective,
    bound: p.bound,
    greedyObjective: p.greedyObjective,
    solverStatus: p.solverStatus,
    totalCost: p.totalCost,
    totalRuns: p.totalRuns,
    computedAt: iso(p.computedAt),
    approvedAt: iso(p.approvedAt),
    createdAt: iso(p.createdAt)!,
  };
}
