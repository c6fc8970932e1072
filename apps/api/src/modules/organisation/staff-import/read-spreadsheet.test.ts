import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { DEFAULT_LIMITS, numberText, readSpreadsheet } from './read-spreadsheet.js';

type Entry = { name: string; data: Buffer; deflate?: boolean; declaredSize?: number };

/** A minimal zip writer (local headers, central directory, end record) for hostile archives. */
function makeZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function xlsxOf(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Staff'), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function junk(n: number, seed = 12345): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('readSpreadsheet: xlsx cell values', () => {
  it('reads every kind of cell as text and keeps the sheet row numbers', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.getRow(2).values = ['Employee number', 'Name', 'Born', 'Note', 'Link', 'Formula', 'Uncached', 'Error', 'Flag', 'Ratio', 'Evil'];
      ws.getRow(3).values = [
        123456,
        '  Ana Maria  ',
        new Date(Date.UTC(1985, 2, 21)),
        { richText: [{ text: 'Chefe ' }, { text: 'de', font: { bold: true } }, { text: ' posto' }] },
        { text: 'site', hyperlink: 'https://example.org' },
        { formula: 'A3*1000', result: 7 },
        { formula: 'A3+1' },
        { error: '#N/A' },
        true,
        0.1 + 0.2,
        { formula: 'HYPERLINK("http://evil.example","click")', result: 'click' },
      ];
      ws.getRow(5).values = [1e21, 'Bento'];
    });
    const sheet = await readSpreadsheet(bytes, 'staff.xlsx');
    expect(sheet.headers).toEqual(['Employee number', 'Name', 'Born', 'Note', 'Link', 'Formula', 'Uncached', 'Error', 'Flag', 'Ratio', 'Evil']);
    expect(sheet.rows).toEqual([
      {
        row: 3,
        values: {
          'Employee number': '123456',
          Name: 'Ana Maria',
          Born: '1985-03-21',
          Note: 'Chefe de posto',
          Link: 'site',
          Formula: '7',
          Uncached: '',
          Error: '',
          Flag: 'true',
          Ratio: '0.3',
          Evil: 'click',
        },
      },
      {
        row: 5,
        values: { 'Employee number': '1000000000000000000000', Name: 'Bento', Born: '', Note: '', Link: '', Formula: '', Uncached: '', Error: '', Flag: '', Ratio: '', Evil: '' },
      },
    ]);
  });

  it('prints numbers without exponents', () => {
    expect(numberText(123456)).toBe('123456');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(5.5)).toBe('5.5');
    expect(numberText(Number.NaN)).toBe('');
  });

  it('reads 3 data rows below 100,000 formatted empty rows quickly', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.addRow(['Employee number', 'Family name']);
      ws.addRow(['A1', 'Soares']);
      ws.addRow(['A2', 'Guterres']);
      for (let r = 10; r < 100_010; r++) {
        ws.getRow(r).height = 18;
        ws.getCell(r, 1).style = { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
      }
      ws.getRow(100_010).values = ['A3', 'Ximenes'];
    });
    const started = performance.now();
    const sheet = await readSpreadsheet(bytes, 'staff.xlsx', { ...DEFAULT_LIMITS, maxRows: 5 });
    const ms = Math.round(performance.now() - started);
    console.log(`100,000 formatted empty rows: ${bytes.length} bytes read in ${ms} ms`);
    expect(sheet.rows.map((r) => [r.row, r.values['Employee number'], r.values['Family name']])).toEqual([
      [2, 'A1', 'Soares'],
      [3, 'A2', 'Guterres'],
      [100_010, 'A3', 'Ximenes'],
    ]);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('takes the first visible sheet that holds data', async () => {
    const bytes = await xlsxOf((ws, wb) => {
      ws.getCell('A50').style = { font: { italic: true } };
      const hidden = wb.addWorksheet('Old', { state: 'hidden' });
      hidden.addRow(['Hidden']);
      hidden.addRow(['x']);
      const real = wb.addWorksheet('Real');
      real.addRow(['Employee number']);
      real.addRow(['E7']);
    });
    const sheet = await readSpreadsheet(bytes, 'staff.xlsx');
    expect(sheet).toEqual({ headers: ['Employee number'], rows: [{ row: 2, values: { 'Employee number': 'E7' } }] });
  });
});

