import type { OFFICER_STATUSES, SEXES, TImportErrorCode, TStaffImportField } from '@formasaun/shared';

export type TSex = (typeof SEXES)[number];
export type TOfficerStatus = (typeof OFFICER_STATUSES)[number];

type None = Record<string, never>;
/** What each kind of problem names; the UI interpolates these into its own translation of the code. */
interface IssueParams {
  not_mapped: None;
  mapped_twice: { field: string; first: string; second: string };
  required: None;
  too_long: { max: number };
  invalid_employee_number: { value: string; max: number };
  duplicate_employee_number: { value: string; firstRow: number };
  invalid_sex: { value: string };
  invalid_status: { value: string };
  invalid_date: { value: string };
  impossible_date: { value: string };
  date_too_early: { value: string; min: number };
  date_in_future: { value: string };
  too_young: { value: string; minAge: number };
  hired_too_young: { value: string; minAge: number; dateOfBirth: string };
  invalid_grade: { value: string; min: number; max: number };
  invalid_language: { value: string; count: number };
  too_many_languages: { max: number };
  invalid_email: { value: string };
  invalid_phone: { value: string; max: number };
  unknown_org_unit: { value: string };
  unknown_position: { value: string };
  unknown_location: { value: string };
}

const unknown = (label: string) => (p: { value: string }) =>
  `no ${label} has the code or name "${p.value}" (check the spelling, or choose to create missing ${label}s)`;

/** The English reason per code, kept for API and CSV consumers; the web app translates the code instead. */
const REASONS: { [C in TImportErrorCode]: (p: IssueParams[C]) => string } = {
  not_mapped: () => 'column not mapped: this field is required',
  mapped_twice: (p) => `columns "${p.first}" and "${p.second}" are both mapped to ${p.field}; map only one`,
  required: () => 'required: the cell is empty',
  too_long: (p) => `longer than ${p.max} characters`,
  invalid_employee_number: (p) =>
    `"${p.value}" is not a valid employee number (up to ${p.max} letters, digits and . _ / -, starting with a letter or digit)`,
  duplicate_employee_number: (p) => `"${p.value}" is also on row ${p.firstRow}`,
  invalid_sex: (p) =>
    `"${p.value}" is not one of female, male (also accepted: F, M, feminino, masculino, mulher, homem, feto, mane)`,
  invalid_status: (p) =>
    `"${p.value}" is not one of active, on leave, left (also accepted: activo, ativo, licença, saiu, desligado)`,
  invalid_date: (p) => `"${p.value}" is not a date; write it as 1985-03-21 or 21/03/1985 (day first)`,
  impossible_date: (p) => `"${p.value}" is not a real date`,
  date_too_early: (p) => `"${p.value}" is before ${p.min}`,
  date_in_future: (p) => `"${p.value}" is in the future`,
  too_young: (p) => `"${p.value}" gives an age under ${p.minAge}`,
  hired_too_young: (p) => `"${p.value}" is before the officer turned ${p.minAge} (born ${p.dateOfBirth})`,
  invalid_grade: (p) => `"${p.value}" is not a whole number from ${p.min} to ${p.max}`,
  invalid_language: (p) =>
    `${p.value
      .split(', ')
      .map((t) => `"${t}"`)
      .join(', ')} ${p.count > 1 ? 'are not language codes' : 'is not a language code'} ` +
    '(2–3 letters such as pt, tet, en) or a known language name',
  too_many_languages: (p) => `more than ${p.max} languages`,
  invalid_email: (p) => `"${p.value}" is not an e-mail address`,
  invalid_phone: (p) => `"${p.value}" is not a phone number (digits, spaces and + ( ) - only, at most ${p.max} characters)`,
  unknown_org_unit: unknown('org unit'),
  unknown_position: unknown('position'),
  unknown_location: unknown('location'),
};

/** One problem with a cell or a column: a stable code, what it names, and the English text. */
export interface TIssue {
  code: TImportErrorCode;
  params: Record<string, string | number>;
  reason: string;
}

