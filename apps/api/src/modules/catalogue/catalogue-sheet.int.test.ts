import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';
import { HEADERS } from './catalogue-sheet.js';

let ctx: TestContext;
let s: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  ({ session: s } = await managerOf(ctx));
  await s.request('POST', '/api/v1/frameworks', { name: 'Framework', from: 'default' });
  expect((await s.request('POST', '/api/v1/courses/install-default')).statusCode).toBe(201);
});
afterAll(() => ctx.close());

const upload = (bytes: Buffer, fileName = 'catalogue.xlsx') =>
  s.request('POST', `/api/v1/courses/import?fileName=${fileName}`, bytes, { 'content-type': 'application/octet-stream' });
const list = async () => (await s.request('GET', '/api/v1/courses')).json().items as Record<string, unknown>[];
const stripTimes = (items: Record<string, unknown>[]) => items.map(({ updatedAt: _u, createdAt: _c, ...rest }) => rest);

async function exported(): Promise<ExcelJS.Workbook> {
  const res = await s.request('GET', '/api/v1/courses/export');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
const bytesOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Catalogue');
  for (const r of rows) ws.addRow(r);
  return bytesOf(wb);
}
const cellOf = (ws: ExcelJS.Worksheet, row: number, header: string) => ws.getRow(row).getCell(HEADERS.indexOf(header) + 1);
const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === code) return r;
  throw new Error(`no row ${code}`);
};

