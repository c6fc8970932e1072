import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, invalid } from '../../../platform/errors.js';
import { formatBytes, inspectZip, SAVE_AS_HINT } from './zip-guard.js';

export interface SpreadsheetLimits {
  maxRows: number;
  maxUncompressedBytes: number;
  maxColumns: number;
}

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (xlsx) or its line number (csv), 1-based. */
  row: number;
  values: Record<string, string>;
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export const DEFAULT_LIMITS: SpreadsheetLimits = { maxRows: 20000, maxUncompressedBytes: 50 * 1024 * 1024, maxColumns: 60 };
const MAX_ZIP_ENTRIES = 1000;

/** A non-empty row before headers are applied: cells[i] is column i + 1. */
interface RawRow {
  row: number;
  cells: string[];
}

const unsupported = (message: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', { message: `${message} ${SAVE_AS_HINT}` });

/** Reads the first sheet of an xlsx or csv upload into header-keyed text rows; the format is decided by content. */
export async function readSpreadsheet(bytes: Buffer, fileName: string, limits: SpreadsheetLimits = DEFAULT_LIMITS): Promise<Sheet> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw invalid('no rows: the file is empty');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw unsupported(
      'This is an old Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read.',
    );
  }
  if (startsWith(bytes, [0x50, 0x4b])) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw unsupported('The file is an empty or unusual zip archive, not an Excel workbook.');
    return readXlsx(bytes, limits);
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || ext === 'ods' || ext === 'xlsb') {
    throw unsupported(`The file is named ".${ext}" but its content is not an Excel workbook.`);
  }
  if (bytes.length > limits.maxUncompressedBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      message: `The file is larger than ${formatBytes(limits.maxUncompressedBytes)}; split it into smaller files.`,
    });
  }
  return readCsv(decodeText(bytes), limits);
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

// ---------------------------------------------------------------- xlsx

async function readXlsx(bytes: Buffer, limits: SpreadsheetLimits): Promise<Sheet> {
  const zip = await inspectZip(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes, maxEntries: MAX_ZIP_ENTRIES });
  if (!zip.entryNames.has('[Content_Types].xml') || !zip.entryNames.has('xl/workbook.xml')) {
    const hint = zip.entryNames.has('word/document.xml')
      ? 'This is a Word document, not a spreadsheet.'
      : zip.entryNames.has('content.xml')
        ? 'This is an OpenDocument file, not an Excel workbook.'
        : 'The file is a zip archive but not an Excel workbook.';
    throw unsupported(hint);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw unsupported(`The workbook could not be read (${err instanceof Error ? err.message : 'unknown error'}).`);
  }
  const withData = workbook.worksheets.filter((ws) => ws.actualRowCount > 0);
  const sheet = withData.find((ws) => ws.state === 'visible' || ws.state === undefined) ?? withData[0];
  if (!sheet) throw invalid('no rows: the workbook has no sheet with data');

  const raw: RawRow[] = [];
  // eachRow visits only rows holding a value, so thousands of formatted empty rows cost nothing here.
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const text = cellText(cell.value);
      if (text === '') return;
      if (col > limits.maxColumns) throw tooManyColumns(limits);
      cells[col - 1] = text;
    });
    pushRow(raw, { row: rowNumber, cells }, limits);
  });
  return buildSheet(raw, limits);
}

