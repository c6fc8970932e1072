import { sql } from 'drizzle-orm';
import { integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenant, tz } from './core.js';

export const fundingSettings = pgTable('funding_settings', {
  administrationId: uuid('administration_id').primaryKey(),
  currency: text('currency'),
  daysPerQuarter: integer('days_per_quarter').notNull().default(60),
  defaultReleaseShare: numeric('default_release_share', { precision: 4, scale: 3, mode: 'number' }).notNull().default(0.1),
});

export const fundingSources = pgTable(
  'funding_sources',
  {
    ...tenant(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    notes: text('notes'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const budgetEnvelopes = pgTable(
  'budget_envelopes',
  {
    ...tenant(),
    sourceId: uuid('source_id').notNull(),
    year: integer('year').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    status: text('status').notNull(),
    functionalAreas: text('functional_areas').array().notNull().default(sql`'{}'`),
    costCategories: text('cost_categories').array().notNull().default(sql`'{}'`),
    note: text('note'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const trainerDayCapacities = pgTable(
  'trainer_day_capacities',
  {
    administrationId: uuid('administration_id').notNull(),
    period: text('period').notNull(),
    days: numeric('days', { precision: 8, scale: 1, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.period] })],
);

export const releaseShares = pgTable(
  'release_shares',
  {
    administrationId: uuid('administration_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    share: numeric('share', { precision: 4, scale: 3, mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.orgUnitId] })],
);
