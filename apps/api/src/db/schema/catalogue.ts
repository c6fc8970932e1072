import { sql } from 'drizzle-orm';
import { integer, jsonb, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { tenant, tz } from './core.js';

export type TLearningOutcomes = { en: string; pt: string }[];
const money = (name: string) => numeric(name, { precision: 12, scale: 2, mode: 'number' }).notNull().default(0);

export const courses = pgTable(
  'courses',
  {
    ...tenant(),
    code: text('code').notNull(),
    titleEn: text('title_en').notNull(),
    titlePt: text('title_pt').notNull(),
    summaryEn: text('summary_en').notNull().default(''),
    summaryPt: text('summary_pt').notNull().default(''),
    functionalArea: text('functional_area').notNull(),
    learningOutcomes: jsonb('learning_outcomes').$type<TLearningOutcomes>().notNull().default([]),
    methods: text('methods').array().notNull(),
    delivery: text('delivery').notNull(),
    days: numeric('days', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    capacity: integer('capacity').notNull(),
    minParticipants: integer('min_participants').notNull(),
    trainerQualification: text('trainer_qualification').notNull().default(''),
    trainerCompetencyCode: text('trainer_competency_code'),
    trainerMinLevel: integer('trainer_min_level'),
    trainersPerRun: integer('trainers_per_run').notNull().default(1),
    trainerDays: numeric('trainer_days', { precision: 6, scale: 1, mode: 'number' }),
    fixedTrainerFees: money('fixed_trainer_fees'),
    fixedVenue: money('fixed_venue'),
    fixedTravelPerDiem: money('fixed_travel_per_diem'),
    fixedMaterials: money('fixed_materials'),
    participantTrainerFees: money('participant_trainer_fees'),
    participantVenue: money('participant_venue'),
    participantTravelPerDiem: money('participant_travel_per_diem'),
    participantMaterials: money('participant_materials'),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    maxRunsPerYear: integer('max_runs_per_year'),
    status: text('status').notNull().default('active'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const courseCompetencies = pgTable(
  'course_competencies',
  {
    administrationId: uuid('administration_id').notNull(),
    courseId: uuid('course_id').notNull(),
    competencyCode: text('competency_code').notNull(),
    levels: numeric('levels', { precision: 2, scale: 1, mode: 'number' }).notNull(),
    toLevel: integer('to_level'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.courseId, t.competencyCode] })],
);

export const coursePrerequisites = pgTable(
  'course_prerequisites',
  {
    administrationId: uuid('administration_id').notNull(),
    courseId: uuid('course_id').notNull(),
    prerequisiteId: uuid('prerequisite_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.courseId, t.prerequisiteId] })],
);

export const coursePositions = pgTable(
  'course_positions',
  {
    administrationId: uuid('administration_id').notNull(),
    courseId: uuid('course_id').notNull(),
    positionId: uuid('position_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.courseId, t.positionId] })],
);
