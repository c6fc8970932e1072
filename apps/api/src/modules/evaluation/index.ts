import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';
import { strategyLookups } from '../strategy/index.js';
import { makeKpiValuesRepository } from './kpi-values.repository.js';
import { kpiValuesRoutes } from './kpi-values.routes.js';
import { makeKpiValuesService } from './kpi-values.service.js';

/** KPI values and the results view; also what the demo generator writes its values through. */
export const makeKpiValues = (deps: { database: Database; clock: Clock }) =>
  makeKpiValuesService({ database: deps.database, values: makeKpiValuesRepository(), strategies: strategyLookups, clock: deps.clock });

/** Evaluation (step 7 of the cycle): Kirkpatrick levels 1–4 tied to the strategy's objectives; level 4 so far: KPI values. */
export function makeEvaluationModule(deps: { database: Database; clock: Clock; env: Env }) {
  const { database, clock, env } = deps;
  return {
    kpiValues: makeKpiValues({ database, clock }),
    maxUploadBytes: env.maxUploadBytes,
  };
}
export type EvaluationModule = ReturnType<typeof makeEvaluationModule>;

export function evaluationRoutes(app: FastifyInstance, evaluation: EvaluationModule): void {
  kpiValuesRoutes(app, evaluation);
}
