import { z } from 'zod';
import { ZId } from './common.js';

/** Officer fields a staff spreadsheet column can map to. */
export const STAFF_IMPORT_FIELDS = [
  'employeeNumber',
  'givenNames',
  'familyName',
  'sex',
  'dateOfBirth',
  'grade',
  'position',
  'orgUnit',
  'location',
  'hireDate',
  'languages',
  'email',
  'phone',
  'status',
] as const;
export const ZStaffImportField = z.enum(STAFF_IMPORT_FIELDS);
export type TStaffImportField = z.infer<typeof ZStaffImportField>;
export const REQUIRED_IMPORT_FIELDS: readonly TStaffImportField[] = [
  'employeeNumber',
  'givenNames',
  'familyName',
  'sex',
  'orgUnit',
];

/** Spreadsheet header → officer field; headers not listed are ignored. */
export const ZImportMapping = z.record(z.string().max(200), ZStaffImportField.nullable());
export type TImportMapping = z.infer<typeof ZImportMapping>;

/** Kinds of problem an import reports; the UI translates `importError.<code>` and falls back to `reason`. */
export const IMPORT_ERROR_CODES = [
  'not_mapped',
  'mapped_twice',
  'required',
  'too_long',
  'invalid_employee_number',
  'duplicate_employee_number',
  'invalid_sex',
  'invalid_status',
  'invalid_date',
  'impossible_date',
  'date_too_early',
  'date_in_future',
  'too_young',
  'hired_too_young',
  'invalid_grade',
  'invalid_language',
  'too_many_languages',
  'invalid_email',
  'invalid_phone',
  'unknown_org_unit',
  'unknown_position',
  'unknown_location',
] as const;
export type TImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export const ZImportRowError = z.object({
  /** 1-based spreadsheet row (the header is row 1); 0 for a problem with the column mapping. */
  row: z.number().int(),
  field: z.string(),
  /** Open string rather than an enum, so an older client meeting a newer code still shows `reason`. */
  code: z.string(),
  /** Values the message names: the cell text (`value`), limits, the first row of a duplicate… */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The problem in English, for API and file consumers. */
  reason: z.string(),
});
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportOptions = z.object({
  mapping: ZImportMapping.optional(),
  /** Create org units, positions and locations named in the file that do not exist yet. */
  createMissing: z.boolean().default(false),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;

export const ZImportPreview = z.object({
  id: ZId,
  fileName: z.string(),
  status: z.enum(['previewed', 'committed']),
  headers: z.array(z.string()),
  mapping: ZImportMapping,
  createMissing: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  errors: z.array(ZImportRowError),
  missing: z.object({
    orgUnits: z.array(z.string()),
    positions: z.array(z.string()),
    locations: z.array(z.string()),
  }),
  sample: z.array(z.record(z.string(), z.string())),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z.object({
  id: ZId,
  created: z.number().int(),
  updated: z.number().int(),
  createdOrgUnits: z.number().int(),
  createdPositions: z.number().int(),
  createdLocations: z.number().int(),
});
export type TImportResult = z.infer<typeof ZImportResult>;

export const ZImportUploadQuery = z.object({
  fileName: z.string().trim().min(1).max(200),
  createMissing: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const ZExportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ reachable: z.boolean(), kind: z.enum(['pglite', 'postgres']) }),
  migrations: z.object({ current: z.boolean(), applied: z.number().int(), pending: z.array(z.string()) }),
  version: z.string(),
});
export type THealth = z.infer<typeof ZHealth>;
