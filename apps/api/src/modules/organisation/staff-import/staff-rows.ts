import { z } from 'zod';
import { REQUIRED_IMPORT_FIELDS, STAFF_IMPORT_FIELDS } from '@formasaun/shared';
import type { TImportMapping, TImportRowError, TStaffImportField } from '@formasaun/shared';
import type { SheetRow } from './read-spreadsheet.js';
import {
  fail,
  fieldForHeader,
  issue,
  lookupKey,
  parseDate,
  parseGrade,
  parseLanguages,
  parseSex,
  parseStatus,
  plusYears,
  type Parsed,
  type TIssue,
  type TOfficerStatus,
  type TSex,
} from './staff-values.js';

export { lookupKey } from './staff-values.js';

/** An existing record by id, or one the import will create under the name the file gives. */
export type TRef = { id: string } | { create: string };

export interface TStaffRow {
  row: number;
  employeeNumber: string;
  givenNames: string;
  familyName: string;
  sex: TSex;
  dateOfBirth: string | null;
  grade: number | null;
  orgUnit: TRef;
  position: TRef | null;
  location: TRef | null;
  hireDate: string | null;
  languages: string[];
  email: string | null;
  phone: string | null;
  status: TOfficerStatus;
}

export interface StaffLookups {
  /** lookupKey(code) and lookupKey(name) → id. */
  orgUnits: Map<string, string>;
  positions: Map<string, string>;
  locations: Map<string, string>;
}

export interface StaffMissing {
  orgUnits: string[];
  positions: string[];
  locations: string[];
}

export interface StaffValidation {
  valid: TStaffRow[];
  errors: TImportRowError[];
  missing: StaffMissing;
}

