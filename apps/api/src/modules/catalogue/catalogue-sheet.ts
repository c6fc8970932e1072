import { COST_CATEGORIES, COURSE_METHODS, FUNCTIONAL_AREAS, type TCostCategory, type TImportRowError, ZCourseCreate } from '@formasaun/shared';
import { numberText } from '../organisation/staff-import/read-spreadsheet.js';
import type { ExportColumn, ExportRow } from '../organisation/staff-import/staff-export.js';
import type { CourseData, CourseRecord } from './catalogue.domain.js';
import type { PositionRef } from './catalogue.repository.js';

/** One row per course; multi-value cells are separated by "; ". The import reads the same headers back. */
const COST_LABEL: Record<TCostCategory, string> = {
  'trainer-fees': 'trainer fees',
  venue: 'venue',
  'travel-per-diem': 'travel and per diem',
  materials: 'materials',
};
export const fixedHeader = (c: TCostCategory) => `Fixed cost per run: ${COST_LABEL[c]}`;
export const participantHeader = (c: TCostCategory) => `Cost per participant: ${COST_LABEL[c]}`;

export const H = {
  code: 'Code',
  titleEn: 'Title (en)',
  titlePt: 'Title (pt)',
  summaryEn: 'Summary (en)',
  summaryPt: 'Summary (pt)',
  area: 'Functional area',
  outcomesEn: 'Learning outcomes (en)',
  outcomesPt: 'Learning outcomes (pt)',
  raises: 'Competencies raised',
  methods: 'Methods',
  delivery: 'Delivery',
  days: 'Days',
  capacity: 'Capacity',
  min: 'Minimum participants',
  prerequisites: 'Prerequisites',
  positions: 'Eligible positions',
  trainer: 'Trainer qualification',
  trainerCompetency: 'Trainer competency',
  trainerLevel: 'Trainer minimum level',
  trainers: 'Trainers per run',
  trainerDays: 'Trainer-days per run',
  languages: 'Languages',
  maxRuns: 'Max runs per year',
  status: 'Status',
} as const;

export const HEADERS: string[] = [
  ...Object.values(H).slice(0, Object.values(H).indexOf(H.languages)),
  ...COST_CATEGORIES.map(fixedHeader),
  ...COST_CATEGORIES.map(participantHeader),
  H.languages,
  H.maxRuns,
  H.status,
];
export const COLUMNS: ExportColumn[] = HEADERS.map((h) => ({ key: h, header: h }));
const REQUIRED = [H.code, H.titleEn, H.titlePt, H.area, H.raises, H.methods, H.delivery, H.days, H.capacity, H.min, H.languages];

const SEP = '; ';
const list = (items: readonly string[]) => items.join(SEP);
const num = (n: number | null) => (n === null ? null : n);
const raiseText = (r: CourseData['raises'][number]) => `${r.competencyCode} +${numberText(r.levels)}${r.toLevel === null ? '' : ` (to ${r.toLevel})`}`;

/** The cells of one course; prerequisites and positions by code. */
export function courseRow(c: CourseData, codeOfCourse: (id: string) => string, positions: ReadonlyMap<string, PositionRef>): ExportRow {
  const row: ExportRow = {
    [H.code]: c.code,
    [H.titleEn]: c.titleEn,
    [H.titlePt]: c.titlePt,
    [H.summaryEn]: c.summaryEn,
    [H.summaryPt]: c.summaryPt,
    [H.area]: c.functionalArea,
    [H.outcomesEn]: list(c.learningOutcomes.map((o) => o.en)),
    [H.outcomesPt]: list(c.learningOutcomes.map((o) => o.pt)),
    [H.raises]: list(c.raises.map(raiseText)),
    [H.methods]: list(c.methods),
    [H.delivery]: c.delivery,
    [H.days]: c.days,
    [H.capacity]: c.capacity,
    [H.min]: c.minParticipants,
    [H.prerequisites]: list(c.prerequisiteIds.map(codeOfCourse).sort()),
    [H.positions]: list(c.eligiblePositionIds.map((id) => positions.get(id)?.code ?? id).sort()),
    [H.trainer]: c.trainerQualification.text,
    [H.trainerCompetency]: c.trainerQualification.competencyCode,
    [H.trainerLevel]: num(c.trainerQualification.minLevel),
    [H.trainers]: c.trainersPerRun,
    // Empty: days × trainers, so a later change of length carries over.
    [H.trainerDays]: num(c.trainerDays),
    [H.languages]: list(c.languages),
    [H.maxRuns]: num(c.maxRunsPerYear),
    [H.status]: c.status,
  };
  for (const cat of COST_CATEGORIES) {
    row[fixedHeader(cat)] = c.fixedCostByCategory[cat];
    row[participantHeader(cat)] = c.costPerParticipantByCategory[cat];
  }
  return row;
}

