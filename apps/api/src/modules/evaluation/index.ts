import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import type { Env } from '../../platform/env.js';

/** Evaluation (step 7 of the cycle): Kirkpatrick levels 1–4 tied to the strategy's objectives. Placeholder. */
export function makeEvaluationModule(_deps: { database: Database; clock: Clock; env: Env }) {
  return {};
}
export type EvaluationModule = ReturnType<typeof makeEvaluationModule>;

export function evaluationRoutes(_app: FastifyInstance, _evaluation: EvaluationModule): void {}
