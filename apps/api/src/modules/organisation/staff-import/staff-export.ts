import ExcelJS from 'exceljs';
import { numberText } from './read-spreadsheet.js';

export interface ExportColumn {
  key: string;
  header: string;
}
export type ExportRow = Record<string, string | number | null | undefined>;

/** Starts that make Excel or LibreOffice read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes ' to text a spreadsheet would otherwise treat as a formula; the import takes it off again. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cellString(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  return neutraliseCell(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 csv with CRLF line ends and a UTF-8 byte-order mark, so Excel shows accented names correctly. */
export function writeStaffCsv(rows: ExportRow[], columns: ExportColumn[]): string {
  const lines = [columns.map((c) => csvField(neutraliseCell(c.header))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(cellString(row[c.key]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Excel forbids \ / ? * [ ] : in sheet names and allows at most 31 characters. */
function safeSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  return cleaned || 'Sheet1';
}

/** One sheet: bold frozen header, fitted columns, numbers as numbers, every text cell neutralised. */
export async function writeStaffXlsx(rows: ExportRow[], columns: ExportColumn[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columns.map((c) => c.header.length);
  const header = sheet.addRow(columns.map((c) => neutraliseCell(c.header)));
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c, i) => {
        const value = row[c.key];
        if (value === null || value === undefined) return null;
        // XML turns a stored CR into LF anyway, and LF is how Excel breaks lines in a cell.
        const cell = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : neutraliseCell(value).replace(/\r\n?/g, '\n');
        widths[i] = Math.max(widths[i] ?? 0, String(cell ?? '').length);
        return cell;
      }),
    );
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(60, Math.max(8, (widths[i] ?? 0) + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
