import { COST_CATEGORIES, type TPlanDetail } from '@formasaun/shared';
import ExcelJS from 'exceljs';
import type { PdfLang } from '../../platform/pdf.js';
import { neutraliseCell } from '../organisation/staff-import/staff-export.js';
import { areaName, categoryName, PLAN_LABELS } from './planning.labels.js';

type Cell = string | number | null;

/** One sheet: bold frozen header, fitted columns, numbers as numbers, every text cell neutralised against formulas. */
function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], body: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = header.map((h) => h.length);
  sheet.addRow(header.map(neutraliseCell)).font = { bold: true };
  for (const row of body) {
    sheet.addRow(
      row.map((value, i) => {
        widths[i] = Math.max(widths[i] ?? 0, String(value ?? '').length);
        return typeof value === 'string' ? neutraliseCell(value) : value;
      }),
    );
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(8, (widths[i] ?? 0) + 2));
  });
}

/** The plan as a workbook: Runs, Budget, Funding, Groups and Gaps sheets, headers in the reader's language. */
export async function planWorkbook(p: TPlanDetail, lang: PdfLang): Promise<Buffer> {
  const l = PLAN_LABELS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Formasaun';
  const title = (en: string, pt: string) => (lang === 'pt' ? pt : en);

  addSheet(
    workbook,
    'Runs',
    [l.period, l.code, l.title, l.area, l.runs, l.participants, l.cost, l.pinned, ...p.groups.map((g) => g.id)],
    p.runs.map((r) => [
      r.period,
      r.courseCode,
      title(r.titleEn, r.titlePt),
      areaName(lang, r.functionalArea),
      r.count,
      r.totalParticipants,
      r.cost,
      r.pinned ? l.yes : '',
      ...p.groups.map((g) => r.participants[g.id] ?? null),
    ]),
  );
  addSheet(
    workbook,
    'Budget',
    [l.year, l.budgetTotal, l.cost, ...COST_CATEGORIES.map((c) => categoryName(lang, c)), l.runs, l.participants, l.unfunded],
    p.years.map((y) => [y.year, y.budget, y.cost, ...COST_CATEGORIES.map((c) => y.byCategory[c] ?? 0), y.runs, y.participants, y.unfunded]),
  );
  const sourceNames = new Map(p.sources.map((s) => [s.sourceId, s.sourceName]));
  // Each source's envelopes per year first, then who pays for each run.
  addSheet(workbook, 'Funding', [l.period, l.code, l.title, l.source, l.available, l.allocated], [
    ...p.sources.flatMap((s) => Object.entries(s.byYear).map(([year, v]): Cell[] => [year, null, null, s.sourceName, v.available, v.allocated])),
    ...p.runs.flatMap((r) => r.funding.map((f): Cell[] => [r.period, r.courseCode, title(r.titleEn, r.titlePt), sourceNames.get(f.sourceId) ?? f.sourceName, null, f.amount])),
  ]);
  addSheet(
    workbook,
    'Groups',
    [l.group, l.orgUnit, l.position, l.size, l.releaseDays, l.participants, l.gapBefore, l.gapClosed],
    p.groups.map((g) => [g.id, g.orgUnitName, g.positionName, g.size, g.releaseDays, g.participants, g.gapBefore, g.gapClosed]),
  );
  addSheet(workbook, 'Gaps', [l.orgUnit, l.area, l.gapBefore, l.gapAfter], [
    ...p.areas.map((a): Cell[] => [l.total, areaName(lang, a.functionalArea), a.gapBefore, a.gapBefore - a.gapClosed]),
    ...p.units.map((u): Cell[] => [u.orgUnitName, areaName(lang, u.functionalArea), u.gapBefore, u.gapAfter]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
