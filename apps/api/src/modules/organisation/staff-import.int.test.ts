import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, managerOf, type Session, type TestContext } from '../../../test/harness.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp({ env: { MAX_UPLOAD_MB: '1' } });
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const HEADERS = ['Employee No', 'Given names', 'Surname', 'Sex', 'Unit', 'Position', 'Grade', 'Hire date', 'Languages', 'Email'];

async function xlsx(rows: (string | number)[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Staff');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (bytes: Buffer, fileName = 'staff.xlsx', createMissing = false) =>
  s.request('POST', `/api/v1/imports/staff?fileName=${encodeURIComponent(fileName)}&createMissing=${createMissing}`, bytes, {
    'content-type': 'application/octet-stream',
  });
const countOfficers = async () => (await s.request('GET', '/api/v1/officers?pageSize=1')).json().total as number;

describe('staff import', () => {
  it('previews every rejected row with row number, field and reason, and writes nothing', async () => {
    const before = await countOfficers();
    const file = await xlsx([
      ['TL-1', 'Ana', 'Soares', 'F', 'DG', 'CO', 4, '2018-01-15', 'tet, pt', 'ana@example.tl'],
      ['TL-2', 'João', 'Belo', 'X', 'Nowhere', 'CO', 44, '31/02/2019', 'tet', 'not-an-email'],
      ['TL-1', 'Rosa', 'Pinto', 'F', 'DG', '', '', '', '', ''],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(201);
    const preview = res.json();
    expect(preview.totalRows).toBe(3);
    expect(preview.validRows).toBe(1);
    const byRow = (row: number) => preview.errors.filter((e: { row: number }) => e.row === row).map((e: { field: string }) => e.field).sort();
    expect(byRow(3)).toEqual(['email', 'grade', 'hireDate', 'orgUnit', 'sex']);
    expect(byRow(4)).toEqual(['employeeNumber']);
    expect(preview.errors[0].reason).toEqual(expect.any(String));
    const commit = await s.request('POST', `/api/v1/imports/staff/${preview.id}/commit`);
    expect(commit.statusCode).toBe(400);
    expect(await countOfficers()).toBe(before);
  });

  it('commits in one go, creates missing units on request, and is idempotent by employee number', async () => {
    const rows = [
      ['TL-100', 'Ana', 'Soares', 'F', 'DG', 'CO', 4, '2018-01-15', 'tet, pt', 'ana.soares@example.tl'],
      ['TL-101', 'Mateus', 'Guterres', 'M', 'Batugade post', 'CO', 5, '2012-06-01', 'tet', ''],
    ];
    const first = (await upload(await xlsx(rows))).json();
    expect(first.missing.orgUnits).toEqual(['Batugade post']);
    expect(first.errors.map((e: { field: string }) => e.field)).toEqual(['orgUnit']);
    const fixed = (await s.request('PUT', `/api/v1/imports/staff/${first.id}`, { createMissing: true })).json();
    expect(fixed.errors).toEqual([]);
    expect(fixed).toMatchObject({ toCreate: 2, toUpdate: 0 });
    const result = (await s.request('POST', `/api/v1/imports/staff/${first.id}/commit`)).json();
    expect(result).toMatchObject({ created: 2, updated: 0, createdOrgUnits: 1 });
    expect((await s.request('POST', `/api/v1/imports/staff/${first.id}/commit`)).statusCode).toBe(409);

    rows[1]![6] = 6;
    const again = (await upload(await xlsx(rows))).json();
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 2, errors: [] });
    const second = (await s.request('POST', `/api/v1/imports/staff/${again.id}/commit`)).json();
    expect(second).toMatchObject({ created: 0, updated: 2, createdOrgUnits: 0 });
    const found = (await s.request('GET', '/api/v1/officers?q=TL-101')).json();
    expect(found.total).toBe(1);
    const detail = (await s.request('GET', `/api/v1/officers/${found.items[0].id}`)).json();
    expect(detail.grade).toBe(6);
    expect(detail.assignments).toHaveLength(2);
    expect(detail.assignments[0]).toMatchObject({ validFrom: '2026-11-29', validTo: null, grade: 6 });
  });

  it('remembers the column mapping the administration used', async () => {
    const headers = ['Ref', 'Nome', 'Apelido', 'Sexo', 'Unidade'];
    const first = (await upload(await xlsx([['TL-300', 'Rosa', 'Magno', 'F', 'DG']], headers))).json();
    expect(first.mapping.Ref).toBeNull();
    const mapped = (await s.request('PUT', `/api/v1/imports/staff/${first.id}`, { mapping: { ...first.mapping, Ref: 'employeeNumber' } })).json();
    expect(mapped.errors).toEqual([]);
    await s.request('POST', `/api/v1/imports/staff/${first.id}/commit`);
    const next = (await upload(await xlsx([['TL-301', 'Rosa', 'Magno', 'F', 'DG']], headers))).json();
    expect(next.mapping.Ref).toBe('employeeNumber');
  });

  it('reads csv with the same rules', async () => {
    const csv = Buffer.from('\uFEFFEmployee number;Given names;Family name;Sex;Org unit\nTL-400;Teresa;Amaral;feminino;DG\n', 'utf8');
    const preview = (await upload(csv, 'staff.csv')).json();
    expect(preview).toMatchObject({ totalRows: 1, validRows: 1, errors: [] });
  });

  it('refuses hostile and oversized files with clear errors', async () => {
    const notXlsx = await upload(Buffer.from('PK\u0003\u0004garbage that is no zip'), 'staff.xlsx');
    expect([400, 415]).toContain(notXlsx.statusCode);
    expect(notXlsx.json().error.message).toMatch(/xlsx|csv/i);
    const ole = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'old.xls');
    expect(ole.statusCode).toBe(415);
    const big = await upload(Buffer.alloc(1024 * 1024 + 10, 65), 'big.csv');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const empty = await upload(Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const json = await s.request('POST', '/api/v1/imports/staff?fileName=x.xlsx', { not: 'a file' });
    expect(json.statusCode).toBe(415);
  });

  it('exports the filtered staff list with formulas neutralised', async () => {
    await s.request('POST', '/api/v1/officers', {
      employeeNumber: 'TL-500',
      givenNames: '=HYPERLINK("http://evil","x")',
      familyName: '@SUM(A1)',
      sex: 'male',
      orgUnitId: adm.rootUnitId,
    });
    const csv = await s.request('GET', '/api/v1/officers/export?format=csv&q=TL-500');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="staff-2026-11-29\.csv"/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(lines[1]).toContain("'@SUM(A1)");
    const file = await s.request('GET', '/api/v1/officers/export?format=xlsx&q=TL-500');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const row = wb.worksheets[0]!.getRow(2);
    expect(row.getCell(2).value).toBe("'@SUM(A1)");
    expect(row.getCell(3).value).toBe(`'=HYPERLINK("http://evil","x")`);
  });
});
