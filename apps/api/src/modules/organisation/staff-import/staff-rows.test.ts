import { describe, expect, it } from 'vitest';
import type { TImportMapping } from '@formasaun/shared';
import { lookupKey, suggestMapping, validateRows, type StaffLookups } from './staff-rows.js';
import { parseDate, parseLanguages } from './staff-values.js';

const TODAY = '2025-06-15';
const HEADERS = [
  'Employee number', 'Given names', 'Family name', 'Sex', 'Date of birth', 'Grade', 'Position', 'Org unit',
  'Location', 'Hire date', 'Languages', 'Email', 'Phone', 'Status',
];
const MAPPING = suggestMapping(HEADERS);

const lookups = (): StaffLookups => ({
  orgUnits: new Map([
    [lookupKey('DCA-DILI'), 'ou-1'],
    [lookupKey('Direcção de Alfândega Díli'), 'ou-1'],
  ]),
  positions: new Map([[lookupKey('Customs Officer'), 'pos-1']]),
  locations: new Map([[lookupKey('Porto de Díli'), 'loc-1']]),
});

let nextRow = 2;
function row(values: Partial<Record<string, string>>) {
  const base: Record<string, string> = {
    'Employee number': 'TL-0001', 'Given names': 'Maria', 'Family name': 'Soares', Sex: 'F', 'Date of birth': '1985-03-21',
    Grade: '7', Position: 'Customs Officer', 'Org unit': 'DCA-DILI', Location: 'Porto de Díli', 'Hire date': '21/03/2010',
    Languages: 'pt, tet', Email: 'maria.soares@alfandega.gov.tl', Phone: '+670 7723 4567', Status: 'active',
  };
  const merged = { ...base, ...values };
  return { row: nextRow++, values: Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, v ?? ''])) };
}

describe('suggestMapping', () => {
  it('maps English and Portuguese headers, ignoring case, accents and punctuation', () => {
    expect(
      suggestMapping([
        'Nº', 'NOME PRÓPRIO', 'apelido', 'Género', 'data_de_nascimento', 'Categoria', 'Função', 'Serviço', 'Posto',
        'Data de admissão', 'Idiomas', 'E-MAIL', 'Telemóvel', 'Situação', 'Observações',
      ]),
    ).toEqual({
      'Nº': 'employeeNumber', 'NOME PRÓPRIO': 'givenNames', apelido: 'familyName', 'Género': 'sex', data_de_nascimento: 'dateOfBirth',
      Categoria: 'grade', 'Função': 'position', 'Serviço': 'orgUnit', Posto: 'location', 'Data de admissão': 'hireDate',
      Idiomas: 'languages', 'E-MAIL': 'email', 'Telemóvel': 'phone', 'Situação': 'status', 'Observações': null,
    });
    expect(suggestMapping(['Staff ID', 'NIP', 'DOB', 'Job title', 'Duty station', 'Date of entry'])).toEqual({
      'Staff ID': 'employeeNumber', NIP: null, DOB: 'dateOfBirth', 'Job title': 'position', 'Duty station': 'location',
      'Date of entry': 'hireDate',
    });
    expect(MAPPING['Org unit']).toBe('orgUnit');
    expect(Object.values(MAPPING)).not.toContain(null);
  });

  it('never maps two headers to one field, and a saved mapping wins', () => {
    expect(suggestMapping(['Email', 'E-mail', 'Surname', 'Apelido'])).toEqual({
      Email: 'email', 'E-mail': null, Surname: 'familyName', Apelido: null,
    });
    const saved: TImportMapping = { Nome: 'familyName', Apelido: null, Extra: 'grade' };
    expect(suggestMapping(['Nome', 'Apelido', 'Sobrenome', 'Extra', 'Grau'], saved)).toEqual({
      Nome: 'familyName', Apelido: null, Sobrenome: null, Extra: 'grade', Grau: null,
    });
    expect(suggestMapping(['constructor', 'toString'], {})).toEqual({ constructor: null, toString: null });
  });
});

