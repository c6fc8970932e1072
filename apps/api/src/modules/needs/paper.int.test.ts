import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministration, createOfficer, createOrgUnit, createTestApp, createUser, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createFramework, setRoleProfile } from './needs.test-factories.js';
import { readPdf } from './report.test-pdf.js';

let ctx: TestContext;
let w: Awaited<ReturnType<typeof world>>;

/** DG ─ Fronteira ─ Posto de Batugadé (3 officers) and Posto de Salele (1); DG ─ Sede (1, outside the campaign). */
async function world() {
  const db = ctx.database;
  const adm = await createAdministration(db);
  const border = await createOrgUnit(db, adm.id, adm.rootUnitId, 'Fronteira terrestre');
  const post = await createOrgUnit(db, adm.id, border, 'Posto de Batugadé');
  const salele = await createOrgUnit(db, adm.id, border, 'Posto de Salele');
  const hq = await createOrgUnit(db, adm.id, adm.rootUnitId, 'Sede');
  const fw = await createFramework(db, adm.id, [
    { code: 'valuation', area: 'trade' },
    { code: 'hs', area: 'trade' },
    { code: 'ethics', area: 'values' },
    { code: 'intel', area: 'enforcement' },
  ]);
  await db.raw.query(
    `update competencies set name_pt = 'Determinação do valor aduaneiro', indicators = $2 where administration_id = $1 and code = 'valuation'`,
    [
      adm.id,
      JSON.stringify({
        '1': { en: 'Knows the six methods', pt: 'Conhece os seis métodos de determinação do valor aduaneiro do Acordo da OMC' },
        '3': { en: 'Applies the transaction value', pt: 'Aplica o valor transacional com ajustamentos e verifica a fatura comercial' },
      }),
    ],
  );
  const [valuation, hs, ethics, intel] = fw.competencies.map((c) => c.id) as [string, string, string, string];
  await setRoleProfile(db, adm.id, fw.versionId, adm.positionId, [
    { competencyId: valuation, requiredLevel: 3, criticality: 5 },
    { competencyId: hs, requiredLevel: 3, criticality: 4 },
    { competencyId: ethics, requiredLevel: 3, criticality: 2 },
  ]);
  const pos = { positionId: adm.positionId };
  const officers = {
    a: await createOfficer(db, adm.id, post, { ...pos, familyName: 'Ximenes' }),
    b: await createOfficer(db, adm.id, post, { ...pos, familyName: 'Guterres' }),
    c: await createOfficer(db, adm.id, post, { ...pos, familyName: 'Conceição' }),
    d: await createOfficer(db, adm.id, salele, { ...pos, familyName: 'Lobato' }),
    outside: await createOfficer(db, adm.id, hq, { ...pos, familyName: 'Sarmento' }),
  };
  const manager = await signIn(ctx.app, await createUser(db, { administrationId: adm.id, roles: [{ role: 'training_manager' }] }));
  const created = await manager.request('POST', '/api/v1/campaigns', {
    name: 'ANF 2026 – postos fronteiriços',
    frameworkVersionId: fw.versionId,
    opensOn: '2026-11-01',
    closesOn: '2026-12-15',
    mode: 'both',
    consolidation: 'mean',
    scopes: [{ orgUnitId: border }],
  });
  const campaignId = created.json().id as string;
  expect((await manager.request('POST', `/api/v1/campaigns/${campaignId}/open`)).statusCode).toBe(200);
  const self = await signIn(ctx.app, await createUser(db, { administrationId: adm.id, officerId: officers.c.id, roles: [{ role: 'officer' }] }));
  return { adm, units: { border, post, salele, hq }, c: { valuation, hs, ethics, intel }, officers, manager, campaignId, self };
}

const url = (path: string) => `/api/v1/campaigns/${w.campaignId}${path}`;
const forms = (officerId: string) =>
  ctx.database.raw.query<{ id: string; kind: string; status: string }>(`select id, kind, status from assessment_forms where officer_id = $1 order by kind`, [officerId]);