export interface ParsedRow {
  row: number;
  /** The stored course of the same code (case-insensitive), when there is one. */
  existing: CourseRecord | undefined;
  data: CourseData;
  /** Prerequisites by code, resolved once every row is known. */
  prerequisiteCodes: string[];
}

const problem = (row: number, field: string, code: string, reason: string, value = ''): TImportRowError => ({
  row,
  field,
  code,
  params: value ? { value } : {},
  reason,
});

const split = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const RAISE = /^([a-z0-9][a-z0-9-]*)\s*\+\s*(\d+(?:[.,]\d+)?)\s*(?:\(?\s*to\s+(\d)\s*\)?)?$/i;

/** Where a zod issue of the course contract belongs in the sheet. */
export function headerOf(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  const byField: Record<string, string> = {
    code: H.code, titleEn: H.titleEn, titlePt: H.titlePt, summaryEn: H.summaryEn, summaryPt: H.summaryPt, functionalArea: H.area,
    raises: H.raises, methods: H.methods, delivery: H.delivery, days: H.days, capacity: H.capacity, minParticipants: H.min,
    prerequisiteIds: H.prerequisites, eligiblePositionIds: H.positions, trainersPerRun: H.trainers, trainerDays: H.trainerDays,
    languages: H.languages, maxRunsPerYear: H.maxRuns, status: H.status,
  };
  if (head === 'learningOutcomes') return third === 'pt' ? H.outcomesPt : H.outcomesEn;
  if (head === 'trainerQualification') return second === 'competencyCode' ? H.trainerCompetency : second === 'minLevel' ? H.trainerLevel : H.trainer;
  if (head === 'fixedCostByCategory') return fixedHeader(second as TCostCategory);
  if (head === 'costPerParticipantByCategory') return participantHeader(second as TCostCategory);
  return byField[head ?? ''] ?? head ?? '';
}

/**
 * Reads rows into courses. A column absent from the file keeps the stored course's value (a new course gets the
 * default); every problem is reported with its row and column, so the whole file can be fixed in one go.
 */
