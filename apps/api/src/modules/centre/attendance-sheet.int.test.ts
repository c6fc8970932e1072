import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOfficer, createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';
import { readPdf } from '../needs/report.test-pdf.js';
import { deliveredSession } from './attendance.test-factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const upload = (session: Session, sessionId: string, bytes: Buffer) =>
  session.request('POST', `/api/v1/sessions/${sessionId}/sign-in-sheet?fileName=sheet.xlsx`, bytes, { 'content-type': 'application/octet-stream' });

async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook.worksheets[0]!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

it('prints a sheet per day and takes the typed-back xlsx: unchanged is a no-op, edits are applied', async () => {
  const { adm } = await managerOf(ctx);
  const d = await deliveredSession(ctx, adm.id, adm.rootUnitId);
  const s = d.trainerSession;
  await s.request('PUT', `/api/v1/sessions/${d.session.id}/attendance`, { entries: [{ officerId: d.officers[0]!.id, day: d.session.days[0], status: 'late' }] });

  const pdf = await s.request('GET', `/api/v1/sessions/${d.session.id}/sign-in-sheet.pdf`);
  expect(pdf.statusCode).toBe(200);
  const text = readPdf(pdf.rawPayload);
  expect(text.pages).toBe(3);
  const [{ code }] = (await ctx.database.raw.query<{ code: string }>(`select code from sign_in_sheets where session_id = $1`, [d.session.id])) as [{ code: string }];
  expect(text.text).toContain(code);
  expect(text.text).toContain('Maria Participant0');

  const xlsx = await s.request('GET', `/api/v1/sessions/${d.session.id}/sign-in-sheet.xlsx`);
  expect(xlsx.statusCode).toBe(200);
  const same = await upload(s, d.session.id, xlsx.rawPayload);
  expect(same.statusCode, same.body).toBe(200);
  expect(same.json()).toEqual({ sheetCode: code, rows: 9, changed: 0, unchanged: 1, blank: 8 });

  const typed = await edit(xlsx.rawPayload, (sheet) => {
    sheet.eachRow((row, n) => {
      if (n > 1) row.getCell(5).value = n % 2 ? 'presente' : 'Absent';
    });
  });
  const applied = await upload(s, d.session.id, typed);
  expect(applied.json()).toMatchObject({ changed: 9, blank: 0 });
  const grid = (await s.request('GET', `/api/v1/sessions/${d.session.id}/attendance`)).json();
  expect(grid.participants.flatMap((p: { marks: object }) => Object.values(p.marks)).sort()).toEqual([...Array(5).fill('absent'), ...Array(4).fill('present')]);
  expect((await upload(s, d.session.id, typed)).json()).toMatchObject({ changed: 0, unchanged: 9 });
});

it('reports every bad row and imports nothing; a sheet of another session is refused as a whole', async () => {
  const { adm, session: manager } = await managerOf(ctx);
  const d = await deliveredSession(ctx, adm.id, adm.rootUnitId);
  const other = await deliveredSession(ctx, adm.id, adm.rootUnitId);
  const stranger = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
  const xlsx = (await manager.request('GET', `/api/v1/sessions/${d.session.id}/sign-in-sheet.xlsx`)).rawPayload;
  const bad = await edit(xlsx, (sheet) => {
    sheet.getRow(2).getCell(5).value = 'present';
    sheet.getRow(3).getCell(3).value = 'E-NOBODY';
    sheet.getRow(4).getCell(3).value = stranger.employeeNumber;
    sheet.getRow(5).getCell(2).value = '2026-12-25';
    sheet.getRow(6).getCell(5).value = 'sleeping';
  });
  const res = await upload(manager, d.session.id, bad);
  expect(res.statusCode).toBe(400);
  const errors = res.json().error.details.errors as { row: number; field: string; code: string }[];
  expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
    [3, 'Employee number', 'unknown_employee_number'],
    [4, 'Employee number', 'not_enrolled'],
    [5, 'Day', 'day_not_in_session'],
    [6, 'Status', 'invalid_status'],
  ]);
  expect((await manager.request('GET', `/api/v1/sessions/${d.session.id}/attendance`)).json().participants.every((p: { marks: object }) => !Object.keys(p.marks).length)).toBe(true);

  const theirs = (await manager.request('GET', `/api/v1/sessions/${other.session.id}/sign-in-sheet.xlsx`)).rawPayload;
  const refused = await upload(manager, d.session.id, theirs);
  expect(refused.statusCode).toBe(409);
  expect(refused.json().error.message).toContain('belongs to session');
});
