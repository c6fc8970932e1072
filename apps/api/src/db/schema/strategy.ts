import { sql } from 'drizzle-orm';
import { integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenant, tz } from './core.js';

export const strategies = pgTable(
  'strategies',
  {
    ...tenant(),
    title: text('title').notNull(),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    vision: text('vision'),
    mission: text('mission'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const strategyGoals = pgTable(
  'strategy_goals',
  {
    ...tenant(),
    strategyId: uuid('strategy_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const strategyObjectives = pgTable(
  'strategy_objectives',
  {
    ...tenant(),
    goalId: uuid('goal_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    functionalAreas: text('functional_areas').array().notNull().default(sql`'{}'`),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const strategyKpis = pgTable(
  'strategy_kpis',
  {
    ...tenant(),
    objectiveId: uuid('objective_id').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baselineValue: numeric('baseline_value', { precision: 16, scale: 2, mode: 'number' }),
    baselineYear: integer('baseline_year'),
    targets: jsonb('targets').$type<Record<string, number>>().notNull().default({}),
    source: text('source'),
    direction: text('direction').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);