export function parseCatalogueSheet(
  sheet: { headers: string[]; rows: { row: number; values: Record<string, string> }[] },
  ctx: { courses: readonly CourseRecord[]; positions: readonly PositionRef[] },
): { rows: ParsedRow[]; errors: TImportRowError[] } {
  const errors: TImportRowError[] = [];
  for (const h of REQUIRED) if (!sheet.headers.includes(h)) errors.push(problem(1, h, 'required', `the column "${h}" is missing`));
  if (errors.length) return { rows: [], errors };
  const byCode = new Map(ctx.courses.map((c) => [c.code.toLowerCase(), c]));
  const positionsById = new Map(ctx.positions.map((p) => [p.id, p]));
  const positionByCode = new Map(ctx.positions.map((p) => [p.code.toLowerCase(), p.id]));
  const codeOf = (id: string) => ctx.courses.find((c) => c.id === id)?.code ?? id;
  const parsed: ParsedRow[] = [];

  for (const { row, values } of sheet.rows) {
    const code = (values[H.code] ?? '').trim();
    const existing = byCode.get(code.toLowerCase());
    const base = existing ? courseRow(existing, codeOf, positionsById) : {};
    const cell = (h: string) => (sheet.headers.includes(h) ? (values[h] ?? '') : String(base[h] ?? '')).trim();
    const before = errors.length;
    const bad = (field: string, kind: string, reason: string, value = '') => errors.push(problem(row, field, kind, reason, value));
    const number = (h: string, fallback?: number | null) => {
      const text = cell(h).replace(',', '.');
      if (text === '') return fallback;
      const n = Number(text);
      if (!Number.isFinite(n)) bad(h, 'invalid_number', `"${cell(h)}" is not a number`, cell(h));
      return n;
    };

    const outcomesEn = split(cell(H.outcomesEn));
    const outcomesPt = split(cell(H.outcomesPt));
    if (outcomesEn.length !== outcomesPt.length) {
      bad(H.outcomesPt, 'count_mismatch', `${outcomesEn.length} outcome(s) in English but ${outcomesPt.length} in Portuguese`);
    }
    const raises = split(cell(H.raises)).flatMap((text) => {
      const m = RAISE.exec(text);
      if (!m) {
        bad(H.raises, 'invalid_raise', `"${text}" is not "competency-code +levels" or "competency-code +levels (to N)", e.g. hs-classification +1 (to 3)`, text);
        return [];
      }
      return [{ competencyCode: m[1]!.toLowerCase(), levels: Number(m[2]!.replace(',', '.')), toLevel: m[3] ? Number(m[3]) : null }];
    });
    const eligiblePositionIds = split(cell(H.positions)).flatMap((p) => {
      const id = positionByCode.get(p.toLowerCase());
      if (!id) bad(H.positions, 'unknown_position', `no position with code "${p}"`, p);
      return id ? [id] : [];
    });
    // Named here rather than by the contract, whose message would list every option in one breath.
    const area = cell(H.area).toLowerCase();
    if (area && !(FUNCTIONAL_AREAS as readonly string[]).includes(area)) {
      bad(H.area, 'unknown_area', `"${cell(H.area)}" is not a functional area; use one of: ${FUNCTIONAL_AREAS.join(', ')}`, cell(H.area));
    }
    const methods = split(cell(H.methods)).map((m) => m.toLowerCase());
    for (const m of methods.filter((m) => !(COURSE_METHODS as readonly string[]).includes(m))) {
      bad(H.methods, 'unknown_method', `"${m}" is not a method; use: ${COURSE_METHODS.join(', ')}`, m);
    }
    const costs = (header: (c: TCostCategory) => string) => Object.fromEntries(COST_CATEGORIES.map((c) => [c, number(header(c), 0)]));
    const trainerCompetency = cell(H.trainerCompetency);
    const input = {
      code,
      titleEn: cell(H.titleEn),
      titlePt: cell(H.titlePt),
      summaryEn: cell(H.summaryEn),
      summaryPt: cell(H.summaryPt),
      functionalArea: area,
      learningOutcomes: outcomesEn.map((en, i) => ({ en, pt: outcomesPt[i] ?? '' })),
      raises,
      methods,
      delivery: cell(H.delivery).toLowerCase(),
      days: number(H.days),
      capacity: number(H.capacity),
      minParticipants: number(H.min),
      prerequisiteIds: [],
      eligiblePositionIds,
      trainerQualification: { text: cell(H.trainer), competencyCode: trainerCompetency ? trainerCompetency.toLowerCase() : null, minLevel: number(H.trainerLevel, null) },
      trainersPerRun: number(H.trainers, 1),
      trainerDays: number(H.trainerDays, null),
      fixedCostByCategory: costs(fixedHeader),
      costPerParticipantByCategory: costs(participantHeader),
      languages: split(cell(H.languages)),
      maxRunsPerYear: number(H.maxRuns, null),
      status: cell(H.status).toLowerCase() || 'active',
    };
    // The contract's findings too, for the columns not already reported: every problem of the row at once.
    const reported = new Set(errors.slice(before).map((e) => e.field));
    const result = ZCourseCreate.safeParse(input);
    for (const issue of result.error?.issues ?? []) if (!reported.has(headerOf(issue.path))) bad(headerOf(issue.path), 'invalid', issue.message);
    if (errors.length > before || !result.success) continue;
    parsed.push({ row, existing, data: result.data, prerequisiteCodes: split(cell(H.prerequisites)) });
  }
  return { rows: parsed, errors };
}
