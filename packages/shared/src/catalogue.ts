import { z } from 'zod';
import { ZId } from './common.js';
import { ZCompetencyCode } from './competency.js';
import { ZImportRowError } from './imports.js';
import { ZLanguage } from './organisation.js';
import { COST_CATEGORIES, type TCostCategory, ZFunctionalArea } from './resources.js';

/** Contracts of the catalogue context: courses by functional area, their costs, prerequisites and xlsx exchange. */
export const COURSE_METHODS = ['lecture', 'case-study', 'simulation', 'e-learning', 'on-the-job', 'study-visit'] as const;
export const ZCourseMethod = z.enum(COURSE_METHODS);
export type TCourseMethod = z.infer<typeof ZCourseMethod>;
export const COURSE_DELIVERIES = ['classroom', 'online', 'blended'] as const;
export const ZCourseDelivery = z.enum(COURSE_DELIVERIES);
export type TCourseDelivery = z.infer<typeof ZCourseDelivery>;
export const COURSE_STATUSES = ['active', 'archived'] as const;
export const ZCourseStatus = z.enum(COURSE_STATUSES);
export type TCourseStatus = z.infer<typeof ZCourseStatus>;

/** The separator of multi-value spreadsheet cells; texts that travel in such cells may not contain it. */
export const LIST_SEPARATOR = '; ';

export const ZCourseCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/, 'letters, digits, ".", "_" and "-", at most 30 (e.g. HS-201)');
const halfSteps = (min: number, max: number) => z.number().min(min).max(max).multipleOf(0.5, 'in steps of 0.5');
export const ZMoney = z
  .number()
  .min(0)
  .max(10_000_000)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'at most 2 decimals');
const title = z.string().trim().min(1).max(200);
const summary = z.string().trim().max(4000);
const outcomeText = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((v) => !v.includes(';'), 'must not contain ";" (it separates outcomes in the spreadsheet)');

export const ZLearningOutcome = z.object({ en: outcomeText, pt: outcomeText });
export type TLearningOutcome = z.infer<typeof ZLearningOutcome>;

/** A competency the course raises: `levels` gained per participant, optionally only up to `toLevel`. */
export const ZCourseRaise = z.object({
  competencyCode: ZCompetencyCode,
  levels: halfSteps(0.5, 4),
  toLevel: z.number().int().min(1).max(4).nullish().transform((v) => v ?? null),
});
export type TCourseRaise = z.infer<typeof ZCourseRaise>;

export const ZTrainerQualification = z
  .object({
    text: z.string().trim().max(500).default(''),
    competencyCode: ZCompetencyCode.nullish().transform((v) => v ?? null),
    minLevel: z.number().int().min(1).max(4).nullish().transform((v) => v ?? null),
  })
  .refine((q) => (q.competencyCode === null) === (q.minLevel === null), {
    message: 'give both a competency and a minimum level, or neither',
    path: ['minLevel'],
  });
export type TTrainerQualification = z.infer<typeof ZTrainerQualification>;

export const ZCostByCategory = z.object({
  'trainer-fees': ZMoney.default(0),
  venue: ZMoney.default(0),
  'travel-per-diem': ZMoney.default(0),
  materials: ZMoney.default(0),
}) satisfies z.ZodType<Record<TCostCategory, number>>;
export type TCostByCategory = Record<TCostCategory, number>;

/** Every field of a course as written; no defaults, so a PATCH leaves out what it does not change. */
const courseFields = {
  code: ZCourseCode,
  titleEn: title,
  titlePt: title,
  summaryEn: summary,
  summaryPt: summary,
  functionalArea: ZFunctionalArea,
  learningOutcomes: z.array(ZLearningOutcome).max(20),
  raises: z.array(ZCourseRaise).min(1, 'a course raises at least one competency').max(30),
  methods: z.array(ZCourseMethod).min(1).max(COURSE_METHODS.length),
  delivery: ZCourseDelivery,
  days: halfSteps(0.5, 200),
  capacity: z.number().int().min(1).max(1000),
  minParticipants: z.number().int().min(1).max(1000),
  prerequisiteIds: z.array(ZId).max(20),
  /** Empty: every position may attend. */
  eligiblePositionIds: z.array(ZId).max(500),
  trainerQualification: ZTrainerQualification,
  trainersPerRun: z.number().int().min(1).max(20),
  /** Null: days × trainers per run. */
  trainerDays: halfSteps(0.5, 2000).nullable(),
  fixedCostByCategory: ZCostByCategory,
  costPerParticipantByCategory: ZCostByCategory,
  languages: z.array(ZLanguage).min(1).max(10),
  maxRunsPerYear: z.number().int().min(1).max(100).nullable(),
  status: ZCourseStatus,
};

