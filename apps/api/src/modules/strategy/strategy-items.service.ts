import {
  targetYearIssues,
  type TGoal,
  type TGoalInput,
  type TGoalUpdate,
  type TKpi,
  type TKpiInput,
  type TKpiUpdate,
  type TObjective,
  type TObjectiveInput,
  type TObjectiveUpdate,
  ZGoalInput,
  ZKpiInput,
  ZObjectiveInput,
} from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import { presentGoal, presentKpi, presentObjective } from './strategy.presenter.js';
import type { Owned, StrategyRepository } from './strategy.repository.js';
import { normaliseAreas, objectiveRows, parsed, type StrategyService } from './strategy.service.js';

type Years = { fromYear: number; toYear: number };

function checkTargets(targets: Record<string, number>, years: Years, prefix: string) {
  const issues = targetYearIssues(targets, years.fromYear, years.toYear, prefix);
  if (issues.length) throw invalid(`targets must lie within ${years.fromYear}–${years.toYear}`, issues);
}

/** Goals, objectives and KPIs of a strategy: each edit checks target years against the strategy and marks it updated. */
export function makeStrategyItemsService(deps: { database: Database; strategies: StrategyRepository; strategyService: StrategyService; clock: Clock }) {
  const { database, strategies, strategyService, clock } = deps;
  const touch = (tx: Tx, actor: Actor, owned: { strategyId: string }) =>
    strategies.touch(tx, actor.administrationId, owned.strategyId, clock.now().toISOString());

  /** Runs fn on an item of the actor's administration, or answers NOT_FOUND for anything else. */
  function write<T, R>(
    actor: Actor,
    find: (tx: Tx, administrationId: string, id: string) => Promise<Owned<T> | undefined>,
    what: string,
    id: string,
    fn: (tx: Tx, owned: Owned<T>) => Promise<R>,
  ): Promise<R> {
    requirePermission(actor, 'StrategyWrite');
    return database.transaction(tenantOf(actor), async (tx) => {
      const owned = await find(tx, actor.administrationId, id);
      if (!owned) throw notFound(what);
      const result = await fn(tx, owned);
      await touch(tx, actor, owned);
      return result;
    });
  }

  const reloadGoal = async (tx: Tx, actor: Actor, id: string): Promise<TGoal> => {
    const owned = (await strategies.findGoal(tx, actor.administrationId, id))!;
    const s = (await strategies.find(tx, actor.administrationId, owned.strategyId))!;
    const tree = await strategies.tree(tx, actor.administrationId, s);
    return presentGoal(owned.row, tree.objectives, tree.kpis);
  };
  const reloadObjective = async (tx: Tx, actor: Actor, id: string): Promise<TObjective> => {
    const owned = (await strategies.findObjective(tx, actor.administrationId, id))!;
    const s = (await strategies.find(tx, actor.administrationId, owned.strategyId))!;
    return presentObjective(owned.row, (await strategies.tree(tx, actor.administrationId, s)).kpis);
  };

  return {
    async addGoal(actor: Actor, strategyId: string, raw: TGoalInput): Promise<TGoal> {
      requirePermission(actor, 'StrategyWrite');
      const input = parsed(ZGoalInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const s = await strategies.find(tx, actor.administrationId, strategyId);
        if (!s) throw notFound('strategy');
        input.objectives.forEach((o, oi) => o.kpis.forEach((k, ki) => checkTargets(k.targets, s, `body.objectives.${oi}.kpis.${ki}.targets`)));
        const sort = await strategies.nextSort(tx, actor.administrationId, { strategyId });
        const rows = await strategyService.insertGoals(tx, actor.administrationId, strategyId, [input], sort);
        await touch(tx, actor, { strategyId });
        return reloadGoal(tx, actor, rows.goals[0]!.id);
      });
    },

    updateGoal: (actor: Actor, id: string, input: TGoalUpdate): Promise<TGoal> =>
      write(actor, strategies.findGoal, 'goal', id, async (tx) => {
        await strategies.updateGoal(tx, actor.administrationId, id, input);
        return reloadGoal(tx, actor, id);
      }),

    deleteGoal: (actor: Actor, id: string): Promise<void> =>
      write(actor, strategies.findGoal, 'goal', id, async (tx) => {
        await strategies.deleteGoal(tx, actor.administrationId, id);
      }),

    addObjective: (actor: Actor, goalId: string, raw: TObjectiveInput): Promise<TObjective> =>
      write(actor, strategies.findGoal, 'goal', goalId, async (tx, goal) => {
        const input = parsed(ZObjectiveInput, raw);
        input.kpis.forEach((k, ki) => checkTargets(k.targets, goal, `body.kpis.${ki}.targets`));
        const sort = await strategies.nextSort(tx, actor.administrationId, { goalId });
        const rows = objectiveRows(actor.administrationId, goalId, [input], sort);
        await strategies.insertObjectives(tx, rows.objectives);
        await strategies.insertKpis(tx, rows.kpis);
        return reloadObjective(tx, actor, rows.objectives[0]!.id);
      }),

    updateObjective: (actor: Actor, id: string, input: TObjectiveUpdate): Promise<TObjective> =>
      write(actor, strategies.findObjective, 'objective', id, async (tx) => {
        const patch = { ...input, ...(input.functionalAreas ? { functionalAreas: normaliseAreas(input.functionalAreas) } : {}) };
        await strategies.updateObjective(tx, actor.administrationId, id, patch);
        return reloadObjective(tx, actor, id);
      }),

    deleteObjective: (actor: Actor, id: string): Promise<void> =>
      write(actor, strategies.findObjective, 'objective', id, async (tx) => {
        await strategies.deleteObjective(tx, actor.administrationId, id);
      }),

    addKpi: (actor: Actor, objectiveId: string, raw: TKpiInput): Promise<TKpi> =>
      write(actor, strategies.findObjective, 'objective', objectiveId, async (tx, objective) => {
        const input = parsed(ZKpiInput, raw);
        checkTargets(input.targets, objective, 'body.targets');
        const sort = await strategies.nextSort(tx, actor.administrationId, { objectiveId });
        const [row] = await strategies.insertKpis(tx, [{ administrationId: actor.administrationId, objectiveId, ...input, sort }]);
        return presentKpi(row!);
      }),

    updateKpi: (actor: Actor, id: string, input: TKpiUpdate): Promise<TKpi> =>
      write(actor, strategies.findKpi, 'KPI', id, async (tx, kpi) => {
        if (input.targets) checkTargets(input.targets, kpi, 'body.targets');
        const value = input.baselineValue === undefined ? kpi.row.baselineValue : input.baselineValue;
        const year = input.baselineYear === undefined ? kpi.row.baselineYear : input.baselineYear;
        if ((value === null) !== (year === null)) {
          throw invalid('a baseline needs both a value and a year', [{ path: value === null ? 'body.baselineValue' : 'body.baselineYear', message: 'a baseline needs both a value and a year' }]);
        }
        return presentKpi(await strategies.updateKpi(tx, actor.administrationId, id, input));
      }),

    deleteKpi: (actor: Actor, id: string): Promise<void> =>
      write(actor, strategies.findKpi, 'KPI', id, async (tx) => {
        await strategies.deleteKpi(tx, actor.administrationId, id);
      }),
  };
}
export type StrategyItemsService = ReturnType<typeof makeStrategyItemsService>;
