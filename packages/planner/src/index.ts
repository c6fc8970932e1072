// @formasaun/planner: the plan optimiser of shared/PLANNING.md — pure functions, no database, no HTTP.
export {
  ZPlanningInstance,
  ZPlan,
  type TPlanningInstance,
  type TCourse,
  type TGroup,
  type TPlan,
  type TRun,
  type TViolation,
  type TViolationCode,
  type TProgress,
  type TSolveOptions,
  type TInputError,
} from './contracts.js';
export { parseInstance, type TParseResult } from './parse.js';
export { checkPlan, type TCheckResult } from './check.js';
export { greedyPlan } from './greedy.js';
export { solvePlan, solvePlanInProcess } from './solve.js';