const EMPLOYEE_NUMBER_MAX = 40;
const EMPLOYEE_NUMBER = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,${EMPLOYEE_NUMBER_MAX - 1}}$`);
const PHONE = /^[+0-9 ()-]*$/;
const PHONE_MAX = 40;
const ZEmail = z.email().max(200);
const MIN_AGE = 16;
const NAME_MAX = 120;

/** Suggests a field per header: a saved mapping wins for the headers it knows, then known synonyms; a field is used once. */
export function suggestMapping(headers: string[], saved?: TImportMapping): TImportMapping {
  const result = new Map<string, TStaffImportField | null>();
  const used = new Set<TStaffImportField>();
  const claim = (header: string, field: TStaffImportField | null) => {
    if (field && !used.has(field)) {
      used.add(field);
      result.set(header, field);
    } else result.set(header, null);
  };
  for (const header of headers) {
    if (saved && Object.hasOwn(saved, header)) claim(header, saved[header] ?? null);
  }
  for (const header of headers) {
    if (!result.has(header)) claim(header, fieldForHeader(header));
  }
  return Object.fromEntries(headers.map((h) => [h, result.get(h) ?? null]));
}

/** Checks every mapped cell of every row against the officer rules; reports all problems, not just the first. */
export function validateRows(
  rows: SheetRow[],
  mapping: TImportMapping,
  lookups: StaffLookups,
  createMissing: boolean,
  today: string = new Date().toISOString().slice(0, 10),
): StaffValidation {
  const missing: StaffMissing = { orgUnits: [], positions: [], locations: [] };
  const { columns, errors } = columnsOf(mapping);
  if (errors.length) return { valid: [], errors, missing };

  const resolvers = {
    orgUnit: makeResolver('unknown_org_unit', lookups.orgUnits, missing.orgUnits, createMissing),
    position: makeResolver('unknown_position', lookups.positions, missing.positions, createMissing),
    location: makeResolver('unknown_location', lookups.locations, missing.locations, createMissing),
  };
  const firstRowOf = new Map<string, number>();
  const valid: TStaffRow[] = [];

  for (const { row, values } of rows) {
    const rowErrors: TImportRowError[] = [];
    const problem = (field: TStaffImportField, { code, params, reason }: TIssue) => rowErrors.push({ row, field, code, params, reason });
    const cell = (field: TStaffImportField): string => {
      const header = columns.get(field);
      const value = header !== undefined && Object.hasOwn(values, header) ? (values[header] ?? '').trim() : '';
      // Our own export prefixes ' to cells starting with = + - @ (CSV injection); take it off on the way back in.
      return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
    };
    const required = (field: TStaffImportField): string => {
      const value = cell(field);
      if (value === '') problem(field, issue('required', {}));
      return value;
    };
    function optional<T>(field: TStaffImportField, parse: (v: string) => Parsed<T>): T | null {
      const value = cell(field);
      if (value === '') return null;
      const parsed = parse(value);
      if (parsed.ok) return parsed.value;
      problem(field, parsed);
      return null;
    }

    const employeeNumber = required('employeeNumber');
    if (employeeNumber !== '') {
      if (!EMPLOYEE_NUMBER.test(employeeNumber)) {
        problem('employeeNumber', issue('invalid_employee_number', { value: employeeNumber, max: EMPLOYEE_NUMBER_MAX }));
      } else {
        const key = employeeNumber.toUpperCase();
        const first = firstRowOf.get(key);
        if (first !== undefined) problem('employeeNumber', issue('duplicate_employee_number', { value: employeeNumber, firstRow: first }));
        else firstRowOf.set(key, row);
      }
    }
    const givenNames = required('givenNames');
    if (givenNames.length > NAME_MAX) problem('givenNames', issue('too_long', { max: NAME_MAX }));
    const familyName = required('familyName');
    if (familyName.length > NAME_MAX) problem('familyName', issue('too_long', { max: NAME_MAX }));

    const sexText = required('sex');
    const sex = sexText === '' ? null : check('sex', parseSex(sexText), problem);

    const dateOfBirth = optional('dateOfBirth', parseDate);
    if (dateOfBirth !== null) {
      if (dateOfBirth > today) {
        problem('dateOfBirth', issue('date_in_future', { value: cell('dateOfBirth') }));
      } else if (plusYears(dateOfBirth, MIN_AGE) > today) {
        problem('dateOfBirth', issue('too_young', { value: cell('dateOfBirth'), minAge: MIN_AGE }));
      }
    }
    const hireDate = optional('hireDate', parseDate);
    if (hireDate !== null && dateOfBirth !== null && hireDate < plusYears(dateOfBirth, MIN_AGE)) {
      problem('hireDate', issue('hired_too_young', { value: cell('hireDate'), minAge: MIN_AGE, dateOfBirth }));
    }

    const grade = optional('grade', parseGrade);
    const languages = optional('languages', parseLanguages) ?? [];
    const email = optional('email', (v) => (ZEmail.safeParse(v).success ? { ok: true, value: v } : fail('invalid_email', { value: v })));
    const phone = optional('phone', (v) =>
      PHONE.test(v) && v.length <= PHONE_MAX ? { ok: true, value: v } : fail('invalid_phone', { value: v, max: PHONE_MAX }),
    );
    const status = optional('status', parseStatus) ?? 'active';

    const orgUnitName = required('orgUnit');
    const orgUnit = orgUnitName === '' ? null : check('orgUnit', resolvers.orgUnit(orgUnitName), problem);
    const position = optional('position', resolvers.position);
    const location = optional('location', resolvers.location);

    if (rowErrors.length || !sex || !orgUnit) {
      errors.push(...rowErrors);
      continue;
    }
    valid.push({
      row,
      employeeNumber,
      givenNames,
      familyName,
      sex,
      dateOfBirth,
      grade,
      orgUnit,
      position,
      location,
      hireDate,
      languages,
      email,
      phone,
      status,
    });
  }
  return { valid, errors, missing };
}

/** Field → header, or row-0 errors for required fields that no column maps to (or fields two columns map to). */
function columnsOf(mapping: TImportMapping): { columns: Map<TStaffImportField, string>; errors: TImportRowError[] } {
  const columns = new Map<TStaffImportField, string>();
  const errors: TImportRowError[] = [];
  for (const [header, field] of Object.entries(mapping)) {
    if (!field || !(STAFF_IMPORT_FIELDS as readonly string[]).includes(field)) continue;
    const other = columns.get(field);
    if (other !== undefined) {
      errors.push({ row: 0, field, ...issue('mapped_twice', { field, first: other, second: header }) });
    } else columns.set(field, header);
  }
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!columns.has(field)) errors.push({ row: 0, field, ...issue('not_mapped', {}) });
  }
  return { columns, errors };
}

function check<T>(field: TStaffImportField, parsed: Parsed<T>, problem: (f: TStaffImportField, found: TIssue) => void): T | null {
  if (parsed.ok) return parsed.value;
  problem(field, parsed);
  return null;
}

type Resolver = (name: string) => Parsed<TRef>;
type UnknownCode = 'unknown_org_unit' | 'unknown_position' | 'unknown_location';

function makeResolver(code: UnknownCode, lookup: Map<string, string>, missing: string[], createMissing: boolean): Resolver {
  // Every spelling of one missing name resolves to the first spelling seen, so it is created once.
  const listed = new Map<string, string>();
  return (name) => {
    const key = lookupKey(name);
    const id = lookup.get(key);
    if (id !== undefined) return { ok: true, value: { id } };
    // Listed either way, so the report shows what "create missing" would add.
    let spelling = listed.get(key);
    if (spelling === undefined) {
      spelling = name.trim().replace(/\s+/g, ' ');
      listed.set(key, spelling);
      missing.push(spelling);
    }
    return createMissing ? { ok: true, value: { create: spelling } } : fail(code, { value: name });
  };
}
