import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/*.sql (the SQL is the source of truth; these give typed queries).
export const tenant = () => ({
  administrationId: uuid('administration_id').notNull(),
  id: uuid('id').notNull().default(sql`gen_random_uuid()`),
});
export const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
export const day = (name: string) => date(name, { mode: 'string' });

export const administrations = pgTable('administrations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  countryCode: text('country_code').notNull(),
  defaultLocale: text('default_locale').notNull(),
  currency: text('currency').notNull(),
  timezone: text('timezone').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const locations = pgTable(
  'locations',
  {
    ...tenant(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const orgUnits = pgTable(
  'org_units',
  {
    ...tenant(),
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    locationId: uuid('location_id'),
    closedOn: day('closed_on'),
    headOfficerId: uuid('head_officer_id'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const positions = pgTable(
  'positions',
  {
    ...tenant(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    gradeMin: integer('grade_min').notNull(),
    gradeMax: integer('grade_max').notNull(),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const officers = pgTable(
  'officers',
  {
    ...tenant(),
    employeeNumber: text('employee_number').notNull(),
    givenNames: text('given_names').notNull(),
    familyName: text('family_name').notNull(),
    sex: text('sex').notNull(),
    dateOfBirth: day('date_of_birth'),
    grade: integer('grade'),
    positionId: uuid('position_id'),
    orgUnitId: uuid('org_unit_id').notNull(),
    locationId: uuid('location_id'),
    hireDate: day('hire_date'),
    languages: text('languages').array().notNull().default(sql`'{}'`),
    email: text('email'),
    phone: text('phone'),
    status: text('status').notNull().default('active'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const officerAssignments = pgTable(
  'officer_assignments',
  {
    ...tenant(),
    officerId: uuid('officer_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
    positionId: uuid('position_id'),
    locationId: uuid('location_id'),
    grade: integer('grade'),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').notNull().default('en'),
  isActive: boolean('is_active').notNull().default(true),
  administrationId: uuid('administration_id'),
  officerId: uuid('officer_id'),
  createdAt: tz('created_at').notNull().defaultNow(),
  lastSignInAt: tz('last_sign_in_at'),
});

export const roleAssignments = pgTable('role_assignments', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id').notNull(),
  role: text('role').notNull(),
  administrationId: uuid('administration_id'),
  orgUnitId: uuid('org_unit_id'),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  administrationId: uuid('administration_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  lastSeenAt: tz('last_seen_at').notNull().defaultNow(),
  expiresAt: tz('expires_at').notNull(),
});

export const staffImports = pgTable(
  'staff_imports',
  {
    ...tenant(),
    fileName: text('file_name').notNull(),
    createdBy: uuid('created_by'),
    createdAt: tz('created_at').notNull().defaultNow(),
    status: text('status').notNull().default('previewed'),
    headers: jsonb('headers').$type<string[]>().notNull(),
    rows: json('rows').$type<Record<string, string>[]>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, string | null>>().notNull(),
    createMissing: boolean('create_missing').notNull().default(false),
    committedAt: tz('committed_at'),
    result: jsonb('result').$type<Record<string, number | string>>(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.id] })],
);

export const importMappings = pgTable(
  'import_mappings',
  {
    administrationId: uuid('administration_id').notNull(),
    kind: text('kind').notNull(),
    mapping: jsonb('mapping').$type<Record<string, string | null>>().notNull(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.administrationId, t.kind] })],
);