describe('readSpreadsheet: headers and limits', () => {
  it('names duplicate headers and columns with data but no header', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.addRow(['Email', 'Name', 'Email', null, null]);
      ws.addRow(['a@x.tl', 'Ana', 'b@x.tl', 'stray', null]);
    });
    const err = await failure(readSpreadsheet(bytes, 'staff.xlsx'));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toBe('duplicate column headers: "Email" (columns A, C); column D holds data but has no header in row 1. Give every column a unique header.');
    expect(err.details).toEqual({ duplicateHeaders: ['Email'], emptyHeaderColumns: ['D'], headerRow: 1 });
  });

  it('ignores an empty header column with no data', async () => {
    const sheet = await readSpreadsheet(Buffer.from('Name,,Grade\nAna,,5\n'), 'staff.csv');
    expect(sheet).toEqual({ headers: ['Name', 'Grade'], rows: [{ row: 2, values: { Name: 'Ana', Grade: '5' } }] });
  });

  it('keeps headers such as __proto__ and constructor as plain keys', async () => {
    const sheet = await readSpreadsheet(Buffer.from('__proto__,constructor\nx,y\n'), 'a.csv');
    expect(sheet.headers).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(sheet.rows[0]?.values)).toBe(Object.prototype);
    expect(Object.entries(sheet.rows[0]?.values ?? {})).toEqual([['__proto__', 'x'], ['constructor', 'y']]);
  });

  it('refuses an empty file and a file with only a header', async () => {
    expect((await failure(readSpreadsheet(Buffer.alloc(0), 'a.csv'))).message).toBe('no rows: the file is empty');
    expect((await failure(readSpreadsheet(Buffer.from('\n\n  \n,,\n'), 'a.csv'))).message).toBe('no rows: the file is empty');
    const headerOnly = await failure(readSpreadsheet(Buffer.from('Name;Grade\n'), 'a.csv'));
    expect([headerOnly.code, headerOnly.message]).toEqual(['VALIDATION', 'no rows: the file has a header row but no data rows']);
    const emptyBook = await failure(readSpreadsheet(await xlsxOf(() => undefined), 'a.xlsx'));
    expect(emptyBook.message).toBe('no rows: the workbook has no sheet with data');
  });

  it('counts only non-empty data rows against maxRows', async () => {
    const limits = { ...DEFAULT_LIMITS, maxRows: 3 };
    const three = await readSpreadsheet(Buffer.from('N\n1\n\n\n2\n,\n3\n'), 'a.csv', limits);
    expect(three.rows.map((r) => r.row)).toEqual([2, 5, 7]);
    const err = await failure(readSpreadsheet(Buffer.from('N\n1\n2\n3\n4\n'), 'a.csv', limits));
    expect([err.code, err.message]).toEqual(['VALIDATION', 'the file has more than 3 rows; split it into files of at most 3 rows']);
    const xlsx = await xlsxOf((ws) => ['N', 1, 2, 3, 4].forEach((v) => ws.addRow([v])));
    expect((await failure(readSpreadsheet(xlsx, 'a.xlsx', limits))).message).toContain('more than 3 rows');
  });

  it('refuses more columns than allowed', async () => {
    const limits = { ...DEFAULT_LIMITS, maxColumns: 3 };
    const err = await failure(readSpreadsheet(Buffer.from('a,b,c,d\n1,2,3,4\n'), 'a.csv', limits));
    expect([err.code, err.message]).toEqual(['VALIDATION', 'the file has more than 3 columns; remove the columns that are not staff data']);
    const xlsx = await xlsxOf((ws) => {
      ws.addRow(['a', 'b']);
      ws.getCell('E2').value = 'far';
    });
    expect((await failure(readSpreadsheet(xlsx, 'a.xlsx', limits))).message).toContain('more than 3 columns');
  });
});

describe('readSpreadsheet: csv', () => {
  it('reads UTF-8 with BOM and semicolons, with line numbers as row numbers', async () => {
    const text = '\uFEFFNº;Nome;Apelido;Nota\r\n\r\n0042;João;Gusmão;"linha 1\r\nlinha 2"\r\n0043;  Zé ;Araújo;=1+1\r\n';
    const sheet = await readSpreadsheet(Buffer.from(text, 'utf8'), 'pessoal.csv');
    expect(sheet).toEqual({
      headers: ['Nº', 'Nome', 'Apelido', 'Nota'],
      rows: [
        { row: 3, values: { 'Nº': '0042', Nome: 'João', Apelido: 'Gusmão', Nota: 'linha 1\r\nlinha 2' } },
        { row: 5, values: { 'Nº': '0043', Nome: 'Zé', Apelido: 'Araújo', Nota: '=1+1' } },
      ],
    });
  });

  it('honours an Excel "sep=" first line and decides csv by content whatever the name', async () => {
    const sheet = await readSpreadsheet(Buffer.from('sep=|\nName|Grade\nAna|7\n'), 'export.txt');
    expect(sheet).toEqual({ headers: ['Name', 'Grade'], rows: [{ row: 3, values: { Name: 'Ana', Grade: '7' } }] });
  });

  it('reports an unclosed quote with its line', async () => {
    const err = await failure(readSpreadsheet(Buffer.from('Name,Grade\nAna,5\n"Bento,6\nCarla,7\n'), 'a.csv'));
    expect([err.code, err.details]).toEqual(['VALIDATION', { row: 3 }]);
    expect(err.message).toContain('row 3: a quoted value is never closed');
  });

  it('refuses UTF-16, Latin-1 and binary text', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\r\nAna\r\n', 'utf16le')]);
    const err16 = await failure(readSpreadsheet(utf16, 'a.csv'));
    expect([err16.code, err16.message]).toEqual([
      'UNSUPPORTED_MEDIA_TYPE',
      'The file is UTF-16 text, which is not supported. Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv).',
    ]);
    const latin1 = await failure(readSpreadsheet(Buffer.from('Nome\nJoão\n', 'latin1'), 'a.csv'));
    expect(latin1.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(latin1.message).toContain('not UTF-8 text');
    const controls = await failure(readSpreadsheet(Buffer.from('a\x01\x02\x03\x04b\nc\n'), 'a.csv'));
    expect(controls.message).toContain('neither an Excel workbook nor CSV text');
  });
});

