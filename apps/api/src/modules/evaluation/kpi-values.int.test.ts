import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createCourse, createSession, enrolDirectly } from '../centre/centre.test-factories.js';
import { H } from './kpi-values.sheet.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];
let strategyId: string;
let clearance: string;
let revenue: string;
let objectiveId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
  const created = await s.request('POST', '/api/v1/strategies', {
    title: 'Strategy 2017–2019',
    fromYear: 2017,
    toYear: 2019,
    goals: [
      {
        title: 'Faster clearance',
        objectives: [
          {
            title: 'Examiners value goods correctly',
            functionalAreas: ['valuation'],
            kpis: [{ name: 'Average clearance time at Dili port', unit: 'hours', direction: 'decrease', baselineValue: 52, baselineYear: 2016, targets: { '2017': 44, '2018': 36 } }],
          },
          { title: 'Revenue is protected', functionalAreas: ['origin'], kpis: [{ name: 'Revenue collected', unit: 'USD', direction: 'increase' }] },
        ],
      },
    ],
  });
  expect(created.statusCode).toBe(201);
  const strategy = created.json();
  strategyId = strategy.id;
  objectiveId = strategy.goals[0].objectives[0].id;
  clearance = strategy.goals[0].objectives[0].kpis[0].id;
  revenue = strategy.goals[0].objectives[1].kpis[0].id;
});
afterAll(() => ctx.close());

const put = (kpiId: string, values: unknown[]) => s.request('PUT', `/api/v1/kpis/${kpiId}/values`, { values });
const details = (res: { json(): { error: { details: { path: string; message: string }[] } } }) => res.json().error.details;

describe('KPI values', () => {
  it('upserts by period, lists in period order and deletes', async () => {
    const res = await put(clearance, [
      { period: '2017-Q2', value: 47.5, unit: 'hours', source: 'ASYCUDA' },
      { period: '2017-Q1', value: 50, unit: 'Hours ' },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kpi: { name: 'Average clearance time at Dili port', unit: 'hours', direction: 'decrease', baselineValue: 52, baselineYear: 2016, targets: { '2017': 44, '2018': 36 } },
      strategy: { id: strategyId, fromYear: 2017, toYear: 2019 },
    });
    expect(res.json().values.map((v: { period: string; value: number }) => [v.period, v.value])).toEqual([
      ['2017-Q1', 50],
      ['2017-Q2', 47.5],
    ]);
    const again = (await put(clearance, [{ period: '2017-Q1', value: 49.25, unit: 'hours', note: 'revised' }])).json();
    expect(again.values).toHaveLength(2);
    expect(again.values[0]).toMatchObject({ period: '2017-Q1', value: 49.25, note: 'revised', source: null });
    expect((await s.request('DELETE', `/api/v1/kpi-values/${again.values[1].id}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/kpi-values/${again.values[1].id}`)).statusCode).toBe(404);
    expect((await s.request('GET', `/api/v1/kpis/${clearance}/values`)).json().values.map((v: { period: string }) => v.period)).toEqual(['2017-Q1']);
  });

  it('refuses a wrong unit naming the entry and both units, and writes nothing', async () => {
    const res = await put(clearance, [
      { period: '2018-Q1', value: 40, unit: 'hours' },
      { period: '2018-Q2', value: 2400, unit: 'minutes' },
    ]);
    expect(res.statusCode).toBe(400);
    expect(details(res)).toEqual([{ path: 'body.values.1.unit', message: 'entry 2 (2018-Q2): the unit is "minutes" but the KPI is measured in "hours"' }]);
    expect(res.json().error.message).toContain('"minutes"');
    expect((await s.request('GET', `/api/v1/kpis/${clearance}/values`)).json().values.map((v: { period: string }) => v.period)).not.toContain('2018-Q1');
  });

  it('refuses malformed periods, periods outside the strategy, repeats and non-numbers', async () => {
    expect(details(await put(clearance, [{ period: '2017-Q5', value: 1, unit: 'hours' }])).map((d) => d.path)).toEqual(['body.values.0.period']);
    expect(details(await put(clearance, [{ period: '2017-13', value: 1, unit: 'hours' }])).map((d) => d.path)).toEqual(['body.values.0.period']);
    const outside = await put(clearance, [{ period: '2020-01', value: 1, unit: 'hours' }]);
    expect(outside.statusCode).toBe(400);
    expect(details(outside)[0]!.message).toContain("2020-01 is outside the strategy's years 2017–2019");
    const twice = await put(clearance, [{ period: '2019', value: 1, unit: 'hours' }, { period: '2019', value: 2, unit: 'hours' }]);
    expect(details(twice)[0]!.message).toContain('already given in entry 1');
    expect((await put(clearance, [{ period: '2019', value: 'NaN', unit: 'hours' }])).statusCode).toBe(400);
    expect((await put(clearance, [{ period: '2019', value: 1e300, unit: 'hours' }])).statusCode).toBe(400);
  });

  it('answers 404 for unknown KPIs and 403 without the permission', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await s.request('GET', `/api/v1/kpis/${unknown}/values`)).statusCode).toBe(404);
    expect((await put(unknown, [])).statusCode).toBe(404);
    expect((await s.request('GET', `/api/v1/evaluation/kpi-results?strategyId=${unknown}`)).statusCode).toBe(404);
    const officer = await createOfficer(ctx.database, adm.id, adm.rootUnitId);
    const plain = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: officer.id }));
    expect((await plain.request('GET', `/api/v1/kpis/${clearance}/values`)).statusCode).toBe(403);
  });
});

