import { integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { day, tenant, tz } from './core.js';

const num = (name: string, precision: number, scale: number) => numeric(name, { precision, scale, mode: 'number' });

export const assessmentCampaigns = pgTable(
  'assessment_campaigns',
  {
    ...tenant(),
    name: text('name').notNull(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    opensOn: day('opens_on').notNull(),
    closesOn: day('closes_on').notNull(),
    mode: text('mode').notNull(),
    consolidation: text('consolidation').notNull(),
    supervisorWeight: num('supervisor_weight', 3, 2).notNull().default(0.5),
    singleSource: text('single_source').notNull().default('use_available'),
    status: text('status').notNull().default('draft'),
    openedAt: tz('opened_at'),
    closedAt: tz('closed_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const campaignScopes = pgTable(
  'campaign_scopes',
  { ...tenant(), campaignId: uuid('campaign_id').notNull(), orgUnitId: uuid('org_unit_id'), positionId: uuid('position_id') },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const assessmentForms = pgTable(
  'assessment_forms',
  {
    ...tenant(),
    campaignId: uuid('campaign_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    kind: text('kind').notNull(),
    assessorOfficerId: uuid('assessor_officer_id'),
    orgUnitId: uuid('org_unit_id').notNull(),
    positionId: uuid('position_id'),
    status: text('status').notNull().default('sent'),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    submittedAt: tz('submitted_at'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const assessmentRatings = pgTable(
  'assessment_ratings',
  {
    administrationId: uuid('administration_id').notNull(),
    formId: uuid('form_id').notNull(),
    competencyId: uuid('competency_id').notNull(),
    level: integer('level').notNull(),
    comment: text('comment'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.formId, t.competencyId] })],
);

export const assessmentFormEvents = pgTable(
  'assessment_form_events',
  {
    ...tenant(),
    formId: uuid('form_id').notNull(),
    kind: text('kind').notNull(),
    reason: text('reason'),
    userId: uuid('user_id'),
    at: tz('at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const assessmentResults = pgTable(
  'assessment_results',
  {
    administrationId: uuid('administration_id').notNull(),
    campaignId: uuid('campaign_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    competencyId: uuid('competency_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    positionId: uuid('position_id'),
    selfLevel: integer('self_level'),
    supervisorLevel: integer('supervisor_level'),
    assessedLevel: num('assessed_level', 4, 2),
    requiredLevel: integer('required_level').notNull(),
    gap: num('gap', 4, 2).notNull(),
    criticality: integer('criticality').notNull(),
    multiplier: num('multiplier', 6, 2).notNull().default(1),
    weightedNeed: num('weighted_need', 8, 2).notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.campaignId, t.officerId, t.competencyId] })],
);
