import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './read-spreadsheet.js';
import { neutraliseCell, writeStaffCsv, writeStaffXlsx } from './staff-export.js';
import { suggestMapping, validateRows } from './staff-rows.js';

const COLUMNS = [
  { key: 'employeeNumber', header: 'Employee number' },
  { key: 'givenNames', header: 'Given names' },
  { key: 'familyName', header: 'Family name' },
  { key: 'sex', header: 'Sex' },
  { key: 'grade', header: 'Grade' },
  { key: 'orgUnitName', header: 'Org unit' },
  { key: 'phone', header: 'Phone' },
  { key: 'note', header: 'Note' },
];

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@SUM(A1:A9)', '\tfoo', '\rbar'];

const ROWS = [
  { employeeNumber: '123456', givenNames: 'João Maria', familyName: 'da Costa-Gusmão', sex: 'male', grade: 7, orgUnitName: 'Direcção de Alfândega, Díli', phone: '+670 7723 4567', note: 'said "ok"\nthen left' },
  { employeeNumber: 'TL-0002', givenNames: 'Ana', familyName: 'Ximenes', sex: 'female', grade: null, orgUnitName: 'Posto de Batugadé', phone: null, note: 'well-known' },
  ...HOSTILE.map((note, i) => ({ employeeNumber: `H${i}`, givenNames: 'Hostile', familyName: `Row ${i}`, sex: 'female', grade: 1, orgUnitName: 'X', phone: null, note })),
];

describe('neutraliseCell', () => {
  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    expect(HOSTILE.map(neutraliseCell)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`, "'+1", "'-2", "'@SUM(A1:A9)", "'\tfoo", "'\rbar",
    ]);
    expect(['da Costa-Gusmão', 'a=b', '', "O'Neil", '1-2'].map(neutraliseCell)).toEqual(['da Costa-Gusmão', 'a=b', '', "O'Neil", '1-2']);
  });
});

describe('writeStaffCsv', () => {
  it('writes RFC 4180 csv with a BOM, CRLF and neutralised cells', () => {
    const csv = writeStaffCsv(ROWS.slice(0, 4), COLUMNS);
    expect(csv.startsWith('\uFEFFEmployee number,Given names,')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFEmployee number,Given names,Family name,Sex,Grade,Org unit,Phone,Note',
      `123456,João Maria,da Costa-Gusmão,male,7,"Direcção de Alfândega, Díli",'+670 7723 4567,"said ""ok""\nthen left"`,
      'TL-0002,Ana,Ximenes,female,,Posto de Batugadé,,well-known',
      `H0,Hostile,Row 0,female,1,X,,"'=HYPERLINK(""http://evil.example"",""click"")"`,
      "H1,Hostile,Row 1,female,1,X,,'+1",
      '',
    ]);
  });

  it('neutralises every hostile start', () => {
    const lines = writeStaffCsv(ROWS.slice(2), [{ key: 'note', header: 'Note' }]).split('\r\n');
    expect(lines).toEqual(['\uFEFFNote', `"'=HYPERLINK(""http://evil.example"",""click"")"`, "'+1", "'-2", "'@SUM(A1:A9)", "'\tfoo", `"'\rbar"`, '']);
  });
});

describe('writeStaffXlsx', () => {
  it('writes a bold frozen header, numbers as numbers and neutralised text', async () => {
    const bytes = await writeStaffXlsx(ROWS, COLUMNS, 'Staff: 2025/06');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.name).toBe('Staff  2025 06');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    expect(ws.getCell('E2').value).toBe(7);
    expect(ws.getCell('E3').value).toBe(null);
    expect(ws.getCell('A2').value).toBe('123456');
    expect(ws.getCell('C2').value).toBe('da Costa-Gusmão');
    expect(ws.getCell('G2').value).toBe("'+670 7723 4567");
    expect(HOSTILE.map((_, i) => ws.getCell(`H${4 + i}`).value)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`, "'+1", "'-2", "'@SUM(A1:A9)", "'\tfoo", "'\nbar",
    ]);
    expect(HOSTILE.map((_, i) => ws.getCell(`H${4 + i}`).type)).toEqual(HOSTILE.map(() => ExcelJS.ValueType.String));
    expect(ws.getColumn(6).width).toBe('Direcção de Alfândega, Díli'.length + 2);
    expect(ws.getColumn(4).width).toBe(8);
  });
});

describe('export → import round trip', () => {
  const expected = (neutralised: boolean, xlsx = false) =>
    ROWS.map((r) =>
      Object.fromEntries(
        COLUMNS.map((c) => {
          const v = (r as Record<string, string | number | null>)[c.key];
          const text = v === null ? '' : String(v);
          const cell = (neutralised ? neutraliseCell(text) : text).trim();
          return [c.header, xlsx ? cell.replace(/\r\n?/g, '\n') : cell];
        }),
      ),
    );

  it('reads back what the csv export wrote', async () => {
    const sheet = await readSpreadsheet(Buffer.from(writeStaffCsv(ROWS, COLUMNS), 'utf8'), 'staff.csv');
    expect(sheet.headers).toEqual(COLUMNS.map((c) => c.header));
    expect(sheet.rows.map((r) => r.values)).toEqual(expected(true));
    expect(sheet.rows[0]?.row).toBe(2);
    expect(sheet.rows[1]?.row).toBe(4); // the quoted note of row 2 spans two lines
  });

  it('reads back what the xlsx export wrote, and imports it again', async () => {
    const sheet = await readSpreadsheet(await writeStaffXlsx(ROWS, COLUMNS, 'Staff'), 'staff.xlsx');
    expect(sheet.rows.map((r) => r.values)).toEqual(expected(true, true));
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const mapping = suggestMapping(sheet.headers);
    expect(mapping).toEqual({
      'Employee number': 'employeeNumber', 'Given names': 'givenNames', 'Family name': 'familyName', Sex: 'sex',
      Grade: 'grade', 'Org unit': 'orgUnit', Phone: 'phone', Note: null,
    });
    const lookups = {
      orgUnits: new Map([['direcção de alfândega, díli', 'ou-1'], ['posto de batugadé', 'ou-2'], ['x', 'ou-3']]),
      positions: new Map<string, string>(),
      locations: new Map<string, string>(),
    };
    const { valid, errors } = validateRows(sheet.rows, mapping, lookups, false, '2025-06-15');
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({ employeeNumber: '123456', familyName: 'da Costa-Gusmão', grade: 7, phone: '+670 7723 4567', orgUnit: { id: 'ou-1' } });
    expect(valid.map((v) => v.employeeNumber)).toEqual(['123456', 'TL-0002', 'H0', 'H1', 'H2', 'H3', 'H4', 'H5']);
  });
});