describe('readSpreadsheet: hostile and wrong files', () => {
  const hint = 'save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv)';

  it('refuses an old .xls (OLE) file', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const err = await failure(readSpreadsheet(ole, 'staff.xls'));
    expect(err.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(err.message).toContain('old Excel 97–2003 workbook (.xls)');
    expect(err.message).toContain(hint);
  });

  it('refuses random bytes whatever the name', async () => {
    for (const name of ['staff.csv', 'staff.xlsx', 'staff']) {
      const err = await failure(readSpreadsheet(junk(4096), name));
      expect(err.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(err.message).toContain(hint);
    }
  });

  it('refuses text named .xlsx', async () => {
    const err = await failure(readSpreadsheet(Buffer.from('Name\nAna\n'), 'staff.xlsx'));
    expect([err.code, err.message.startsWith('The file is named ".xlsx" but its content is not an Excel workbook.')]).toEqual([
      'UNSUPPORTED_MEDIA_TYPE',
      true,
    ]);
  });

  it('refuses a Word document and a plain zip', async () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>'), deflate: true },
    ]);
    const err = await failure(readSpreadsheet(docx, 'staff.xlsx'));
    expect([err.code, err.message.startsWith('This is a Word document, not a spreadsheet.')]).toEqual(['UNSUPPORTED_MEDIA_TYPE', true]);
    const plain = await failure(readSpreadsheet(makeZip([{ name: 'hello.txt', data: Buffer.from('hi') }]), 'staff.zip'));
    expect(plain.message).toContain('zip archive but not an Excel workbook');
  });

  it('refuses a zip bomb by its compression ratio before parsing it', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x20), deflate: true },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const err = await failure(readSpreadsheet(bomb, 'staff.xlsx'));
    expect(err.code).toBe('PAYLOAD_TOO_LARGE');
    expect(err.message).toMatch(/^The workbook part "xl\/worksheets\/sheet1.xml" is compressed \d+:1, which is not a normal workbook.$/);
  });

  it('refuses a workbook that unpacks beyond the size limit', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.addRow(['Name']);
      ws.addRow(['Ana']);
    });
    const err = await failure(readSpreadsheet(bytes, 'staff.xlsx', { ...DEFAULT_LIMITS, maxUncompressedBytes: 4096 }));
    expect([err.code, err.message]).toEqual(['PAYLOAD_TOO_LARGE', 'The workbook unpacks to more than 4 KiB; split it into smaller files.']);
  });

  it('refuses an archive of more than 1,000 entries', async () => {
    const many = makeZip(Array.from({ length: 1001 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') })));
    const err = await failure(readSpreadsheet(many, 'staff.xlsx'));
    expect([err.code, err.message]).toEqual(['PAYLOAD_TOO_LARGE', 'The archive holds 1001 files; a workbook has far fewer (limit 1000).']);
  });

  it('catches an entry whose declared size is a lie', async () => {
    const liar = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.alloc(500_000, 0x41), deflate: true, declaredSize: 10 },
    ]);
    const err = await failure(readSpreadsheet(liar, 'staff.xlsx'));
    expect(err.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(err.message).toContain('damaged or unusual zip archive');
  });

  it('refuses a truncated workbook', async () => {
    const bytes = await xlsxOf((ws) => {
      ws.addRow(['Name']);
      ws.addRow(['Ana']);
    });
    const err = await failure(readSpreadsheet(bytes.subarray(0, bytes.length - 200), 'staff.xlsx'));
    expect(err.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
