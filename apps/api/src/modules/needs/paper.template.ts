import ExcelJS from 'exceljs';
import { neutraliseCell } from '../organisation/staff-import/staff-export.js';
import { PAPER_COLUMNS } from './paper.rows.js';

export interface PaperTemplateData {
  campaignId: string;
  campaignName: string;
  levels: { min: number; max: number };
  competencies: { id: string; code: string; name: string }[];
  /** One row per unsubmitted form; `profile` holds the competency ids the officer is rated on. */
  rows: { employeeNumber: string; officerName: string; kind: string; profile: Set<string> }[];
}

const OFF_PROFILE = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9D9D9' } };

/**
 * The sheet paper results are typed into: Employee number, Officer, Form, then a column per competency code.
 * The campaign id sits in a note on the header and in the printed page header; cells off the officer's profile are grey.
 */
export async function writePaperTemplate(d: PaperTemplateData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Formasaun';
  const sheet = workbook.addWorksheet('Paper results', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  sheet.headerFooter.oddHeader = `&LCampaign ${d.campaignId}&R${neutraliseCell(d.campaignName).replaceAll('&', '&&')}`;
  const header = sheet.addRow([PAPER_COLUMNS.employeeNumber, PAPER_COLUMNS.officer, PAPER_COLUMNS.form, ...d.competencies.map((c) => neutraliseCell(c.code))]);
  header.font = { bold: true };
  header.getCell(1).note =
    `Campaign ${d.campaignId} (${d.campaignName}). One row per paper form: type the level ticked (${d.levels.min}–${d.levels.max}) ` +
    'under each competency code. Leave every level of a row empty when its form did not come back. Grey cells are not on the officer’s role profile.';
  d.competencies.forEach((c, i) => {
    header.getCell(4 + i).note = c.name;
  });
  for (const r of d.rows) {
    const row = sheet.addRow([r.employeeNumber, neutraliseCell(r.officerName), r.kind]);
    d.competencies.forEach((c, i) => {
      const cell = row.getCell(4 + i);
      if (!r.profile.has(c.id)) {
        cell.fill = OFF_PROFILE;
        return;
      }
      cell.dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Level',
        error: `A whole number from ${d.levels.min} to ${d.levels.max}`,
        formulae: [d.levels.min, d.levels.max],
      };
    });
  }
  sheet.getColumn(1).width = 18;
  sheet.getColumn(2).width = 30;
  sheet.getColumn(3).width = 11;
  d.competencies.forEach((c, i) => {
    sheet.getColumn(4 + i).width = Math.max(6, Math.min(16, c.code.length + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