describe('validateRows', () => {
  it('turns a good row into a staff row with resolved ids', () => {
    const result = validateRows([row({ Sex: 'feminino', Grade: '5.0', Status: 'licença', Languages: 'Português / Inglês e Tetum' })], MAPPING, lookups(), false, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      {
        row: expect.any(Number), employeeNumber: 'TL-0001', givenNames: 'Maria', familyName: 'Soares', sex: 'female',
        dateOfBirth: '1985-03-21', grade: 5, orgUnit: { id: 'ou-1' }, position: { id: 'pos-1' }, location: { id: 'loc-1' },
        hireDate: '2010-03-21', languages: ['pt', 'en', 'tet'], email: 'maria.soares@alfandega.gov.tl', phone: '+670 7723 4567',
        status: 'on_leave',
      },
    ]);
    expect(result.missing).toEqual({ orgUnits: [], positions: [], locations: [] });
  });

  it('reports required fields missing from the mapping once each, on row 0', () => {
    const result = validateRows([row({})], { 'Employee number': 'employeeNumber', Sex: 'sex', Email: 'email' }, lookups(), false, TODAY);
    expect(result.valid).toEqual([]);
    const notMapped = { code: 'not_mapped', params: {}, reason: 'column not mapped: this field is required' };
    expect(result.errors).toEqual([
      { row: 0, field: 'givenNames', ...notMapped },
      { row: 0, field: 'familyName', ...notMapped },
      { row: 0, field: 'orgUnit', ...notMapped },
    ]);
  });

  it('reports every problem of a row, not just the first', () => {
    const bad = row({
      'Employee number': '=1+1', 'Given names': '', 'Family name': 'x'.repeat(121), Sex: 'X', 'Date of birth': '31/02/2020',
      Grade: '21', Position: 'Astronaut', 'Org unit': 'Nowhere', Location: '', 'Hire date': '2010-13-01', Languages: 'pt, klingon',
      Email: 'not-an-email', Phone: 'call me', Status: 'retired',
    });
    const { valid, errors } = validateRows([bad], MAPPING, lookups(), false, TODAY);
    expect(valid).toEqual([]);
    expect(errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ['employeeNumber', 'invalid_employee_number', { value: '=1+1', max: 40 }],
      ['givenNames', 'required', {}],
      ['familyName', 'too_long', { max: 120 }],
      ['sex', 'invalid_sex', { value: 'X' }],
      ['dateOfBirth', 'impossible_date', { value: '31/02/2020' }],
      ['hireDate', 'impossible_date', { value: '2010-13-01' }],
      ['grade', 'invalid_grade', { value: '21', min: 1, max: 20 }],
      ['languages', 'invalid_language', { value: 'klingon', count: 1 }],
      ['email', 'invalid_email', { value: 'not-an-email' }],
      ['phone', 'invalid_phone', { value: 'call me', max: 40 }],
      ['status', 'invalid_status', { value: 'retired' }],
      ['orgUnit', 'unknown_org_unit', { value: 'Nowhere' }],
      ['position', 'unknown_position', { value: 'Astronaut' }],
    ]);
    expect(errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [bad.row, 'employeeNumber', '"=1+1" is not a valid employee number (up to 40 letters, digits and . _ / -, starting with a letter or digit)'],
      [bad.row, 'givenNames', 'required: the cell is empty'],
      [bad.row, 'familyName', 'longer than 120 characters'],
      [bad.row, 'sex', '"X" is not one of female, male (also accepted: F, M, feminino, masculino, mulher, homem, feto, mane)'],
      [bad.row, 'dateOfBirth', '"31/02/2020" is not a real date'],
      [bad.row, 'hireDate', '"2010-13-01" is not a real date'],
      [bad.row, 'grade', '"21" is not a whole number from 1 to 20'],
      [bad.row, 'languages', '"klingon" is not a language code (2–3 letters such as pt, tet, en) or a known language name'],
      [bad.row, 'email', '"not-an-email" is not an e-mail address'],
      [bad.row, 'phone', '"call me" is not a phone number (digits, spaces and + ( ) - only, at most 40 characters)'],
      [bad.row, 'status', '"retired" is not one of active, on leave, left (also accepted: activo, ativo, licença, saiu, desligado)'],
      [bad.row, 'orgUnit', 'no org unit has the code or name "Nowhere" (check the spelling, or choose to create missing org units)'],
      [bad.row, 'position', 'no position has the code or name "Astronaut" (check the spelling, or choose to create missing positions)'],
    ]);
  });

  it('accepts the sex and status words of English, Portuguese and Tetum', () => {
    const pairs: [string, string, string, string][] = [
      ['F', 'female', 'Active', 'active'], ['m', 'male', 'on leave', 'on_leave'], ['Masculino', 'male', 'ativo', 'active'],
      ['mulher', 'female', 'Activo', 'active'], ['homem', 'male', 'saiu', 'left'], ['feto', 'female', 'Desligado', 'left'],
      ['Mane', 'male', 'left', 'left'], ['FEMALE', 'female', 'on_leave', 'on_leave'],
    ];
    const rows = pairs.map(([sex, , status], i) => row({ 'Employee number': `S${i}`, Sex: sex, Status: status }));
    const { valid, errors } = validateRows(rows, MAPPING, lookups(), false, TODAY);
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.sex, v.status])).toEqual(pairs.map(([, sex, , status]) => [sex, status]));
  });

  it('reads dates in four layouts and checks age and hire date', () => {
    expect(['1985-03-21', '21/03/1985', '21-03-1985', '21.03.1985', '1/2/1990'].map((d) => parseDate(d))).toEqual([
      { ok: true, value: '1985-03-21' }, { ok: true, value: '1985-03-21' }, { ok: true, value: '1985-03-21' },
      { ok: true, value: '1985-03-21' }, { ok: true, value: '1990-02-01' },
    ]);
    expect(parseDate('03/21/85')).toEqual({
      ok: false, code: 'invalid_date', params: { value: '03/21/85' },
      reason: '"03/21/85" is not a date; write it as 1985-03-21 or 21/03/1985 (day first)',
    });
    expect(parseDate('29/02/2023')).toEqual({ ok: false, code: 'impossible_date', params: { value: '29/02/2023' }, reason: '"29/02/2023" is not a real date' });
    expect(parseDate('31/12/1899')).toEqual({ ok: false, code: 'date_too_early', params: { value: '31/12/1899', min: 1900 }, reason: '"31/12/1899" is before 1900' });
    expect(parseDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    const rows = [
      row({ 'Employee number': 'D1', 'Date of birth': '2030-01-01', 'Hire date': '' }),
      row({ 'Employee number': 'D2', 'Date of birth': '16/06/2009', 'Hire date': '' }),
      row({ 'Employee number': 'D3', 'Date of birth': '15/06/2009', 'Hire date': '' }),
      row({ 'Employee number': 'D4', 'Date of birth': '1990-05-01', 'Hire date': '30/04/2006' }),
      row({ 'Employee number': 'D5', 'Date of birth': '', 'Hire date': '01.05.2006' }),
    ];
    const { valid, errors } = validateRows(rows, MAPPING, lookups(), false, TODAY);
    expect(errors.map((e) => [e.row, e.code, e.params])).toEqual([
      [rows[0]?.row, 'date_in_future', { value: '2030-01-01' }],
      [rows[1]?.row, 'too_young', { value: '16/06/2009', minAge: 16 }],
      [rows[3]?.row, 'hired_too_young', { value: '30/04/2006', minAge: 16, dateOfBirth: '1990-05-01' }],
    ]);
    expect(errors.map((e) => [e.row, e.field, e.reason])).toEqual([
      [rows[0]?.row, 'dateOfBirth', '"2030-01-01" is in the future'],
      [rows[1]?.row, 'dateOfBirth', '"16/06/2009" gives an age under 16'],
      [rows[3]?.row, 'hireDate', '"30/04/2006" is before the officer turned 16 (born 1990-05-01)'],
    ]);
    expect(valid.map((v) => [v.employeeNumber, v.dateOfBirth, v.hireDate])).toEqual([
      ['D3', '2009-06-15', null],
      ['D5', null, '2006-05-01'],
    ]);
  });

  it('reads language codes and names', () => {
    expect(parseLanguages('Bahasa Indonesia, English; pt-PT / tet')).toEqual({ ok: true, value: ['id', 'en', 'pt', 'tet'] });
    expect(parseLanguages('Português e Inglês')).toEqual({ ok: true, value: ['pt', 'en'] });
    expect(parseLanguages('Tetum Prasa and Bahasa')).toEqual({ ok: true, value: ['tet', 'id'] });
    expect(parseLanguages('p, 12')).toEqual({
      ok: false,
      code: 'invalid_language',
      params: { value: 'p, 12', count: 2 },
      reason: '"p", "12" are not language codes (2–3 letters such as pt, tet, en) or a known language name',
    });
    expect(parseLanguages('pt en fr es de it nl ru ar zh ja')).toEqual({
      ok: false, code: 'too_many_languages', params: { max: 10 }, reason: 'more than 10 languages',
    });
  });

  it('flags an employee number repeated in the file on the later rows', () => {
    const rows = [row({ 'Employee number': 'A-1' }), row({ 'Employee number': 'B-2' }), row({ 'Employee number': 'a-1' }), row({ 'Employee number': 'A-1' })];
    const { valid, errors } = validateRows(rows, MAPPING, lookups(), false, TODAY);
    expect(valid.map((v) => v.employeeNumber)).toEqual(['A-1', 'B-2']);
    expect(errors).toEqual([
      {
        row: rows[2]?.row, field: 'employeeNumber', code: 'duplicate_employee_number',
        params: { value: 'a-1', firstRow: rows[0]?.row }, reason: `"a-1" is also on row ${rows[0]?.row}`,
      },
      {
        row: rows[3]?.row, field: 'employeeNumber', code: 'duplicate_employee_number',
        params: { value: 'A-1', firstRow: rows[0]?.row }, reason: `"A-1" is also on row ${rows[0]?.row}`,
      },
    ]);
  });

  it('lists unknown org units, positions and locations once when asked to create them', () => {
    const rows = [
      row({ 'Employee number': 'C1', 'Org unit': 'Posto de Batugadé', Position: 'Analyst', Location: 'Batugadé' }),
      row({ 'Employee number': 'C2', 'Org unit': '  posto de  batugadé ', Position: '', Location: 'BATUGADÉ' }),
      row({ 'Employee number': 'C3', 'Org unit': 'direcção de alfândega díli', Position: 'customs officer', Location: '' }),
    ];
    const { valid, errors, missing } = validateRows(rows, MAPPING, lookups(), true, TODAY);
    expect(errors).toEqual([]);
    expect(missing).toEqual({ orgUnits: ['Posto de Batugadé'], positions: ['Analyst'], locations: ['Batugadé'] });
    expect(valid.map((v) => [v.orgUnit, v.position, v.location])).toEqual([
      [{ create: 'Posto de Batugadé' }, { create: 'Analyst' }, { create: 'Batugadé' }],
      [{ create: 'Posto de Batugadé' }, null, { create: 'Batugadé' }],
      [{ id: 'ou-1' }, { id: 'pos-1' }, null],
    ]);
  });

  it('keeps formula-like text as data, and takes off the apostrophe its own export added', () => {
    const rows = [
      row({ 'Employee number': 'F1', 'Given names': '=HYPERLINK("http://evil","x")', 'Family name': '@SUM(A1)', Phone: "'+670 7723 4567" }),
      row({ 'Employee number': 'F2', 'Given names': "'-Ana", 'Family name': "O'Neil", Phone: '', Email: '', Languages: '', Grade: '', Status: '' }),
    ];
    const { valid, errors } = validateRows(rows, MAPPING, lookups(), false, TODAY);
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.givenNames, v.familyName, v.phone, v.email, v.languages, v.grade, v.status])).toEqual([
      ['=HYPERLINK("http://evil","x")', '@SUM(A1)', '+670 7723 4567', 'maria.soares@alfandega.gov.tl', ['pt', 'tet'], 7, 'active'],
      ['-Ana', "O'Neil", null, null, [], null, 'active'],
    ]);
  });

  it('reports two columns mapped to one field', () => {
    const mapping: TImportMapping = { ...MAPPING, Phone: 'email' };
    const { errors } = validateRows([row({})], mapping, lookups(), false, TODAY);
    expect(errors).toEqual([
      {
        row: 0, field: 'email', code: 'mapped_twice', params: { field: 'email', first: 'Email', second: 'Phone' },
        reason: 'columns "Email" and "Phone" are both mapped to email; map only one',
      },
    ]);
  });
});
