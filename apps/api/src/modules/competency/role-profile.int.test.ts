import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];
let v1: string;
let codes: Map<string, string>;
let inspector: string;

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
  v1 = (await s.request('POST', '/api/v1/frameworks', { name: 'Grid', from: 'default' })).json().versions[0].id;
  const grid = (await s.request('GET', `/api/v1/framework-versions/${v1}/role-profiles`)).json();
  codes = new Map(grid.competencies.map((c: { code: string; id: string }) => [c.code, c.id]));
  const [position] = await ctx.database.raw.query<{ id: string }>(
    `insert into positions (administration_id, code, title, grade_min, grade_max) values ($1, 'INS', 'Inspector', 5, 8) returning id`,
    [adm.id],
  );
  inspector = position!.id;
});
afterAll(() => ctx.close());

const url = () => `/api/v1/framework-versions/${v1}/role-profiles`;
const cell = (positionId: string, code: string, requiredLevel: number | null, criticality = 3) => ({ positionId, competencyId: codes.get(code)!, requiredLevel, criticality });

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Role profiles');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (bytes: Buffer) => s.request('POST', `${url()}/import?fileName=rp.xlsx`, bytes, { 'content-type': 'application/octet-stream' });

describe('role-profile grid', () => {
  it('puts and gets cells, and null removes one', async () => {
    const put = await s.request('PUT', url(), {
      cells: [cell(adm.positionId, 'hs-classification', 2, 4), cell(adm.positionId, 'integrity', 3, 5), cell(inspector, 'customs-valuation', 4, 5)],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ isNewVersion: false, versionId: v1 });
    expect(put.json().positions.map((p: { code: string }) => p.code)).toEqual(['CO', 'INS']);
    await s.request('PUT', url(), { cells: [cell(adm.positionId, 'integrity', null), cell(adm.positionId, 'hs-classification', 3, 4)] });
    const grid = (await s.request('GET', url())).json();
    expect(grid.cells).toHaveLength(2);
    expect(grid.cells).toEqual(expect.arrayContaining([cell(adm.positionId, 'hs-classification', 3, 4), cell(inspector, 'customs-valuation', 4, 5)]));
  });

  it('answers 400 with field paths for levels and criticality out of range', async () => {
    const res = await s.request('PUT', url(), { cells: [cell(adm.positionId, 'integrity', 5, 3), cell(adm.positionId, 'teamwork', 2, 0)] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.cells.0.requiredLevel', 'body.cells.1.criticality']);
    const twice = await s.request('PUT', url(), { cells: [cell(adm.positionId, 'integrity', 2), cell(adm.positionId, 'integrity', 3)] });
    expect(twice.json().error.details[0].path).toBe('body.cells.1');
  });

  it('answers 404 for positions and competencies that are not the version’s, and writes nothing', async () => {
    const before = (await s.request('GET', url())).json().cells;
    const pos = await s.request('PUT', url(), { cells: [cell(adm.positionId, 'teamwork', 2), cell(crypto.randomUUID(), 'integrity', 2)] });
    expect(pos.statusCode).toBe(404);
    const other = (await s.request('POST', '/api/v1/frameworks', { name: 'Other', from: 'default' })).json().versions[0].id;
    const otherHs = (await s.request('GET', `/api/v1/framework-versions/${other}`)).json().competencies[0].id;
    const comp = await s.request('PUT', url(), { cells: [{ positionId: adm.positionId, competencyId: otherHs, requiredLevel: 1, criticality: 1 }] });
    expect(comp.statusCode).toBe(404);
    expect((await s.request('GET', url())).json().cells).toEqual(before);
  });
});

describe('role-profile xlsx', () => {
  it('exports a positions × competencies sheet with level/criticality cells and imports it back', async () => {
    const res = await s.request('GET', `${url()}/export`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Position code', 'Position', 'integrity']);
    const hsCol = header.indexOf('hs-classification') + 1;
    expect(ws.getRow(2).getCell(1).value).toBe('CO');
    expect(ws.getRow(2).getCell(hsCol).value).toBe('3/4');

    // Change a cell, clear another, and send the file back.
    ws.getRow(2).getCell(hsCol).value = '1/2';
    ws.getRow(3).getCell(header.indexOf('customs-valuation') + 1).value = null;
    ws.getRow(3).getCell(header.indexOf('rules-of-origin') + 1).value = '2;5';
    const back = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(back.statusCode).toBe(200);
    expect(back.json().cells).toEqual(expect.arrayContaining([cell(adm.positionId, 'hs-classification', 1, 2), cell(inspector, 'rules-of-origin', 2, 5)]));
    expect(back.json().cells).toHaveLength(2);
  });

  it('refuses a file with errors as a whole, reporting each row and field', async () => {
    const before = (await s.request('GET', url())).json().cells;
    const bad = await workbook([
      ['Position code', 'Position', 'hs-classification', 'astrology'],
      ['CO', 'Customs officer', '4/4', ''],
      ['NOPE', 'Unknown', '1/1', ''],
      ['INS', 'Inspector', '7/2', ''],
      ['CO', 'Again', '1/1', ''],
    ]);
    const res = await upload(bad);
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as { row: number; field: string; code: string }[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'astrology', 'unknown_competency'],
      [3, 'Position code', 'unknown_position'],
      [4, 'hs-classification', 'invalid_cell'],
      [5, 'Position code', 'duplicate_position'],
    ]);
    expect((await s.request('GET', url())).json().cells).toEqual(before);
  });

  it('imports into a new version when the version is in use', async () => {
    await ctx.database.raw.query(
      `insert into assessment_campaigns (administration_id, name, framework_version_id, opens_on, closes_on, mode, consolidation)
       values ($1, 'TNA', $2, '2017-01-09', '2017-02-10', 'self', 'max')`,
      [adm.id, v1],
    );
    const res = await upload(await workbook([['Position code', 'integrity'], ['INS', '4/5']]));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isNewVersion: true, editedVersionId: v1 });
    expect(res.json().versionId).not.toBe(v1);
    expect(res.json().cells).toHaveLength(3);
    expect((await s.request('GET', url())).json().cells).toHaveLength(2);
    const put = await s.request('PUT', url(), { cells: [cell(adm.positionId, 'teamwork', 2)] });
    expect(put.json().isNewVersion).toBe(true);
    expect(put.json().versionId).not.toBe(res.json().versionId);
  });

  it('answers 415 when the body is not a file', async () => {
    expect((await s.request('POST', `${url()}/import`, { cells: [] })).statusCode).toBe(415);
  });
});
