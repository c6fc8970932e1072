import { boolean, doublePrecision, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenant, tz } from './core.js';

export const plans = pgTable(
  'plans',
  {
    ...tenant(),
    name: text('name').notNull(),
    status: text('status').notNull().default('draft'),
    campaignId: uuid('campaign_id').notNull(),
    campaignName: text('campaign_name').notNull(),
    strategyId: uuid('strategy_id'),
    parentId: uuid('parent_id'),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    jobState: text('job_state').notNull().default('idle'),
    jobError: text('job_error'),
    instance: jsonb('instance').$type<unknown>(),
    instanceHash: text('instance_hash'),
    inputs: jsonb('inputs').$type<unknown>(),
    objective: doublePrecision('objective'),
    bound: doublePrecision('bound'),
    greedyObjective: doublePrecision('greedy_objective'),
    solverStatus: text('solver_status'),
    solverSeconds: doublePrecision('solver_seconds'),
    totalCost: doublePrecision('total_cost'),
    totalRuns: integer('total_runs'),
    edited: boolean('edited').notNull().default(false),
    computedAt: tz('computed_at'),
    approvedAt: tz('approved_at'),
    approvedBy: uuid('approved_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const planRuns = pgTable(
  'plan_runs',
  {
    administrationId: uuid('administration_id').notNull(),
    planId: uuid('plan_id').notNull(),
    courseId: uuid('course_id').notNull(),
    period: text('period').notNull(),
    count: integer('count').notNull(),
    participants: jsonb('participants').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.planId, t.courseId, t.period] })],
);

export const planPins = pgTable(
  'plan_pins',
  {
    administrationId: uuid('administration_id').notNull(),
    planId: uuid('plan_id').notNull(),
    courseId: uuid('course_id').notNull(),
    period: text('period').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.planId, t.courseId, t.period] })],
);
