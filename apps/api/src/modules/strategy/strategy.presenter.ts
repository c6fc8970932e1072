import type { TFunctionalArea, TGoal, TKpi, TKpiDirection, TObjective, TStrategy } from '@formasaun/shared';
import type { GoalRow, KpiRow, ObjectiveRow, StrategyTree } from './strategy.repository.js';

/** Targets in year order, whatever order jsonb kept them in. */
const sortedTargets = (targets: Record<string, number>) =>
  Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)).map(([y, v]) => [y, Number(v)]));

export const presentKpi = (k: KpiRow): TKpi => ({
  id: k.id,
  objectiveId: k.objectiveId,
  name: k.name,
  unit: k.unit,
  baselineValue: k.baselineValue === null ? null : Number(k.baselineValue),
  baselineYear: k.baselineYear,
  targets: sortedTargets(k.targets),
  source: k.source,
  direction: k.direction as TKpiDirection,
  sort: k.sort,
});

export const presentObjective = (o: ObjectiveRow, kpis: KpiRow[]): TObjective => ({
  id: o.id,
  goalId: o.goalId,
  title: o.title,
  description: o.description,
  functionalAreas: o.functionalAreas as TFunctionalArea[],
  sort: o.sort,
  kpis: kpis.filter((k) => k.objectiveId === o.id).map(presentKpi),
});

export const presentGoal = (g: GoalRow, objectives: ObjectiveRow[], kpis: KpiRow[]): TGoal => ({
  id: g.id,
  strategyId: g.strategyId,
  title: g.title,
  description: g.description,
  sort: g.sort,
  objectives: objectives.filter((o) => o.goalId === g.id).map((o) => presentObjective(o, kpis)),
});

/** The nested strategy: goals → objectives → KPIs, each level in its sort order (the tree query sorts). */
export const presentStrategy = ({ strategy: s, goals, objectives, kpis }: StrategyTree): TStrategy => ({
  id: s.id,
  title: s.title,
  fromYear: s.fromYear,
  toYear: s.toYear,
  vision: s.vision,
  mission: s.mission,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  goals: goals.map((g) => presentGoal(g, objectives, kpis)),
});
