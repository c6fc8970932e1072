import { ATTENDANCE_STATUSES, type TAttendanceStatus, type TImportRowError } from '@formasaun/shared';
import { randomCrockford } from './certificate-code.js';

/** The typed-back sign-in sheet: one row per participant per day, the columns the export writes. */
export const SHEET_HEADERS = { code: 'Sheet code', day: 'Day', employeeNumber: 'Employee number', name: 'Name', status: 'Status' } as const;
export const SHEET_COLUMNS = Object.values(SHEET_HEADERS).map((h) => ({ key: h, header: h }));
const REQUIRED = [SHEET_HEADERS.code, SHEET_HEADERS.day, SHEET_HEADERS.employeeNumber, SHEET_HEADERS.status];

/** A sign-in sheet's code: 8 Crockford characters (40 bits), printed on the sheet and typed back with it. */
export const newSheetCode = () => randomCrockford(8);

/** Status words a clerk may type, in either language; the export writes the English code. */
const STATUS_WORDS: Record<string, TAttendanceStatus> = {
  ...Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, s])),
  presente: 'present',
  atrasado: 'late',
  atrasada: 'late',
  ausente: 'absent',
  justificado: 'excused',
  justificada: 'excused',
};

export function parseStatus(text: string): TAttendanceStatus | null | undefined {
  const word = text.trim().toLowerCase();
  if (word === '') return null;
  return STATUS_WORDS[word];
}

export interface SheetContext {
  /** This session's sheet codes. */
  codes: ReadonlySet<string>;
  days: readonly string[];
  today: string;
  /** Every officer of the administration by employee number (upper case) → officer id. */
  officers: ReadonlyMap<string, string>;
  /** Officers enrolled in the session. */
  enrolled: ReadonlySet<string>;
}

export interface SheetMark {
  row: number;
  officerId: string;
  day: string;
  status: TAttendanceStatus;
}

const problem = (row: number, field: string, code: string, reason: string, value = ''): TImportRowError => ({
  row,
  field,
  code,
  params: value ? { value } : {},
  reason,
});

/** The sheet codes a file names, to check before its rows: a sheet of another session is refused as a whole. */
export function sheetCodesOf(rows: readonly { values: Record<string, string> }[]): string[] {
  return [...new Set(rows.map((r) => (r.values[SHEET_HEADERS.code] ?? '').trim().toUpperCase()).filter(Boolean))];
}

/**
 * Reads the rows of a typed-back sheet into attendance marks; every problem is reported with its row and column,
 * so the clerk can fix the whole file in one go. Rows without a status record nothing.
 */
export function parseSignInRows(
  sheet: { headers: string[]; rows: { row: number; values: Record<string, string> }[] },
  ctx: SheetContext,
): { marks: SheetMark[]; blank: number; errors: TImportRowError[] } {
  const errors: TImportRowError[] = [];
  for (const h of REQUIRED) if (!sheet.headers.includes(h)) errors.push(problem(1, h, 'required', `the column "${h}" is missing`));
  if (errors.length) return { marks: [], blank: 0, errors };
  const days = new Set(ctx.days);
  const seen = new Map<string, number>();
  const marks: SheetMark[] = [];
  let blank = 0;
  for (const { row, values } of sheet.rows) {
    const before = errors.length;
    const bad = (field: string, code: string, reason: string, value = '') => errors.push(problem(row, field, code, reason, value));
    const code = (values[SHEET_HEADERS.code] ?? '').trim().toUpperCase();
    const day = (values[SHEET_HEADERS.day] ?? '').trim();
    const number = (values[SHEET_HEADERS.employeeNumber] ?? '').trim();
    const statusText = values[SHEET_HEADERS.status] ?? '';
    const status = parseStatus(statusText);

    if (!code) bad(SHEET_HEADERS.code, 'required', 'the sheet code is missing');
    else if (!ctx.codes.has(code)) bad(SHEET_HEADERS.code, 'unknown_sheet_code', `"${code}" is not a sign-in sheet of this session`, code);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) bad(SHEET_HEADERS.day, 'invalid_date', 'the day must be a date as YYYY-MM-DD', day);
    else if (!days.has(day)) bad(SHEET_HEADERS.day, 'day_not_in_session', `${day} is not a day of this session`, day);
    else if (status && day > ctx.today) bad(SHEET_HEADERS.day, 'day_in_future', `${day} has not come yet`, day);
    const officerId = ctx.officers.get(number.toUpperCase());
    if (!number) bad(SHEET_HEADERS.employeeNumber, 'required', 'the employee number is missing');
    else if (!officerId) bad(SHEET_HEADERS.employeeNumber, 'unknown_employee_number', `no officer has employee number "${number}"`, number);
    else if (!ctx.enrolled.has(officerId)) bad(SHEET_HEADERS.employeeNumber, 'not_enrolled', `the officer "${number}" is not enrolled in this session`, number);
    if (status === undefined) bad(SHEET_HEADERS.status, 'invalid_status', `"${statusText.trim()}" is not one of present, late, absent, excused`, statusText.trim());
    if (officerId && days.has(day)) {
      const key = `${officerId}|${day}`;
      const first = seen.get(key);
      if (first !== undefined) bad(SHEET_HEADERS.employeeNumber, 'duplicate_row', `the same officer and day are already in row ${first}`, number);
      else seen.set(key, row);
    }
    if (errors.length > before) continue;
    if (status === null) blank++;
    else if (status && officerId) marks.push({ row, officerId, day, status });
  }
  return { marks, blank, errors };
}
