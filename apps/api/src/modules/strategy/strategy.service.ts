import { randomUUID } from 'node:crypto';
import {
  FUNCTIONAL_AREAS,
  type TFieldIssue,
  type TGoalOrder,
  type TStrategy,
  type TStrategyInput,
  type TStrategySummary,
  type TStrategyUpdate,
  type ZGoalInput,
  type ZKpiInput,
  type ZObjectiveInput,
  ZStrategyInput,
} from '@formasaun/shared';
import type { z } from 'zod';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import { presentStrategy } from './strategy.presenter.js';
import type { StrategyRepository } from './strategy.repository.js';

/** Services also take input from the demo generator, which skips the route's validation. */
export function parsed<S extends z.ZodType>(schema: S, raw: unknown, prefix = 'body'): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw invalid('the request is not valid', result.error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message })));
}

/** Functional areas without repeats, in the catalogue's order. */
export const normaliseAreas = (areas: readonly string[]) => FUNCTIONAL_AREAS.filter((a) => areas.includes(a));

type GoalValues = { administrationId: string; id: string; strategyId: string; title: string; description: string | null; sort: number };
type ObjectiveValues = { administrationId: string; id: string; goalId: string; title: string; description: string | null; functionalAreas: string[]; sort: number };
type KpiValues = z.output<typeof ZKpiInput> & { administrationId: string; id: string; objectiveId: string; sort: number };

/** Rows for objectives (with their KPIs) under a goal; ids are made here so that one statement per level suffices. */
export function objectiveRows(administrationId: string, goalId: string, objectives: z.output<typeof ZObjectiveInput>[], firstSort: number) {
  const out = { objectives: [] as ObjectiveValues[], kpis: [] as KpiValues[] };
  objectives.forEach((o, oi) => {
    const id = randomUUID();
    out.objectives.push({ administrationId, id, goalId, title: o.title, description: o.description, functionalAreas: normaliseAreas(o.functionalAreas), sort: firstSort + oi });
    o.kpis.forEach((k, ki) => out.kpis.push({ administrationId, id: randomUUID(), objectiveId: id, ...k, sort: ki }));
  });
  return out;
}

/** Rows for goals with their objectives and KPIs under a strategy. */
export function goalRows(administrationId: string, strategyId: string, goals: z.output<typeof ZGoalInput>[], firstSort: number) {
  const out = { goals: [] as GoalValues[], objectives: [] as ObjectiveValues[], kpis: [] as KpiValues[] };
  goals.forEach((g, gi) => {
    const id = randomUUID();
    out.goals.push({ administrationId, id, strategyId, title: g.title, description: g.description, sort: firstSort + gi });
    const below = objectiveRows(administrationId, id, g.objectives, 0);
    out.objectives.push(...below.objectives);
    out.kpis.push(...below.kpis);
  });
  return out;
}

/** One issue per field (fromYear / toYear) naming the years and the first KPIs whose targets new years would strand. */
export function strandedTargets(strategy: TStrategy, fromYear: number, toYear: number): TFieldIssue[] {
  const kpis = strategy.goals.flatMap((g) => g.objectives.flatMap((o) => o.kpis));
  const side = (field: 'fromYear' | 'toYear', outside: (year: number) => boolean): TFieldIssue[] => {
    const hit = kpis.filter((k) => Object.keys(k.targets).map(Number).some(outside));
    if (hit.length === 0) return [];
    const years = [...new Set(hit.flatMap((k) => Object.keys(k.targets).map(Number).filter(outside)))].sort((a, b) => a - b);
    const names = hit.slice(0, 3).map((k) => `"${k.name}"`).join(', ') + (hit.length > 3 ? ` and ${hit.length - 3} more` : '');
    return [{ path: `body.${field}`, message: `${hit.length} KPI(s) have targets for ${years.join(', ')}: ${names}` }];
  };
  return [...side('fromYear', (y) => y < fromYear), ...side('toYear', (y) => y > toYear)];
}

