import type { TImportRowError, TPaperImportErrorCode } from '@formasaun/shared';
import type { Sheet } from '../organisation/staff-import/read-spreadsheet.js';

/** The template's fixed columns, in the order it writes them; the import also accepts the Portuguese headers. */
export const PAPER_COLUMNS = { employeeNumber: 'Employee number', officer: 'Officer', form: 'Form' } as const;
const SYNONYMS: Record<keyof typeof PAPER_COLUMNS, string[]> = {
  employeeNumber: ['employee number', 'número de funcionário', 'numero de funcionario', 'nº de funcionário'],
  officer: ['officer', 'funcionário', 'funcionario'],
  form: ['form', 'formulário', 'formulario'],
};
const KINDS: Record<string, 'self' | 'supervisor'> = {
  self: 'self',
  auto: 'self',
  autoavaliação: 'self',
  autoavaliacao: 'self',
  supervisor: 'supervisor',
  chefia: 'supervisor',
};

export interface PaperForm {
  id: string;
  officerId: string;
  kind: string;
  status: string;
  positionId: string | null;
}

/** What the rows are checked against: the administration's officers, the campaign's forms and the framework. */
export interface PaperContext {
  /** Employee number → officer id, for every officer of the administration named in the file. */
  officers: Map<string, string>;
  /** `${officerId}/${kind}` → the campaign's form. */
  forms: Map<string, PaperForm>;
  /** Competency code → id, in the campaign's framework version. */
  competencies: Map<string, string>;
  /** Competency ids of a position's role profile. */
  profileOf: (positionId: string | null) => Set<string>;
  levels: { min: number; max: number };
}

export interface PaperValidation {
  forms: { formId: string; ratings: { competencyId: string; level: number }[] }[];
  errors: TImportRowError[];
  skippedRows: number;
}

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const REASONS: Record<TPaperImportErrorCode, (p: Record<string, string | number>) => string> = {
  missing_column: (p) => `the file has no "${p.column}" column`,
  unknown_competency: (p) => `"${p.value}" is not a competency code of the campaign's framework`,
  required: () => 'a value is required',
  unknown_employee: (p) => `no officer has employee number "${p.value}"`,
  not_in_campaign: (p) => `officer "${p.value}" has no ${p.kind} form in this campaign`,
  invalid_form_kind: (p) => `"${p.value}" is not a form kind (self or supervisor)`,
  invalid_level: (p) => `"${p.value}" is not a level (a whole number from ${p.min} to ${p.max})`,
  level_out_of_range: (p) => `level ${p.value} is outside the scale ${p.min}–${p.max}`,
  not_in_profile: (p) => `competency ${p.competency} is not on this officer's role profile; leave the cell empty`,
  missing_rating: (p) => `competency ${p.competency} has no level; a paper form is entered complete`,
  already_submitted: () => 'this form is already submitted; the training manager reopens it before it is entered again',
  duplicate_form: (p) => `the same form is already entered in row ${p.firstRow}`,
};

function error(row: number, field: string, code: TPaperImportErrorCode, params: Record<string, string | number> = {}): TImportRowError {
  return { row, field, code, params, reason: REASONS[code](params) };
}

/** The employee numbers the file names, to look their officers up before checking the rows. */
export function employeeNumbersOf(sheet: Sheet): string[] {
  const header = sheet.headers.find((h) => SYNONYMS.employeeNumber.includes(key(h)));
  return header ? [...new Set(sheet.rows.map((r) => r.values[header] ?? '').filter((v) => v !== ''))] : [];
}

