import { describe, expect, it } from 'vitest';
import { parseSignInRows, parseStatus, SHEET_HEADERS as H, sheetCodesOf } from './attendance-sheet.js';

const ctx = {
  codes: new Set(['AB12CD34']),
  days: ['2026-11-25', '2026-11-26', '2026-11-30'],
  today: '2026-11-29',
  officers: new Map([
    ['E-1', 'o1'],
    ['E-2', 'o2'],
    ['E-9', 'o9'],
  ]),
  enrolled: new Set(['o1', 'o2']),
};
const headers = Object.values(H);
const row = (row: number, values: Partial<Record<string, string>>) => ({
  row,
  values: { [H.code]: 'AB12CD34', [H.day]: '2026-11-25', [H.employeeNumber]: 'E-1', [H.name]: 'Maria', [H.status]: 'present', ...values } as Record<string, string>,
});

describe('parseSignInRows', () => {
  it('reads statuses in either language and counts blank rows', () => {
    const out = parseSignInRows({ headers, rows: [row(2, { [H.status]: 'Presente' }), row(3, { [H.employeeNumber]: 'e-2', [H.status]: 'LATE' }), row(4, { [H.day]: '2026-11-26', [H.status]: ' ' })] }, ctx);
    expect(out.errors).toEqual([]);
    expect(out.marks).toEqual([
      { row: 2, officerId: 'o1', day: '2026-11-25', status: 'present' },
      { row: 3, officerId: 'o2', day: '2026-11-25', status: 'late' },
    ]);
    expect(out.blank).toBe(1);
  });

  it('reports each bad row with its field and reason', () => {
    const out = parseSignInRows(
      {
        headers,
        rows: [
          row(2, { [H.code]: 'ZZZZ9999', [H.employeeNumber]: 'E-2', [H.day]: '2026-11-26' }),
          row(3, { [H.employeeNumber]: 'E-404' }),
          row(4, { [H.employeeNumber]: 'E-9' }),
          row(5, { [H.day]: '2026-12-01' }),
          row(6, { [H.day]: '25/11/2026' }),
          row(7, { [H.day]: '2026-11-30' }),
          row(8, { [H.status]: 'maybe', [H.day]: '2026-11-26' }),
          row(9, {}),
          row(10, {}),
        ],
      },
      ctx,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, H.code, 'unknown_sheet_code'],
      [3, H.employeeNumber, 'unknown_employee_number'],
      [4, H.employeeNumber, 'not_enrolled'],
      [5, H.day, 'day_not_in_session'],
      [6, H.day, 'invalid_date'],
      [7, H.day, 'day_in_future'],
      [8, H.status, 'invalid_status'],
      [10, H.employeeNumber, 'duplicate_row'],
    ]);
    expect(out.errors.find((e) => e.row === 10)!.reason).toContain('row 9');
  });

  it('lets a future day stay blank, and asks for the required columns', () => {
    expect(parseSignInRows({ headers, rows: [row(2, { [H.day]: '2026-11-30', [H.status]: '' })] }, ctx).errors).toEqual([]);
    expect(parseSignInRows({ headers: [H.code, H.day], rows: [] }, ctx).errors.map((e) => e.field)).toEqual([H.employeeNumber, H.status]);
  });

  it('collects the sheet codes a file names, in upper case', () => {
    expect(sheetCodesOf([row(2, { [H.code]: 'ab12cd34' }), row(3, {}), row(4, { [H.code]: 'X' })].map((r) => r))).toEqual(['AB12CD34', 'X']);
    expect(parseStatus('Justificada')).toBe('excused');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('?')).toBeUndefined();
  });
});
