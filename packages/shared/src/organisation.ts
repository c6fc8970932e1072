import { z } from 'zod';
import { optionalText, pageOf, text, ZDate, ZId } from './common.js';

export const ORG_UNIT_KINDS = ['directorate', 'department', 'unit', 'office'] as const;
export const ZOrgUnitKind = z.enum(ORG_UNIT_KINDS);
export const LOCATION_KINDS = ['headquarters', 'seaport', 'airport', 'land_border_post', 'inland_office'] as const;
export const ZLocationKind = z.enum(LOCATION_KINDS);
export const SEXES = ['female', 'male'] as const;
export const ZSex = z.enum(SEXES);
export const OFFICER_STATUSES = ['active', 'on_leave', 'left'] as const;
export const ZOfficerStatus = z.enum(OFFICER_STATUSES);
export const ZGrade = z.number().int().min(1).max(20);
/** ISO 639-1 language codes (tet for Tetum is 639-2/3, accepted too). */
export const ZLanguage = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/, 'a language code such as en, pt, tet');

export const ZAdministration = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  countryCode: z.string(),
  defaultLocale: z.string(),
  currency: z.string(),
  timezone: z.string(),
});
export type TAdministration = z.infer<typeof ZAdministration>;
export const ZAdministrationCreate = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{2,60}$/, 'lower-case letters, digits and hyphens'),
  name: z.string().trim().min(1).max(200),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'ISO 3166 two-letter code'),
  defaultLocale: z.enum(['en', 'pt']).default('en'),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'ISO 4217 code').default('USD'),
  timezone: z.string().trim().min(1).max(60).default('UTC'),
});
export type TAdministrationCreate = z.infer<typeof ZAdministrationCreate>;

export const ZOrgUnit = z.object({
  id: ZId,
  parentId: ZId.nullable(),
  code: z.string(),
  name: z.string(),
  kind: ZOrgUnitKind,
  locationId: ZId.nullable(),
  closedOn: ZDate.nullable(),
  officerCount: z.number().int().nonnegative(),
  /** The head: default assessor of the unit's officers' supervisor forms. */
  headOfficerId: ZId.nullable(),
  headOfficerName: z.string().nullable(),
});
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

export const ZOrgUnitCreate = z.object({
  parentId: ZId.nullable(),
  code: text(40),
  name: text(200),
  kind: ZOrgUnitKind,
  locationId: ZId.nullish().transform((v) => v ?? null),
});
export type TOrgUnitCreate = z.infer<typeof ZOrgUnitCreate>;
export const ZOrgUnitUpdate = z.object({
  code: text(40).optional(),
  name: text(200).optional(),
  kind: ZOrgUnitKind.optional(),
  locationId: ZId.nullable().optional(),
  /** An active officer of the unit or of a unit above it; null clears. */
  headOfficerId: ZId.nullable().optional(),
});
export type TOrgUnitUpdate = z.infer<typeof ZOrgUnitUpdate>;
export const ZOrgUnitMove = z.object({ parentId: ZId.nullable() });
export const ZOrgUnitClose = z.object({ closedOn: ZDate });