export function makeStrategyService(deps: { database: Database; strategies: StrategyRepository; clock: Clock }) {
  const { database, strategies, clock } = deps;
  const now = () => clock.now().toISOString();

  async function load(tx: Tx, administrationId: string, id: string): Promise<TStrategy> {
    const s = await strategies.find(tx, administrationId, id);
    if (!s) throw notFound('strategy');
    return presentStrategy(await strategies.tree(tx, administrationId, s));
  }

  async function insertGoals(tx: Tx, administrationId: string, strategyId: string, goals: z.output<typeof ZGoalInput>[], firstSort: number) {
    const r = goalRows(administrationId, strategyId, goals, firstSort);
    await strategies.insertGoals(tx, r.goals);
    await strategies.insertObjectives(tx, r.objectives);
    await strategies.insertKpis(tx, r.kpis);
    return r;
  }

  return {
    async findStrategies(actor: Actor): Promise<TStrategySummary[]> {
      requirePermission(actor, 'StrategyRead');
      return database.transaction(tenantOf(actor), (tx) => strategies.findSummaries(tx, actor.administrationId));
    },

    async getStrategy(actor: Actor, id: string): Promise<TStrategy> {
      requirePermission(actor, 'StrategyRead');
      return database.transaction(tenantOf(actor), (tx) => load(tx, actor.administrationId, id));
    },

    /** The strategy with all its goals, objectives and KPIs, in one transaction. */
    async createStrategy(actor: Actor, raw: TStrategyInput): Promise<TStrategy> {
      requirePermission(actor, 'StrategyWrite');
      const input = parsed(ZStrategyInput, raw);
      return database.transaction(tenantOf(actor), async (tx) => {
        const at = now();
        const { goals, ...fields } = input;
        const s = await strategies.insert(tx, { administrationId: actor.administrationId, ...fields, createdAt: at, updatedAt: at });
        await insertGoals(tx, actor.administrationId, s.id, goals, 0);
        return load(tx, actor.administrationId, s.id);
      });
    },

    async updateStrategy(actor: Actor, id: string, input: TStrategyUpdate): Promise<TStrategy> {
      requirePermission(actor, 'StrategyWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await load(tx, actor.administrationId, id);
        const fromYear = input.fromYear ?? existing.fromYear;
        const toYear = input.toYear ?? existing.toYear;
        if (toYear < fromYear) throw invalid('the strategy would end before it starts', [{ path: input.toYear === undefined ? 'body.fromYear' : 'body.toYear', message: 'must not be before fromYear' }]);
        const issues = strandedTargets(existing, fromYear, toYear);
        if (issues.length) throw invalid('KPI targets fall outside the new years; change or remove them first', issues);
        await strategies.update(tx, actor.administrationId, id, { ...input, updatedAt: now() });
        return load(tx, actor.administrationId, id);
      });
    },

    async deleteStrategy(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'StrategyWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        if (!(await strategies.delete(tx, actor.administrationId, id))) throw notFound('strategy');
      });
    },

    /** Goals in the order given; the list must name every goal of the strategy exactly once. */
    async reorderGoals(actor: Actor, id: string, input: TGoalOrder): Promise<TStrategy> {
      requirePermission(actor, 'StrategyWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const existing = await load(tx, actor.administrationId, id);
        const known = new Set(existing.goals.map((g) => g.id));
        const given = new Set(input.goalIds);
        const unknown = input.goalIds.map((g, i) => ({ g, i })).filter(({ g }) => !known.has(g));
        if (unknown.length) throw invalid('goals of another strategy', unknown.map(({ i }) => ({ path: `body.goalIds.${i}`, message: 'not a goal of this strategy' })));
        if (given.size !== input.goalIds.length || given.size !== known.size) {
          throw invalid('list every goal of the strategy exactly once', [{ path: 'body.goalIds', message: `expected the ${known.size} goals of the strategy, each once` }]);
        }
        await strategies.setGoalOrder(tx, actor.administrationId, id, input.goalIds);
        await strategies.touch(tx, actor.administrationId, id, now());
        return load(tx, actor.administrationId, id);
      });
    },

    /** Used by the items service: adds goals (with their objectives and KPIs) at the end of a strategy. */
    insertGoals,
  };
}
export type StrategyService = ReturnType<typeof makeStrategyService>;
