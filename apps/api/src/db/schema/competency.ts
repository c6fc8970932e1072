import { sql } from 'drizzle-orm';
import { integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { day, tenant, tz } from './core.js';

/** Per level: what an officer at that level does, in each language. */
export type TIndicators = Record<string, { en: string; pt: string }>;

export const competencyFrameworks = pgTable(
  'competency_frameworks',
  { ...tenant(), name: text('name').notNull(), description: text('description'), createdAt: tz('created_at').notNull().defaultNow() },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const frameworkVersions = pgTable(
  'framework_versions',
  {
    ...tenant(),
    frameworkId: uuid('framework_id').notNull(),
    version: integer('version').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const scaleLevels = pgTable(
  'scale_levels',
  {
    administrationId: uuid('administration_id').notNull(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    level: integer('level').notNull(),
    nameEn: text('name_en').notNull(),
    namePt: text('name_pt').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.frameworkVersionId, t.level] })],
);

export const competencyAreas = pgTable(
  'competency_areas',
  {
    ...tenant(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    competencyGroup: text('competency_group').notNull(),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    namePt: text('name_pt').notNull(),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const competencies = pgTable(
  'competencies',
  {
    ...tenant(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    areaId: uuid('area_id').notNull(),
    code: text('code').notNull(),
    nameEn: text('name_en').notNull(),
    namePt: text('name_pt').notNull(),
    descriptionEn: text('description_en').notNull().default(''),
    descriptionPt: text('description_pt').notNull().default(''),
    indicators: jsonb('indicators').$type<TIndicators>().notNull().default({}),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const roleProfiles = pgTable(
  'role_profiles',
  {
    administrationId: uuid('administration_id').notNull(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    positionId: uuid('position_id').notNull(),
    competencyId: uuid('competency_id').notNull(),
    requiredLevel: integer('required_level').notNull(),
    criticality: integer('criticality').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.frameworkVersionId, t.positionId, t.competencyId] })],
);

export const strategicPriorities = pgTable(
  'strategic_priorities',
  {
    ...tenant(),
    name: text('name').notNull(),
    description: text('description'),
    multiplier: numeric('multiplier', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    competencyCodes: text('competency_codes').array().notNull().default(sql`'{}'`),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);