/** Checks every row of a typed-in paper template; a row with no level at all is a form that did not come back. */
export function validatePaperSheet(sheet: Sheet, ctx: PaperContext): PaperValidation {
  const errors: TImportRowError[] = [];
  const header = new Map<keyof typeof PAPER_COLUMNS, string>();
  const levelColumns: { header: string; competencyId: string; code: string }[] = [];
  for (const h of sheet.headers) {
    const fixed = (Object.keys(SYNONYMS) as (keyof typeof PAPER_COLUMNS)[]).find((k) => SYNONYMS[k].includes(key(h)));
    if (fixed) {
      header.set(fixed, h);
      continue;
    }
    const code = [...ctx.competencies.keys()].find((c) => key(c) === key(h));
    if (code) levelColumns.push({ header: h, competencyId: ctx.competencies.get(code)!, code });
    else errors.push(error(0, h, 'unknown_competency', { value: h }));
  }
  for (const column of ['employeeNumber', 'form'] as const) {
    if (!header.has(column)) errors.push(error(0, PAPER_COLUMNS[column], 'missing_column', { column: PAPER_COLUMNS[column] }));
  }
  const numberHeader = header.get('employeeNumber');
  const formHeader = header.get('form');
  if (!numberHeader || !formHeader) return { forms: [], errors, skippedRows: 0 };

  const out: PaperValidation['forms'] = [];
  const seen = new Map<string, number>();
  let skippedRows = 0;
  const { min, max } = ctx.levels;
  for (const { row, values } of sheet.rows) {
    const typed = levelColumns.filter((c) => (values[c.header] ?? '') !== '');
    if (typed.length === 0) {
      skippedRows++;
      continue;
    }
    const ratings: { competencyId: string; level: number }[] = [];
    for (const c of typed) {
      const text = values[c.header]!;
      if (!/^-?\d+$/.test(text)) errors.push(error(row, c.header, 'invalid_level', { value: text, min, max }));
      else if (Number(text) < min || Number(text) > max) errors.push(error(row, c.header, 'level_out_of_range', { value: Number(text), min, max }));
      else ratings.push({ competencyId: c.competencyId, level: Number(text) });
    }
    const number = values[numberHeader] ?? '';
    const kindText = values[formHeader] ?? '';
    const kind = KINDS[key(kindText)];
    if (number === '') errors.push(error(row, numberHeader, 'required'));
    if (kindText === '') errors.push(error(row, formHeader, 'required'));
    else if (!kind) errors.push(error(row, formHeader, 'invalid_form_kind', { value: kindText }));
    if (number === '' || !kind) continue;
    const officerId = ctx.officers.get(number);
    if (!officerId) {
      errors.push(error(row, numberHeader, 'unknown_employee', { value: number }));
      continue;
    }
    const form = ctx.forms.get(`${officerId}/${kind}`);
    if (!form) {
      errors.push(error(row, numberHeader, 'not_in_campaign', { value: number, kind }));
      continue;
    }
    const firstRow = seen.get(form.id);
    if (firstRow !== undefined) {
      errors.push(error(row, formHeader, 'duplicate_form', { value: `${number} ${kind}`, firstRow }));
      continue;
    }
    seen.set(form.id, row);
    if (form.status === 'submitted') {
      errors.push(error(row, formHeader, 'already_submitted', { value: `${number} ${kind}` }));
      continue;
    }
    const profile = ctx.profileOf(form.positionId);
    for (const c of levelColumns) {
      const given = (values[c.header] ?? '') !== '';
      if (given && !profile.has(c.competencyId)) errors.push(error(row, c.header, 'not_in_profile', { competency: c.code }));
      if (!given && profile.has(c.competencyId)) errors.push(error(row, c.header, 'missing_rating', { competency: c.code }));
    }
    for (const competencyId of profile) {
      if (!levelColumns.some((c) => c.competencyId === competencyId)) {
        const code = [...ctx.competencies].find(([, id]) => id === competencyId)?.[0] ?? competencyId;
        errors.push(error(row, code, 'missing_rating', { competency: code }));
      }
    }
    out.push({ formId: form.id, ratings: ratings.filter((r) => profile.has(r.competencyId)) });
  }
  return { forms: out, errors, skippedRows };
}