type Issue = { path: (string | number)[]; message: string };
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Index of the first item equal to an earlier one, or -1; items of the wrong type never match. */
const repeated = (items: unknown, key: (t: unknown) => unknown) => {
  if (!Array.isArray(items)) return -1;
  const keys = items.map((t, i) => key(t) ?? `#${i}`);
  return keys.findIndex((k, i) => keys.indexOf(k) !== i);
};
/** Rules across fields; also run on a body with other errors (all problems at once) and on the merged record of a PATCH. */
export function courseIssues(c: Partial<{ [K in keyof typeof courseFields]: z.output<(typeof courseFields)[K]> }>): Issue[] {
  const issues: Issue[] = [];
  if (isNumber(c.capacity) && isNumber(c.minParticipants) && c.minParticipants > c.capacity) {
    issues.push({ path: ['minParticipants'], message: `must not exceed the capacity (${c.capacity})` });
  }
  const raise = repeated(c.raises, (r) => (r && typeof r === 'object' ? (r as { competencyCode?: unknown }).competencyCode : undefined));
  if (raise >= 0) issues.push({ path: ['raises', raise, 'competencyCode'], message: 'this competency is listed twice' });
  for (const key of ['methods', 'languages', 'prerequisiteIds', 'eligiblePositionIds'] as const) {
    const i = repeated(c[key], (x) => (typeof x === 'string' ? x.trim().toLowerCase() : undefined));
    if (i >= 0) issues.push({ path: [key, i], message: 'listed twice' });
  }
  return issues;
}

const refined = <T extends z.ZodType>(schema: T) =>
  schema.superRefine(
    (value, ctx) => {
      for (const issue of courseIssues(value as Parameters<typeof courseIssues>[0])) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export const ZCourseCreate = refined(
  z.object({
    ...courseFields,
    summaryEn: summary.default(''),
    summaryPt: summary.default(''),
    learningOutcomes: courseFields.learningOutcomes.default([]),
    prerequisiteIds: courseFields.prerequisiteIds.default([]),
    eligiblePositionIds: courseFields.eligiblePositionIds.default([]),
    trainerQualification: ZTrainerQualification.default({ text: '', competencyCode: null, minLevel: null }),
    trainersPerRun: courseFields.trainersPerRun.default(1),
    trainerDays: courseFields.trainerDays.default(null),
    fixedCostByCategory: ZCostByCategory.default({ 'trainer-fees': 0, venue: 0, 'travel-per-diem': 0, materials: 0 }),
    costPerParticipantByCategory: ZCostByCategory.default({ 'trainer-fees': 0, venue: 0, 'travel-per-diem': 0, materials: 0 }),
    maxRunsPerYear: courseFields.maxRunsPerYear.default(null),
    status: ZCourseStatus.default('active'),
  }),
);
export type TCourseCreate = z.output<typeof ZCourseCreate>;
export type TCourseInput = z.input<typeof ZCourseCreate>;

export const ZCourseUpdate = refined(z.object(courseFields).partial());
export type TCourseUpdate = z.output<typeof ZCourseUpdate>;

export const ZCourseRef = z.object({ id: ZId, code: z.string(), titleEn: z.string(), titlePt: z.string() });
export type TCourseRef = z.infer<typeof ZCourseRef>;

export const ZCourse = z.object({
  id: ZId,
  code: z.string(),
  titleEn: z.string(),
  titlePt: z.string(),
  summaryEn: z.string(),
  summaryPt: z.string(),
  functionalArea: ZFunctionalArea,
  learningOutcomes: z.array(z.object({ en: z.string(), pt: z.string() })),
  /** Names from the administration's current framework; null when the code is no longer in it. */
  raises: z.array(
    z.object({ competencyCode: z.string(), levels: z.number(), toLevel: z.number().int().nullable(), nameEn: z.string().nullable(), namePt: z.string().nullable() }),
  ),
  methods: z.array(ZCourseMethod),
  delivery: ZCourseDelivery,
  days: z.number(),
  capacity: z.number().int(),
  minParticipants: z.number().int(),
  prerequisites: z.array(ZCourseRef),
  /** Courses that name this one as a prerequisite. */
  requiredBy: z.array(ZCourseRef),
  eligiblePositions: z.array(z.object({ id: ZId, code: z.string(), title: z.string() })),
  trainerQualification: z.object({ text: z.string(), competencyCode: z.string().nullable(), minLevel: z.number().int().nullable() }),
  trainersPerRun: z.number().int(),
  /** Trainer-days one run consumes: the set value, or days × trainers per run. */
  trainerDays: z.number(),
  isTrainerDaysDefault: z.boolean(),
  fixedCostByCategory: z.record(z.enum(COST_CATEGORIES), z.number()),
  costPerParticipantByCategory: z.record(z.enum(COST_CATEGORIES), z.number()),
  fixedCost: z.number(),
  costPerParticipant: z.number(),
  /** One run filled to capacity: fixed cost + capacity × cost per participant. */
  fullRunCost: z.number(),
  languages: z.array(z.string()),
  maxRunsPerYear: z.number().int().nullable(),
  status: ZCourseStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCourse = z.infer<typeof ZCourse>;

export const ZCourseList = z.object({ items: z.array(ZCourse) });
export type TCourseList = z.infer<typeof ZCourseList>;

export const ZCourseListQuery = z.object({
  functionalArea: ZFunctionalArea.optional(),
  status: ZCourseStatus.optional(),
  search: z.string().trim().max(100).optional(),
});
export type TCourseListQuery = z.infer<typeof ZCourseListQuery>;

export const ZCourseImportQuery = z.object({ fileName: z.string().trim().min(1).max(255).default('catalogue.xlsx') });
export const ZCourseImportResult = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export type TCourseImportResult = z.infer<typeof ZCourseImportResult>;
/** Details of a refused catalogue import: nothing was written. */
export const ZCourseImportErrors = z.object({ errors: z.array(ZImportRowError) });

export const ZCatalogueInstalled = z.object({ created: z.number().int(), skippedCompetencies: z.array(z.string()) });
export type TCatalogueInstalled = z.infer<typeof ZCatalogueInstalled>;