export const ZLocation = z.object({
  id: ZId,
  code: z.string(),
  name: z.string(),
  kind: ZLocationKind,
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type TLocation = z.infer<typeof ZLocation>;
export const ZLocationCreate = z.object({
  code: text(40),
  name: text(200),
  kind: ZLocationKind,
  latitude: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  longitude: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
});
export type TLocationCreate = z.infer<typeof ZLocationCreate>;

export const ZPosition = z.object({
  id: ZId,
  code: z.string(),
  title: z.string(),
  gradeMin: ZGrade,
  gradeMax: ZGrade,
  description: z.string().nullable(),
});
export type TPosition = z.infer<typeof ZPosition>;
export const ZPositionCreate = z
  .object({
    code: text(40),
    title: text(200),
    gradeMin: ZGrade,
    gradeMax: ZGrade,
    description: optionalText(2000),
  })
  .refine((p) => p.gradeMin <= p.gradeMax, { path: ['gradeMax'], message: 'must be at least gradeMin' });
export type TPositionCreate = z.infer<typeof ZPositionCreate>;

export const ZOfficer = z.object({
  id: ZId,
  employeeNumber: z.string(),
  givenNames: z.string(),
  familyName: z.string(),
  sex: ZSex,
  dateOfBirth: ZDate.nullable(),
  grade: ZGrade.nullable(),
  positionId: ZId.nullable(),
  positionTitle: z.string().nullable(),
  orgUnitId: ZId,
  orgUnitName: z.string(),
  locationId: ZId.nullable(),
  locationName: z.string().nullable(),
  hireDate: ZDate.nullable(),
  languages: z.array(z.string()),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: ZOfficerStatus,
});
export type TOfficer = z.infer<typeof ZOfficer>;

export const ZOfficerInput = z.object({
  employeeNumber: text(40),
  givenNames: text(120),
  familyName: text(120),
  sex: ZSex,
  dateOfBirth: ZDate.nullish().transform((v) => v ?? null),
  grade: ZGrade.nullish().transform((v) => v ?? null),
  positionId: ZId.nullish().transform((v) => v ?? null),
  orgUnitId: ZId,
  locationId: ZId.nullish().transform((v) => v ?? null),
  hireDate: ZDate.nullish().transform((v) => v ?? null),
  languages: z.array(ZLanguage).max(10).default([]),
  email: z.email().max(200).nullish().transform((v) => v ?? null),
  phone: z.string().trim().max(40).regex(/^[+0-9 ()-]*$/, 'digits, spaces, + ( ) - only').nullish().transform((v) => v || null),
  status: ZOfficerStatus.default('active'),
});
export type TOfficerInput = z.infer<typeof ZOfficerInput>;
export const ZOfficerUpdate = ZOfficerInput.partial().extend({
  /** Date the unit/position change takes effect; defaults to today. */
  effectiveFrom: ZDate.optional(),
});
export type TOfficerUpdate = z.infer<typeof ZOfficerUpdate>;

export const OFFICER_SORTS = ['familyName', 'employeeNumber', 'grade', 'hireDate', 'orgUnit', 'position'] as const;
export const ZOfficerListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  orgUnitId: ZId.optional(),
  positionId: ZId.optional(),
  locationId: ZId.optional(),
  sex: ZSex.optional(),
  grade: z.coerce.number().int().min(1).max(20).optional(),
  status: ZOfficerStatus.optional(),
  sort: z.enum(OFFICER_SORTS).default('familyName'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TOfficerListQuery = z.infer<typeof ZOfficerListQuery>;
export const ZOfficerPage = pageOf(ZOfficer);
export type TOfficerPage = z.infer<typeof ZOfficerPage>;

export const ZAssignment = z.object({
  id: ZId,
  orgUnitId: ZId,
  orgUnitName: z.string(),
  positionId: ZId.nullable(),
  positionTitle: z.string().nullable(),
  locationId: ZId.nullable(),
  grade: ZGrade.nullable(),
  validFrom: ZDate,
  validTo: ZDate.nullable(),
});
export type TAssignment = z.infer<typeof ZAssignment>;
export const ZOfficerDetail = ZOfficer.extend({ assignments: z.array(ZAssignment) });
export type TOfficerDetail = z.infer<typeof ZOfficerDetail>;

/** Head-count aggregates: the only staff figures a programme viewer may read. */
export const ZStaffSummary = z.object({
  administrationId: ZId,
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  bySex: z.record(z.string(), z.number().int()),
  byOrgUnit: z.array(z.object({ orgUnitId: ZId, name: z.string(), female: z.number().int(), male: z.number().int() })),
});
export type TStaffSummary = z.infer<typeof ZStaffSummary>;