export function issue<C extends TImportErrorCode>(code: C, params: IssueParams[C]): TIssue {
  return { code, params, reason: REASONS[code](params) };
}

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & TIssue);

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <C extends TImportErrorCode>(code: C, params: IssueParams[C]): Parsed<never> => ({
  ok: false,
  ...issue(code, params),
});

/** Lower case, no accents, letters and digits only: how headers and words are compared. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Lower case, trimmed, spaces collapsed, accents kept: the key of the org unit / position / location lookups. */
export function lookupKey(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Header synonyms (English, Portuguese) per officer field, compared after fold(). */
const HEADER_SYNONYMS: Record<TStaffImportField, string[]> = {
  employeeNumber: [
    'Employee number', 'Employee No', 'Employee ID', 'Staff ID', 'Staff number', 'Personnel number', 'Service number',
    'Número de funcionário', 'Número do funcionário', 'Nº de funcionário', 'Número', 'Nº', 'NIP', 'Matrícula',
  ],
  givenNames: ['First name', 'First names', 'Given names', 'Given name', 'Forename', 'Forenames', 'Nome', 'Nomes', 'Nome próprio', 'Primeiro nome'],
  familyName: ['Surname', 'Last name', 'Family name', 'Apelido', 'Apelidos', 'Sobrenome', 'Último nome'],
  sex: ['Sex', 'Gender', 'Sexo', 'Género', 'Gênero'],
  dateOfBirth: ['Date of birth', 'DOB', 'Birth date', 'Birthdate', 'Born', 'Data de nascimento', 'Data nascimento', 'Nascimento'],
  grade: ['Grade', 'Grau', 'Categoria', 'Escalão'],
  position: ['Position', 'Job title', 'Job', 'Post', 'Cargo', 'Função', 'Posição'],
  orgUnit: [
    'Unit', 'Org unit', 'Organisation unit', 'Organization unit', 'Organisational unit', 'Organizational unit', 'Department',
    'Unidade', 'Unidade orgânica', 'Departamento', 'Serviço',
  ],
  location: ['Location', 'Duty station', 'Station', 'Posto', 'Local', 'Localização', 'Local de trabalho'],
  hireDate: [
    'Hire date', 'Date hired', 'Date of entry', 'Entry date', 'Start date', 'Date joined',
    'Data de admissão', 'Data de entrada', 'Data de ingresso', 'Data de início',
  ],
  languages: ['Languages', 'Language', 'Línguas', 'Língua', 'Idiomas', 'Idioma'],
  email: ['Email', 'E-mail', 'Email address', 'E-mail address', 'Correio electrónico', 'Correio eletrónico', 'Correio eletrônico'],
  phone: ['Phone', 'Phone number', 'Telephone', 'Mobile', 'Mobile phone', 'Telefone', 'Telemóvel', 'Celular', 'Número de telefone'],
  status: ['Status', 'Estado', 'Situação'],
};

const HEADER_INDEX: Map<string, TStaffImportField> = new Map(
  (Object.entries(HEADER_SYNONYMS) as [TStaffImportField, string[]][]).flatMap(([field, names]) =>
    [field, ...names].map((n) => [fold(n), field] as const),
  ),
);

export function fieldForHeader(header: string): TStaffImportField | null {
  return HEADER_INDEX.get(fold(header)) ?? null;
}

const SEX_WORDS: Record<string, TSex> = {
  f: 'female', female: 'female', feminino: 'female', mulher: 'female', feto: 'female', woman: 'female',
  m: 'male', male: 'male', masculino: 'male', homem: 'male', mane: 'male', man: 'male',
};

export function parseSex(value: string): Parsed<TSex> {
  const sex = SEX_WORDS[fold(value)];
  return sex ? ok(sex) : fail('invalid_sex', { value });
}

const STATUS_WORDS: Record<string, TOfficerStatus> = {
  active: 'active', activo: 'active', ativo: 'active', activa: 'active', ativa: 'active',
  onleave: 'on_leave', leave: 'on_leave', licenca: 'on_leave', emlicenca: 'on_leave', delicenca: 'on_leave',
  left: 'left', saiu: 'left', desligado: 'left', desligada: 'left',
};

export function parseStatus(value: string): Parsed<TOfficerStatus> {
  const status = STATUS_WORDS[fold(value)];
  return status ? ok(status) : fail('invalid_status', { value });
}

const MIN_YEAR = 1900;

/** Calendar date from YYYY-MM-DD or day-first DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY. */
export function parseDate(value: string): Parsed<string> {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])];
  else return fail('invalid_date', { value });
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('impossible_date', { value });
  }
  if (y < MIN_YEAR) return fail('date_too_early', { value, min: MIN_YEAR });
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** The date n years after an ISO date, as a comparable string (29 February stays 29 February). */
export function plusYears(isoDate: string, years: number): string {
  return `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
}

const MIN_GRADE = 1;
const MAX_GRADE = 20;

export function parseGrade(value: string): Parsed<number> {
  const n = /^\d+(\.0+)?$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= MIN_GRADE && n <= MAX_GRADE ? ok(n) : fail('invalid_grade', { value, min: MIN_GRADE, max: MAX_GRADE });
}

const LANGUAGE_NAMES: Record<string, string> = {
  portuguese: 'pt', portugues: 'pt',
  tetum: 'tet', tetun: 'tet', 'tetum prasa': 'tet', 'tetun prasa': 'tet', 'tetun terik': 'tdt',
  english: 'en', ingles: 'en',
  'bahasa indonesia': 'id', indonesian: 'id', indonesio: 'id', bahasa: 'id', indonesia: 'id',
  malay: 'ms', malaio: 'ms', french: 'fr', frances: 'fr', spanish: 'es', espanhol: 'es', castelhano: 'es',
  chinese: 'zh', chines: 'zh', mandarin: 'zh', mandarim: 'zh', japanese: 'ja', japones: 'ja',
  arabic: 'ar', arabe: 'ar', russian: 'ru', russo: 'ru', german: 'de', alemao: 'de', italian: 'it', italiano: 'it',
  korean: 'ko', coreano: 'ko', hindi: 'hi', thai: 'th', tailandes: 'th', vietnamese: 'vi', vietnamita: 'vi',
  dutch: 'nl', holandes: 'nl', tagalog: 'tl', filipino: 'tl',
  mambai: 'mgm', makasae: 'mkz', fataluku: 'ddg', galoli: 'gal', kemak: 'kem', bunak: 'bfn', tokodede: 'tkd', baikeno: 'bkx',
};
const MULTI_WORD_NAMES = Object.keys(LANGUAGE_NAMES)
  .filter((n) => n.includes(' '))
  .sort((a, b) => b.length - a.length);
/** "Português e Inglês", "Tetum and English": joining words are separators, not languages. */
const JOINING_WORDS = new Set(['and', 'e', 'y']);
export const MAX_LANGUAGES = 10;

/** Language codes from "pt, tet", "Português / Inglês", "Bahasa Indonesia; en-GB". */
export function parseLanguages(value: string): Parsed<string[]> {
  let text = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  for (const name of MULTI_WORD_NAMES) text = text.replaceAll(name, LANGUAGE_NAMES[name] ?? name);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[\s,;/&+|]+/)) {
    if (token === '' || JOINING_WORDS.has(token)) continue;
    const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})+$/.exec(token);
    const code = LANGUAGE_NAMES[token] ?? (/^[a-z]{2,3}$/.test(token) ? token : tag?.[1]);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else unknown.push(token);
  }
  if (unknown.length) return fail('invalid_language', { value: unknown.join(', '), count: unknown.length });
  if (codes.length > MAX_LANGUAGES) return fail('too_many_languages', { max: MAX_LANGUAGES });
  return ok(codes);
}