const ratingCount = async () =>
  (await ctx.database.raw.query<{ n: number }>(`select count(*)::int as n from assessment_ratings where administration_id = $1`, [w.adm.id]))[0]!.n;
const importFile = (s: Session, body: Buffer, fileName = 'paper.xlsx') =>
  s.request('POST', url(`/paper-import?fileName=${fileName}`), body, { 'content-type': 'application/octet-stream' });

async function workbook(rows: (string | number | null)[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Paper results');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  ctx = await createTestApp();
  w = await world();
  // Officer C submits the self-assessment online: it is not printed, and typing it in again is refused.
  const selfForm = (await forms(w.officers.c.id)).find((f) => f.kind === 'self')!.id;
  const ratings = [w.c.valuation, w.c.hs, w.c.ethics].map((competencyId) => ({ competencyId, level: 2 }));
  expect((await w.self.request('PUT', `/api/v1/assessment-forms/${selfForm}/ratings`, { ratings })).statusCode).toBe(200);
  expect((await w.self.request('POST', `/api/v1/assessment-forms/${selfForm}/submit`)).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('paper fallback', () => {
  it('prints one page per unsubmitted form of the unit’s subtree, each with its code', async () => {
    const res = await w.manager.request('GET', url(`/paper-forms.pdf?orgUnitId=${w.units.border}&lang=pt`));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    if (process.env.REPORT_PDF_DIR) writeFileSync(`${process.env.REPORT_PDF_DIR}/paper-forms.pdf`, res.rawPayload);
    const pdf = readPdf(res.rawPayload);
    // Four officers × two forms, less C's submitted self-assessment.
    expect(pdf.pages).toBe(7);
    const pages = pdf.text.split('\f');
    const codes = pages.slice(0, 7).map((p) => /TNA-[0-9A-F]{8}/.exec(p)?.[0]);
    expect(new Set(codes).size).toBe(7);
    // Officer C (first by name) only has the supervisor form left to print.
    expect(pages[0]).toContain('Formulário de avaliação pelo supervisor');
    expect(pages[1]).toContain('Formulário de autoavaliação');
    expect(pdf.text).toContain('Formulário de avaliação pelo supervisor');
    expect(pdf.text).toContain('Determinação do valor aduaneiro');
    expect(pdf.text).toContain('Conhece os seis métodos');
    expect(pdf.text).toContain('Maria Conceição');
    expect(pdf.text).not.toContain('Sarmento');

    const one = readPdf((await w.manager.request('GET', url(`/paper-forms.pdf?orgUnitId=${w.units.salele}`))).rawPayload);
    expect([one.pages, one.text.includes('Self-assessment form')]).toEqual([2, true]);
  });

  it('refuses units of other administrations, officers and closed or draft campaigns', async () => {
    const other = await createAdministration(ctx.database);
    expect((await w.manager.request('GET', url(`/paper-forms.pdf?orgUnitId=${other.rootUnitId}`))).statusCode).toBe(404);
    expect((await w.manager.request('GET', url(`/paper-template.xlsx?orgUnitId=${crypto.randomUUID()}`))).statusCode).toBe(404);
    expect((await w.self.request('GET', url(`/paper-forms.pdf?orgUnitId=${w.units.border}`))).statusCode).toBe(403);
    expect((await w.self.request('POST', url('/paper-import?fileName=x.xlsx'), await workbook([['a'], ['b']]), { 'content-type': 'application/octet-stream' })).statusCode).toBe(403);
    // The outside unit has no officer in the campaign: nothing to print.
    expect((await w.manager.request('GET', url(`/paper-forms.pdf?orgUnitId=${w.units.hq}`))).statusCode).toBe(409);
  });

  it('rejects a file with errors row by row and writes nothing', async () => {
    const before = await ratingCount();
    const [a, b, c, d, outside] = [w.officers.a, w.officers.b, w.officers.c, w.officers.d, w.officers.outside].map((o) => o.employeeNumber);
    const file = await workbook([
      ['Employee number', 'Officer', 'Form', 'valuation', 'hs', 'ethics', 'intel', 'bogus'],
      [a!, 'A', 'self', 2, 3, 4, null, null],
      ['E-NOBODY', 'Nobody', 'self', 2, 2, 2, null, null],
      [outside!, 'Outside', 'self', 2, 2, 2, null, null],
      [b!, 'B', 'self', 7, 2, 2, null, null],
      [c!, 'C', 'self', 2, 2, 2, null, null],
      [d!, 'D', 'supervisor', 2, 2, 2, 3, null],
      [d!, 'D', 'peer', 2, 2, 2, null, null],
      [b!, 'B', 'supervisor', 2, null, 'three', null, null],
      [a!, 'A', 'self', 1, 1, 1, null, null],
      [d!, 'D', 'self', null, null, null, null, null],
    ]);
    const res = await importFile(w.manager, file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    const errors = res.json().error.details.errors as { row: number; field: string; code: string; params: Record<string, unknown>; reason: string }[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [0, 'bogus', 'unknown_competency'],
      [3, 'Employee number', 'unknown_employee'],
      [4, 'Employee number', 'not_in_campaign'],
      [5, 'valuation', 'level_out_of_range'],
      [6, 'Form', 'already_submitted'],
      [7, 'intel', 'not_in_profile'],
      [8, 'Form', 'invalid_form_kind'],
      [9, 'ethics', 'invalid_level'],
      [9, 'hs', 'missing_rating'],
      [10, 'Form', 'duplicate_form'],
    ]);
    expect(errors[3]).toMatchObject({ params: { value: 7, min: 0, max: 4 }, reason: 'level 7 is outside the scale 0–4' });
    expect(errors.every((e) => e.reason.length > 0)).toBe(true);
    expect(await ratingCount()).toBe(before);
    expect((await forms(w.officers.a.id)).map((f) => f.status)).toEqual(['sent', 'sent']);
  });

  it('round-trips the template: typed-in levels become submitted forms, all in one go; a second import is refused', async () => {
    const res = await w.manager.request('GET', url(`/paper-template.xlsx?orgUnitId=${w.units.border}`));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Employee number', 'Officer', 'Form', 'valuation', 'hs', 'ethics']);
    expect(JSON.stringify(sheet.getCell('A1').note)).toContain(w.campaignId);
    expect(sheet.rowCount).toBe(8);
    // Levels by row: the paper forms of officer D (Salele) did not come back, so its rows stay empty.
    const expected = new Map<string, number[]>();
    sheet.eachRow((row, n) => {
      if (n === 1 || row.getCell(1).value === w.officers.d.employeeNumber) return;
      const levels = [n % 5, (n + 1) % 5, (n + 2) % 5];
      levels.forEach((level, i) => (row.getCell(4 + i).value = level));
      expected.set(`${row.getCell(1).text}/${row.getCell(3).text}`, levels);
    });
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    const before = await ratingCount();
    const imported = await importFile(w.manager, filled, 'postos%20fronteiri%C3%A7os.xlsx');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ formsSubmitted: 5, ratings: 15, skippedRows: 2 });
    expect(await ratingCount()).toBe(before + 15);
    for (const o of [w.officers.a, w.officers.b, w.officers.c]) {
      for (const f of await forms(o.id)) {
        expect(f.status).toBe('submitted');
        const levels = expected.get(`${o.employeeNumber}/${f.kind}`);
        if (!levels) continue;
        const form = (await w.manager.request('GET', `/api/v1/assessment-forms/${f.id}`)).json();
        expect(form.competencies.map((x: { level: number }) => x.level)).toEqual(levels);
        expect(form.events.at(-1)).toMatchObject({ kind: 'submitted', reason: 'paper form, typed in from postos fronteiriços.xlsx' });
      }
    }
    expect((await forms(w.officers.d.id)).map((f) => f.status)).toEqual(['sent', 'sent']);

    const again = await importFile(w.manager, filled);
    expect(again.statusCode).toBe(400);
    const errors = again.json().error.details.errors as { code: string }[];
    expect(errors.map((e) => e.code)).toEqual(Array(5).fill('already_submitted'));
    expect(await ratingCount()).toBe(before + 15);
  });
});
