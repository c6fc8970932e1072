import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { strategies, strategyGoals, strategyKpis, strategyObjectives } from '../../db/schema.js';
import { rows, type Tx } from '../../platform/db.js';

export type StrategyRow = typeof strategies.$inferSelect;
export type GoalRow = typeof strategyGoals.$inferSelect;
export type ObjectiveRow = typeof strategyObjectives.$inferSelect;
export type KpiRow = typeof strategyKpis.$inferSelect;
export interface StrategyTree {
  strategy: StrategyRow;
  goals: GoalRow[];
  objectives: ObjectiveRow[];
  kpis: KpiRow[];
}
/** A goal, objective or KPI with the strategy it belongs to: edits check years against it and touch it. */
export interface Owned<T> {
  row: T;
  strategyId: string;
  fromYear: number;
  toYear: number;
}

/** Strategies, goals, objectives and KPIs; every query is scoped by administration. */
export function makeStrategyRepository() {
  const strategyOf = (administrationId: string, id: string) => and(eq(strategies.administrationId, administrationId), eq(strategies.id, id));
  const goalOf = (administrationId: string, id: string) => and(eq(strategyGoals.administrationId, administrationId), eq(strategyGoals.id, id));
  const objectiveOf = (administrationId: string, id: string) =>
    and(eq(strategyObjectives.administrationId, administrationId), eq(strategyObjectives.id, id));
  const kpiOf = (administrationId: string, id: string) => and(eq(strategyKpis.administrationId, administrationId), eq(strategyKpis.id, id));
  const owner = { strategyId: strategies.id, fromYear: strategies.fromYear, toYear: strategies.toYear };
  const goalStrategy = and(eq(strategies.administrationId, strategyGoals.administrationId), eq(strategies.id, strategyGoals.strategyId));

  return {
    findSummaries: (tx: Tx, administrationId: string) =>
      rows<{ id: string; title: string; fromYear: number; toYear: number; updatedAt: string; goalCount: number; objectiveCount: number; kpiCount: number }>(
        tx,
        sql`select s.id, s.title, s.from_year as "fromYear", s.to_year as "toYear", s.updated_at::text as "updatedAt",
                   (select count(*)::int from strategy_goals g where g.administration_id = s.administration_id and g.strategy_id = s.id) as "goalCount",
                   (select count(*)::int from strategy_objectives o join strategy_goals g on g.administration_id = o.administration_id and g.id = o.goal_id
                     where o.administration_id = s.administration_id and g.strategy_id = s.id) as "objectiveCount",
                   (select count(*)::int from strategy_kpis k
                      join strategy_objectives o on o.administration_id = k.administration_id and o.id = k.objective_id
                      join strategy_goals g on g.administration_id = o.administration_id and g.id = o.goal_id
                     where k.administration_id = s.administration_id and g.strategy_id = s.id) as "kpiCount"
            from strategies s where s.administration_id = ${administrationId}
            order by s.from_year desc, s.created_at desc`,
      ),

    find: async (tx: Tx, administrationId: string, id: string) => (await tx.select().from(strategies).where(strategyOf(administrationId, id)))[0],

    /** The strategy covering the latest years (then the newest): what a plan uses by default. */
    findLatest: async (tx: Tx, administrationId: string) =>
      (
        await tx
          .select()
          .from(strategies)
          .where(eq(strategies.administrationId, administrationId))
          .orderBy(desc(strategies.fromYear), desc(strategies.createdAt))
          .limit(1)
      )[0],

    async tree(tx: Tx, administrationId: string, strategy: StrategyRow): Promise<StrategyTree> {
      const goals = await tx
        .select()
        .from(strategyGoals)
        .where(and(eq(strategyGoals.administrationId, administrationId), eq(strategyGoals.strategyId, strategy.id)))
        .orderBy(asc(strategyGoals.sort), asc(strategyGoals.title));
      const objectives = await tx
        .select({ o: strategyObjectives })
        .from(strategyObjectives)
        .innerJoin(strategyGoals, and(eq(strategyGoals.administrationId, strategyObjectives.administrationId), eq(strategyGoals.id, strategyObjectives.goalId)))
        .where(and(eq(strategyObjectives.administrationId, administrationId), eq(strategyGoals.strategyId, strategy.id)))
        .orderBy(asc(strategyObjectives.sort), asc(strategyObjectives.title));
      const kpis = await tx
        .select({ k: strategyKpis })
        .from(strategyKpis)
        .innerJoin(strategyObjectives, and(eq(strategyObjectives.administrationId, strategyKpis.administrationId), eq(strategyObjectives.id, strategyKpis.objectiveId)))
        .innerJoin(strategyGoals, and(eq(strategyGoals.administrationId, strategyObjectives.administrationId), eq(strategyGoals.id, strategyObjectives.goalId)))
        .where(and(eq(strategyKpis.administrationId, administrationId), eq(strategyGoals.strategyId, strategy.id)))
        .orderBy(asc(strategyKpis.sort), asc(strategyKpis.name));
      return { strategy, goals, objectives: objectives.map((r) => r.o), kpis: kpis.map((r) => r.k) };
    },

    insert: async (tx: Tx, row: typeof strategies.$inferInsert) => (await tx.insert(strategies).values(row).returning())[0]!,
    update: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof strategies.$inferInsert>) =>
      (await tx.update(strategies).set(patch).where(strategyOf(administrationId, id)).returning())[0],
    delete: async (tx: Tx, administrationId: string, id: string) => (await tx.delete(strategies).where(strategyOf(administrationId, id)).returning()).length > 0,
    touch: (tx: Tx, administrationId: string, id: string, at: string) => tx.update(strategies).set({ updatedAt: at }).where(strategyOf(administrationId, id)),

    insertGoals: async (tx: Tx, values: (typeof strategyGoals.$inferInsert)[]) => (values.length ? tx.insert(strategyGoals).values(values).returning() : []),
    insertObjectives: async (tx: Tx, values: (typeof strategyObjectives.$inferInsert)[]) =>
      values.length ? tx.insert(strategyObjectives).values(values).returning() : [],
    insertKpis: async (tx: Tx, values: (typeof strategyKpis.$inferInsert)[]) => (values.length ? tx.insert(strategyKpis).values(values).returning() : []),

    findGoal: async (tx: Tx, administrationId: string, id: string): Promise<Owned<GoalRow> | undefined> => {
      const [found] = await tx
        .select({ row: strategyGoals, ...owner })
        .from(strategyGoals)
        .innerJoin(strategies, goalStrategy)
        .where(goalOf(administrationId, id));
      return found;
    },
    findObjective: async (tx: Tx, administrationId: string, id: string): Promise<Owned<ObjectiveRow> | undefined> => {
      const [found] = await tx
        .select({ row: strategyObjectives, ...owner })
        .from(strategyObjectives)
        .innerJoin(strategyGoals, and(eq(strategyGoals.administrationId, strategyObjectives.administrationId), eq(strategyGoals.id, strategyObjectives.goalId)))
        .innerJoin(strategies, goalStrategy)
        .where(objectiveOf(administrationId, id));
      return found;
    },
    findKpi: async (tx: Tx, administrationId: string, id: string): Promise<Owned<KpiRow> | undefined> => {
      const [found] = await tx
        .select({ row: strategyKpis, ...owner })
        .from(strategyKpis)
        .innerJoin(strategyObjectives, and(eq(strategyObjectives.administrationId, strategyKpis.administrationId), eq(strategyObjectives.id, strategyKpis.objectiveId)))
        .innerJoin(strategyGoals, and(eq(strategyGoals.administrationId, strategyObjectives.administrationId), eq(strategyGoals.id, strategyObjectives.goalId)))
        .innerJoin(strategies, goalStrategy)
        .where(kpiOf(administrationId, id));
      return found;
    },

    /** Next sort position under a parent (goals of a strategy, objectives of a goal, KPIs of an objective). */
    async nextSort(tx: Tx, administrationId: string, of: { strategyId: string } | { goalId: string } | { objectiveId: string }) {
      const [r] = await rows<{ next: number }>(
        tx,
        'strategyId' in of
          ? sql`select coalesce(max(sort) + 1, 0)::int as next from strategy_goals where administration_id = ${administrationId} and strategy_id = ${of.strategyId}`
          : 'goalId' in of
            ? sql`select coalesce(max(sort) + 1, 0)::int as next from strategy_objectives where administration_id = ${administrationId} and goal_id = ${of.goalId}`
            : sql`select coalesce(max(sort) + 1, 0)::int as next from strategy_kpis where administration_id = ${administrationId} and objective_id = ${of.objectiveId}`,
      );
      return r!.next;
    },

    updateGoal: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof strategyGoals.$inferInsert>) =>
      (await tx.update(strategyGoals).set(patch).where(goalOf(administrationId, id)).returning())[0]!,
    updateObjective: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof strategyObjectives.$inferInsert>) =>
      (await tx.update(strategyObjectives).set(patch).where(objectiveOf(administrationId, id)).returning())[0]!,
    updateKpi: async (tx: Tx, administrationId: string, id: string, patch: Partial<typeof strategyKpis.$inferInsert>) =>
      (await tx.update(strategyKpis).set(patch).where(kpiOf(administrationId, id)).returning())[0]!,
    deleteGoal: (tx: Tx, administrationId: string, id: string) => tx.delete(strategyGoals).where(goalOf(administrationId, id)),
    deleteObjective: (tx: Tx, administrationId: string, id: string) => tx.delete(strategyObjectives).where(objectiveOf(administrationId, id)),
    deleteKpi: (tx: Tx, administrationId: string, id: string) => tx.delete(strategyKpis).where(kpiOf(administrationId, id)),

    /** Sets every goal's position in one statement. */
    setGoalOrder: (tx: Tx, administrationId: string, strategyId: string, goalIds: string[]) =>
      tx.execute(sql`
        update strategy_goals g set sort = t.pos - 1
        from unnest(${sql.param(goalIds)}::uuid[]) with ordinality as t(id, pos)
        where g.administration_id = ${administrationId} and g.strategy_id = ${strategyId} and g.id = t.id`),
  };
}
export type StrategyRepository = ReturnType<typeof makeStrategyRepository>;