async function exported(query = `?strategyId=${strategyId}`): Promise<ExcelJS.Workbook> {
  const res = await s.request('GET', `/api/v1/kpi-values.xlsx${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}
const bytesOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const upload = (bytes: Buffer) => s.request('POST', '/api/v1/kpi-values?fileName=kpi.xlsx', bytes, { 'content-type': 'application/octet-stream' });
const headers = Object.values(H);

describe('xlsx exchange', () => {
  it('exports one row per KPI and period (a blank row for a KPI without values); importing it back changes nothing', async () => {
    await put(clearance, [{ period: '2017-Q3', value: 46, unit: 'hours', source: '=ASYCUDA' }]);
    const ws = (await exported()).worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    const rows = [];
    for (let r = 2; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      [clearance, 'Average clearance time at Dili port', 'hours', '2017-Q1', 49.25],
      [clearance, 'Average clearance time at Dili port', 'hours', '2017-Q3', 46],
      [revenue, 'Revenue collected', 'USD', undefined, undefined],
    ]);
    const before = (await s.request('GET', `/api/v1/kpis/${clearance}/values`)).json();
    const res = await upload(await bytesOf(await exported()));
    expect(res.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await s.request('GET', `/api/v1/kpis/${clearance}/values`)).json()).toEqual(before);
  });

  it('imports new and changed values', async () => {
    const wb = await exported();
    const ws = wb.worksheets[0]!;
    ws.getRow(4).getCell(5).value = '2017-Q1';
    ws.getRow(4).getCell(6).value = 1234567.891;
    ws.getRow(2).getCell(6).value = 48;
    const res = await upload(await bytesOf(wb));
    expect(res.json()).toEqual({ created: 1, updated: 1, unchanged: 1 });
    expect((await s.request('GET', `/api/v1/kpis/${revenue}/values`)).json().values).toMatchObject([{ period: '2017-Q1', value: 1234567.89 }]);
  });

  it('refuses a file with bad rows, listing every row, field and reason, and imports nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KPI values');
    ws.addRow(headers);
    ws.addRow([clearance, '', '', 'minutes', '2018-Q1', 2400]);
    ws.addRow([clearance, '', '', 'hours', '2018-Q5', 40]);
    ws.addRow([clearance, '', '', 'hours', '2021', 40]);
    ws.addRow([clearance, '', '', 'hours', '2018-Q2', 'forty']);
    ws.addRow(['00000000-0000-4000-8000-000000000000', '', '', 'hours', '2018-Q2', 40]);
    ws.addRow([revenue, '', '', 'USD', '2018', 5, 'ok']);
    ws.addRow([revenue, '', '', 'USD', '2018', 6]);
    const res = await upload(await bytesOf(wb));
    expect(res.statusCode).toBe(400);
    const errors = res.json().error.details.errors as { row: number; field: string; code: string; reason: string }[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, H.unit, 'wrong_unit'],
      [3, H.period, 'invalid_period'],
      [4, H.period, 'outside_years'],
      [5, H.value, 'invalid_number'],
      [6, H.kpiId, 'unknown_kpi'],
      [8, H.period, 'duplicate_period'],
    ]);
    expect(errors[0]!.reason).toBe('the unit is "minutes" but the KPI is measured in "hours"');
    expect((await s.request('GET', `/api/v1/kpis/${revenue}/values`)).json().values.map((v: { period: string }) => v.period)).toEqual(['2017-Q1']);
    const missing = new ExcelJS.Workbook();
    const sheet = missing.addWorksheet('x');
    sheet.addRow([H.kpiId, H.period, H.value]);
    sheet.addRow([clearance, '2018', 40]);
    expect((await upload(await bytesOf(missing))).json().error.details.errors).toMatchObject([{ row: 1, field: H.unit, code: 'required' }]);
  });
});

describe('KPI results', () => {
  it('gives baseline, targets, values and the training delivered in the objective’s areas per quarter', async () => {
    const valuation = await createCourse(ctx.database, adm.id, { functionalArea: 'valuation' });
    const origin = await createCourse(ctx.database, adm.id, { functionalArea: 'origin' });
    const officers = await Promise.all([1, 2, 3].map(() => createOfficer(ctx.database, adm.id, adm.rootUnitId)));
    const done = await createSession(ctx.database, adm.id, { courseId: valuation.id, startDay: '2017-03-29', status: 'completed' });
    await enrolDirectly(ctx.database, adm.id, done.id, officers.map((o) => o.id));
    for (const [o, completed] of officers.map((o, i) => [o, i < 2] as const)) {
      await ctx.database.raw.query(`insert into session_results (administration_id, session_id, officer_id, completed) values ($1, $2, $3, $4)`, [adm.id, done.id, o.id, completed]);
    }
    await createSession(ctx.database, adm.id, { courseId: valuation.id, startDay: '2017-05-02', status: 'completed' });
    await createSession(ctx.database, adm.id, { courseId: valuation.id, startDay: '2017-06-05', status: 'scheduled' });
    await createSession(ctx.database, adm.id, { courseId: origin.id, startDay: '2017-05-02', status: 'completed' });
    await createSession(ctx.database, adm.id, { courseId: valuation.id, startDay: '2015-05-02', status: 'completed' });

    const res = await s.request('GET', '/api/v1/evaluation/kpi-results');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.strategy).toMatchObject({ id: strategyId, fromYear: 2017, toYear: 2019 });
    const objective = body.objectives.find((o: { id: string }) => o.id === objectiveId);
    expect(objective).toMatchObject({ goalTitle: 'Faster clearance', functionalAreas: ['valuation'] });
    expect(objective.training).toHaveLength(16);
    expect(objective.training[0].quarter).toBe('2016-Q1');
    expect(objective.training.filter((q: { sessions: number }) => q.sessions > 0)).toEqual([
      { quarter: '2017-Q1', sessions: 1, participants: 2 },
      { quarter: '2017-Q2', sessions: 1, participants: 0 },
    ]);
    expect(objective.kpis[0]).toMatchObject({ id: clearance, baselineValue: 52, targets: { '2017': 44, '2018': 36 } });
    expect(objective.kpis[0].values.map((v: { period: string }) => v.period)).toEqual(['2017-Q1', '2017-Q3']);
    const other = body.objectives.find((o: { id: string }) => o.id !== objectiveId);
    expect(other.training.find((q: { quarter: string }) => q.quarter === '2017-Q2')).toEqual({ quarter: '2017-Q2', sessions: 1, participants: 0 });
    expect((await s.request('GET', `/api/v1/evaluation/kpi-results?strategyId=${strategyId}`)).json()).toEqual(body);
  });
});
