import type { OFFICER_STATUSES, SEXES, TStaffImportField } from '@formasaun/shared';

export type TSex = (typeof SEXES)[number];
export type TOfficerStatus = (typeof OFFICER_STATUSES)[number];
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

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
  return sex ? ok(sex) : fail(`"${value}" is not one of female, male (also accepted: F, M, feminino, masculino, mulher, homem, feto, mane)`);
}

const STATUS_WORDS: Record<string, TOfficerStatus> = {
  active: 'active', activo: 'active', ativo: 'active', activa: 'active', ativa: 'active',
  onleave: 'on_leave', leave: 'on_leave', licenca: 'on_leave', emlicenca: 'on_leave', delicenca: 'on_leave',
  left: 'left', saiu: 'left', desligado: 'left', desligada: 'left',
};

export function parseStatus(value: string): Parsed<TOfficerStatus> {
  const status = STATUS_WORDS[fold(value)];
  return status
    ? ok(status)
    : fail(`"${value}" is not one of active, on leave, left (also accepted: activo, ativo, licença, saiu, desligado)`);
}

/** Calendar date from YYYY-MM-DD or day-first DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY. */
export function parseDate(value: string): Parsed<string> {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) [d, m, y] = [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])];
  else return fail(`"${value}" is not a date; write it as 1985-03-21 or 21/03/1985 (day first)`);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail(`"${value}" is not a real date`);
  }
  if (y < 1900) return fail(`"${value}" is before 1900`);
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** The date n years after an ISO date, as a comparable string (29 February stays 29 February). */
export function plusYears(isoDate: string, years: number): string {
  return `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
}

export function parseGrade(value: string): Parsed<number> {
  const n = /^\d+(\.0+)?$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 20 ? ok(n) : fail(`"${value}" is not a whole number from 1 to 20`);
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
  if (unknown.length) {
    return fail(
      `${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length > 1 ? 'are not language codes' : 'is not a language code'} ` +
        '(2–3 letters such as pt, tet, en) or a known language name',
    );
  }
  if (codes.length > MAX_LANGUAGES) return fail(`more than ${MAX_LANGUAGES} languages`);
  return ok(codes);
}