/** Text of an exceljs cell value; formulas are never evaluated, only their cached result is read. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return '';
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? '' : cellText(result as ExcelJS.CellValue);
  }
  if ('richText' in value) return value.richText.map((part) => part.text ?? '').join('').trim();
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return text === undefined ? '' : cellText(text as ExcelJS.CellValue);
  }
  return '';
}

/** Plain decimal text, never an exponent: employee number 123456 must not come back as 1.23456e5. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  // Floating-point noise (0.1 + 0.2) is cut at 15 significant digits, as Excel shows it.
  const rounded = Number(n.toPrecision(15));
  const s = String(rounded);
  if (!s.includes('e')) return s;
  return rounded.toFixed(20).replace(/\.?0+$/, '');
}

// ---------------------------------------------------------------- csv

function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw unsupported('The file is UTF-16 text, which is not supported.');
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw unsupported('The file is neither an Excel workbook nor CSV text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw unsupported('The file is not UTF-8 text (a CSV saved by Excel as plain "CSV" uses another encoding).');
  }
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex -- counting control bytes is how binary junk is told from text
  const controls = sample.match(/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > 0 && controls / sample.length > 0.01) throw unsupported('The file is neither an Excel workbook nor CSV text.');
  return text;
}

function readCsv(input: string, limits: SpreadsheetLimits): Sheet {
  let text = input;
  let delimiter = '';
  let lineOffset = 0;
  // Excel writes "sep=;" as a first line when asked to; it names the delimiter and is not data.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep?.[1]) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const raw: RawRow[] = [];
  let line = 1 + lineOffset;
  let scanned = 0;
  let failure = null as AppError | null;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = scanned;
      const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
      if (quoteError) {
        failure = invalid(`row ${line}: a quoted value is never closed (a " is missing), so the rest of the file cannot be read`, {
          row: line,
        });
        parser.abort();
        return;
      }
      const cells: string[] = [];
      result.data.forEach((value, i) => {
        const v = value.trim();
        if (v === '') return;
        if (i >= limits.maxColumns) {
          failure = tooManyColumns(limits);
          parser.abort();
          return;
        }
        cells[i] = v;
      });
      if (failure) return;
      try {
        pushRow(raw, { row: line, cells }, limits);
      } catch (err) {
        failure = err as AppError;
        parser.abort();
        return;
      }
      scanned = result.meta.cursor;
      line += countLines(text, start, scanned);
    },
  });
  if (failure) throw failure;
  return buildSheet(raw, limits);
}

/** Line breaks in text[from, to), counted as an editor does (CRLF, LF or CR), also inside quoted values. */
function countLines(text: string, from: number, to: number): number {
  const re = /\r\n|\r|\n/g;
  re.lastIndex = from;
  let n = 0;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) n++;
  return n;
}

// ---------------------------------------------------------------- shared

function tooManyColumns(limits: SpreadsheetLimits): AppError {
  return invalid(`the file has more than ${limits.maxColumns} columns; remove the columns that are not staff data`);
}

function pushRow(raw: RawRow[], row: RawRow, limits: SpreadsheetLimits): void {
  if (!row.cells.some((c) => c !== undefined && c !== '')) return;
  // The header row plus maxRows data rows is the most a file may hold.
  if (raw.length > limits.maxRows) {
    throw invalid(`the file has more than ${limits.maxRows} rows; split it into files of at most ${limits.maxRows} rows`);
  }
  raw.push(row);
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function buildSheet(raw: RawRow[], limits: SpreadsheetLimits): Sheet {
  const [header, ...data] = raw;
  if (!header) throw invalid('no rows: the file is empty');
  if (data.length === 0) throw invalid('no rows: the file has a header row but no data rows');
  const width = Math.min(limits.maxColumns, raw.reduce((w, r) => Math.max(w, r.cells.length), 0));
  const columns: { index: number; header: string }[] = [];
  const emptyHeaders: string[] = [];
  const seen = new Map<string, string[]>();
  for (let i = 0; i < width; i++) {
    const name = (header.cells[i] ?? '').replace(/\s+/g, ' ').trim();
    if (name === '') {
      if (data.some((r) => (r.cells[i] ?? '') !== '')) emptyHeaders.push(columnLetter(i));
      continue;
    }
    seen.set(name, [...(seen.get(name) ?? []), columnLetter(i)]);
    columns.push({ index: i, header: name });
  }
  const duplicates = [...seen].filter(([, cols]) => cols.length > 1);
  const problems: string[] = [];
  if (duplicates.length) {
    problems.push(`duplicate column headers: ${duplicates.map(([h, cols]) => `"${h}" (columns ${cols.join(', ')})`).join('; ')}`);
  }
  if (emptyHeaders.length) {
    const many = emptyHeaders.length > 1;
    problems.push(
      `column${many ? 's' : ''} ${emptyHeaders.join(', ')} ${many ? 'hold' : 'holds'} data but ${many ? 'have' : 'has'} no header in row ${header.row}`,
    );
  }
  if (problems.length) {
    throw invalid(`${problems.join('; ')}. Give every column a unique header.`, {
      duplicateHeaders: duplicates.map(([h]) => h),
      emptyHeaderColumns: emptyHeaders,
      headerRow: header.row,
    });
  }
  return {
    headers: columns.map((c) => c.header),
    rows: data.map((r) => ({
      row: r.row,
      values: Object.fromEntries(columns.map((c) => [c.header, r.cells[c.index] ?? ''])),
    })),
  };
}