describe('catalogue xlsx', () => {
  it('exports one row per course with "; " lists and cost columns, and a round trip changes nothing', async () => {
    const before = await list();
    const wb = await exported();
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as string[]).slice(1)).toEqual(HEADERS);
    expect(ws.rowCount).toBe(before.length + 1);
    const hs201 = rowOf(ws, 'HS-201');
    expect(cellOf(ws, hs201, 'Prerequisites').value).toBe('HS-101');
    expect(cellOf(ws, hs201, 'Competencies raised').value).toBe('hs-classification +1 (to 3); tariff-application +0.5');
    expect(cellOf(ws, hs201, 'Fixed cost per run: trainer fees').value).toBe(3000);
    expect(cellOf(ws, rowOf(ws, 'AEO-201'), 'Prerequisites').value).toBe('RSK-101; TFA-101');

    const res = await upload(await bytesOf(wb));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 0, updated: 0, unchanged: before.length });
    expect(stripTimes(await list())).toEqual(stripTimes(before));
  });

  it('upserts by code in one go: edits, new courses naming each other, missing columns kept', async () => {
    const wb = await exported();
    const ws = wb.worksheets[0]!;
    cellOf(ws, rowOf(ws, 'HS-101'), 'Capacity').value = 24;
    const res = await upload(await bytesOf(wb));
    expect(res.json()).toEqual({ created: 0, updated: 1, unchanged: expect.any(Number) });

    const fresh = await workbook([
      ['Code', 'Title (en)', 'Title (pt)', 'Functional area', 'Competencies raised', 'Methods', 'Delivery', 'Days', 'Capacity', 'Minimum participants', 'Languages', 'Prerequisites', 'Fixed cost per run: venue'],
      ['NEW-2', 'Second', 'Segundo', 'origin', 'rules-of-origin +1', 'lecture', 'online', '1,5', 10, 5, 'en', 'NEW-1', 250.5],
      ['NEW-1', 'First', 'Primeiro', 'origin', 'rules-of-origin +0.5 (to 2); origin-verification +1', 'lecture; case-study', 'classroom', 2, 12, 6, 'pt; tet', 'ORI-101', null],
      // A partial row of an existing course: absent columns (summary, costs, outcomes…) keep their values.
      ['ORI-101', 'Rules of origin: basic', 'Regras de origem: nível básico', 'origin', 'rules-of-origin +1 (to 2)', 'lecture; case-study', 'classroom', 3, 20, 10, 'tet; pt; id', '', 450],
    ]);
    const created = await upload(fresh);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toEqual({ created: 2, updated: 0, unchanged: 1 });
    const items = await list();
    const second = items.find((c) => c.code === 'NEW-2') as { days: number; prerequisites: { code: string }[]; fixedCost: number; delivery: string };
    expect(second).toMatchObject({ days: 1.5, fixedCost: 250.5, delivery: 'online', prerequisites: [{ code: 'NEW-1' }] });
  });

  it('refuses a file with bad rows as a whole, naming row, column and problem', async () => {
    const before = stripTimes(await list());
    const header = ['Code', 'Title (en)', 'Title (pt)', 'Functional area', 'Competencies raised', 'Methods', 'Delivery', 'Days', 'Capacity', 'Minimum participants', 'Languages', 'Prerequisites', 'Eligible positions'];
    const ok = ['GOOD-1', 'Good', 'Bom', 'valuation', 'customs-valuation +1', 'lecture', 'classroom', 2, 20, 10, 'en', '', ''];
    const bad = await workbook([
      header,
      ok,
      ['BAD-2', 'Bad', 'Mau', 'astrology', 'customs-valuation +1', 'lecture', 'classroom', 2, 20, 30, 'en', '', ''],
      ['BAD-3', 'Bad', 'Mau', 'valuation', 'stargazing +1; customs-valuation plus one', 'lecture', 'classroom', 'two', 20, 10, 'en', 'NOPE-9', 'XX'],
      ['good-1', 'Again', 'Outra vez', 'valuation', 'customs-valuation +1', 'lecture', 'classroom', 2, 20, 10, 'en', '', ''],
      ['CYC-1', 'Cycle', 'Ciclo', 'valuation', 'customs-valuation +1', 'lecture', 'classroom', 2, 20, 10, 'en', 'CYC-2', ''],
      ['CYC-2', 'Cycle', 'Ciclo', 'valuation', 'customs-valuation +1', 'lecture', 'classroom', 2, 20, 10, 'en', 'CYC-1', ''],
      ['BAD-8', 'Bad', 'Mau', 'valuation', 'astrology +1', 'lecture', 'classroom', 2, 20, 10, 'en', '', ''],
    ]);
    const res = await upload(bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    const errors = res.json().error.details.errors as { row: number; field: string; code: string; reason: string }[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [3, 'Functional area', 'unknown_area'],
      [3, 'Minimum participants', 'invalid'],
      [4, 'Competencies raised', 'invalid_raise'],
      [4, 'Eligible positions', 'unknown_position'],
      [4, 'Days', 'invalid_number'],
      [5, 'Code', 'duplicate_code'],
      [6, 'Prerequisites', 'prerequisite_cycle'],
      [7, 'Prerequisites', 'prerequisite_cycle'],
      [8, 'Competencies raised', 'unknown_competency'],
    ]);
    expect(errors.find((e) => e.row === 6)!.reason).toMatch(/CYC-1 → CYC-2 → CYC-1|CYC-2 → CYC-1 → CYC-2/);
    expect(stripTimes(await list())).toEqual(before);

    const missing = await upload(await workbook([['Code', 'Title (en)'], ['X', 'Y']]));
    expect(missing.json().error.details.errors.map((e: { field: string }) => e.field)).toContain('Competencies raised');
  });

  it('names unknown prerequisites and refuses what is not a spreadsheet', async () => {
    const wb = await exported();
    const ws = wb.worksheets[0]!;
    cellOf(ws, rowOf(ws, 'HS-201'), 'Prerequisites').value = 'HS-101; HS-999';
    const res = await upload(await bytesOf(wb));
    expect(res.json().error.details.errors).toEqual([
      { row: rowOf(ws, 'HS-201'), field: 'Prerequisites', code: 'unknown_course', params: { value: 'HS-999' }, reason: 'no course with code "HS-999" in the catalogue or the file' },
    ]);
    expect((await s.request('POST', '/api/v1/courses/import', { not: 'a file' })).statusCode).toBe(415);
    const word = await upload(Buffer.from('%PDF-1.4 not a sheet'), 'catalogue.xlsx');
    expect(word.statusCode).toBe(415);
  });
});
