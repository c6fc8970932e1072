import { parseInstance } from '@formasaun/planner';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/harness.js';
import { readPdf } from '../needs/report.test-pdf.js';
import { createPlan, ok, optimise, planningWorld, type PlanningWorld, YEAR } from './planning.test-factories.js';

// Response bodies are read loosely here; the routes validate them against the contracts.
type Detail = ReturnType<typeof JSON.parse>;
let ctx: TestContext;
let w: PlanningWorld;
let plan: string;
let detail: Detail;

beforeAll(async () => {
  ctx = await createTestApp();
  w = await planningWorld(ctx);
  // A unit name a spreadsheet would take for a formula.
  await ctx.database.raw.query(`update org_units set name = '=HYPERLINK("http://x")' where id = $1`, [w.units.border]);
  const strategy = await ok<{ id: string }>(w.s, 'POST', '/api/v1/strategies', {
    title: 'Training strategy 2027',
    fromYear: YEAR,
    toYear: YEAR,
    vision: 'A professional customs service',
    mission: 'Train every officer for the border',
    goals: [{ title: 'Skilled valuation officers', objectives: [{ title: 'Valuation gaps closed', kpis: [{ name: 'Valuation disputes lost', unit: '%', targets: { [String(YEAR)]: 12 }, direction: 'decrease' }] }] }],
  }, 201);
  plan = (await createPlan(w, { strategyId: strategy.id })).id;
  expect(await optimise(w, plan)).toMatchObject({ state: 'done' });
  detail = await ok<Detail>(w.s, 'GET', `/api/v1/plans/${plan}`, undefined);
});
afterAll(() => ctx.close());

describe('plan documents', () => {
  it('writes the PDF a ministry or donor expects: strategy, needs, runs by quarter, budget by source and category, results', async () => {
    const res = await w.s.request('GET', `/api/v1/plans/${plan}/document.pdf?lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="plan-plan-2027.pdf"');
    const { text, pages } = readPdf(res.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(6);
    for (const words of ['Training plan', 'Plan 2027', 'TNA 2026', 'A professional customs service', 'Valuation disputes lost', 'Training needs', 'Government budget', 'Norad', 'Trainer fees', 'Travel and per diem', 'Unfunded', 'Expected results', 'Customs valuation']) {
      expect(text).toContain(words);
    }
    for (const r of detail.runs) expect(text).toContain(`${r.courseCode} — Course ${r.courseCode}`);
  });

  it('writes it in Portuguese when asked', async () => {
    const { text } = readPdf((await w.s.request('GET', `/api/v1/plans/${plan}/document.pdf?lang=pt`)).rawPayload);
    for (const words of ['Plano de formação', 'Orçamento e financiamento', 'Resultados esperados', 'Curso VAL-1']) expect(text).toContain(words);
  });

  it('exports the workbook with the Runs, Budget, Funding, Groups and Gaps sheets, formulas neutralised', async () => {
    const res = await w.s.request('GET', `/api/v1/plans/${plan}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Runs', 'Budget', 'Funding', 'Groups', 'Gaps']);
    const runs = book.getWorksheet('Runs')!;
    expect(runs.rowCount).toBe(1 + detail.runs.length);
    expect(runs.getRow(2).getCell(2).value).toBe(detail.runs[0].courseCode);
    const budget = book.getWorksheet('Budget')!.getRow(2).values as unknown[];
    expect(budget.slice(1, 4)).toEqual([String(YEAR), detail.years[0].budget, detail.years[0].cost]);
    const units = (book.getWorksheet('Groups')!.getColumn(2).values as unknown[]).filter((v) => typeof v === 'string');
    expect(units).toContain(`'=HYPERLINK("http://x")`);
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    }
  });

  it('gives the instance the plan was computed from, as `formasaun plan solve` reads it', async () => {
    const res = await w.s.request('GET', `/api/v1/plans/${plan}/instance.json`);
    expect(res.headers['content-type']).toContain('application/json');
    const parsed = parseInstance(JSON.parse(res.body));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.instance.courses.map((c) => c.id)).toEqual(['ETH-1', 'HS-1', 'VAL-1', 'VAL-2']);
    expect(parsed.instance.courses.find((c) => c.id === 'VAL-2')!.prerequisites).toEqual(['VAL-1']);
    expect(parsed.instance.budgets).toEqual({ [String(YEAR)]: 13_000 });
  });
});
